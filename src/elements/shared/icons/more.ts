import Ellipsis from 'lucide/dist/esm/icons/ellipsis.mjs';
import type { Icon } from '../icon.js';

/** The `more` icon (lucide `ellipsis`), in a module of its own so that a bundle holds only the icons it draws. */
export const moreIcon: Icon = { name: 'more', drawing: Ellipsis };
