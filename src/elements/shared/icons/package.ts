import Package from 'lucide/dist/esm/icons/package.mjs';
import type { Icon } from '../icon.js';

/** The `package` icon (lucide `package`), in a module of its own so that a bundle holds only the icons it draws. */
export const packageIcon: Icon = { name: 'package', drawing: Package };
