import Minus from 'lucide/dist/esm/icons/minus.mjs';
import type { Icon } from '../icon.js';

/** The `minus` icon (lucide `minus`), in a module of its own so that a bundle holds only the icons it draws. */
export const minusIcon: Icon = { name: 'minus', drawing: Minus };
