import Printer from 'lucide/dist/esm/icons/printer.mjs';
import type { Icon } from '../icon.js';

/** The `print` icon (lucide `printer`), in a module of its own so that a bundle holds only the icons it draws. */
export const printIcon: Icon = { name: 'print', drawing: Printer };
