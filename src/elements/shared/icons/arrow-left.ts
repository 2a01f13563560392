import ArrowLeft from 'lucide/dist/esm/icons/arrow-left.mjs';
import type { Icon } from '../icon.js';

/** The `arrow-left` icon (lucide `arrow-left`), in a module of its own so that a bundle holds only the icons it draws. */
export const arrowLeftIcon: Icon = { name: 'arrow-left', drawing: ArrowLeft };
