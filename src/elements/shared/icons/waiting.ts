import Hourglass from 'lucide/dist/esm/icons/hourglass.mjs';
import type { Icon } from '../icon.js';

/** The `waiting` icon (lucide `hourglass`), in a module of its own so that a bundle holds only the icons it draws. */
export const waitingIcon: Icon = { name: 'waiting', drawing: Hourglass };
