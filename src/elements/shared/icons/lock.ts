import Lock from 'lucide/dist/esm/icons/lock.mjs';
import type { Icon } from '../icon.js';

/** The `lock` icon (lucide `lock`), in a module of its own so that a bundle holds only the icons it draws. */
export const lockIcon: Icon = { name: 'lock', drawing: Lock };
