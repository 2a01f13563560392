import CircleCheck from 'lucide/dist/esm/icons/circle-check.mjs';
import type { Icon } from '../icon.js';

/** The `success` icon (lucide `circle-check`), in a module of its own so that a bundle holds only the icons it draws. */
export const successIcon: Icon = { name: 'success', drawing: CircleCheck };
