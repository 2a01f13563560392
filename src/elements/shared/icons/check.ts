import Check from 'lucide/dist/esm/icons/check.mjs';
import type { Icon } from '../icon.js';

/** The `check` icon (lucide `check`), in a module of its own so that a bundle holds only the icons it draws. */
export const checkIcon: Icon = { name: 'check', drawing: Check };
