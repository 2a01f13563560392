import CircleAlert from 'lucide/dist/esm/icons/circle-alert.mjs';
import type { Icon } from '../icon.js';

/** The `error` icon (lucide `circle-alert`), in a module of its own so that a bundle holds only the icons it draws. */
export const errorIcon: Icon = { name: 'error', drawing: CircleAlert };
