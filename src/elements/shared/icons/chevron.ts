import ChevronRight from 'lucide/dist/esm/icons/chevron-right.mjs';
import type { Icon } from '../icon.js';

/** The `chevron` icon (lucide `chevron-right`), in a module of its own so that a bundle holds only the icons it draws. */
export const chevronIcon: Icon = { name: 'chevron', drawing: ChevronRight };
