import Circle from 'lucide/dist/esm/icons/circle.mjs';
import type { Icon } from '../icon.js';

/** The `circle` icon (lucide `circle`), in a module of its own so that a bundle holds only the icons it draws. */
export const circleIcon: Icon = { name: 'circle', drawing: Circle };
