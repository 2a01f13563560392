import X from 'lucide/dist/esm/icons/x.mjs';
import type { Icon } from '../icon.js';

/** The `x` icon (lucide `x`), in a module of its own so that a bundle holds only the icons it draws. */
export const xIcon: Icon = { name: 'x', drawing: X };
