import CircleDot from 'lucide/dist/esm/icons/circle-dot.mjs';
import type { Icon } from '../icon.js';

/** The `circle-dot` icon (lucide `circle-dot`), in a module of its own so that a bundle holds only the icons it draws. */
export const circleDotIcon: Icon = { name: 'circle-dot', drawing: CircleDot };
