import TriangleAlert from 'lucide/dist/esm/icons/triangle-alert.mjs';
import type { Icon } from '../icon.js';

/** The `warning` icon (lucide `triangle-alert`), in a module of its own so that a bundle holds only the icons it draws. */
export const warningIcon: Icon = { name: 'warning', drawing: TriangleAlert };
