import Plus from 'lucide/dist/esm/icons/plus.mjs';
import type { Icon } from '../icon.js';

/** The `plus` icon (lucide `plus`), in a module of its own so that a bundle holds only the icons it draws. */
export const plusIcon: Icon = { name: 'plus', drawing: Plus };
