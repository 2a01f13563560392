import Info from 'lucide/dist/esm/icons/info.mjs';
import type { Icon } from '../icon.js';

/** The `info` icon (lucide `info`), in a module of its own so that a bundle holds only the icons it draws. */
export const infoIcon: Icon = { name: 'info', drawing: Info };
