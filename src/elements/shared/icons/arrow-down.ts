import ArrowDown from 'lucide/dist/esm/icons/arrow-down.mjs';
import type { Icon } from '../icon.js';

/** The `arrow-down` icon (lucide `arrow-down`), in a module of its own so that a bundle holds only the icons it draws. */
export const arrowDownIcon: Icon = { name: 'arrow-down', drawing: ArrowDown };
