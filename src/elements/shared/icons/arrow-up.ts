import ArrowUp from 'lucide/dist/esm/icons/arrow-up.mjs';
import type { Icon } from '../icon.js';

/** The `arrow-up` icon (lucide `arrow-up`), in a module of its own so that a bundle holds only the icons it draws. */
export const arrowUpIcon: Icon = { name: 'arrow-up', drawing: ArrowUp };
