import Receipt from 'lucide/dist/esm/icons/receipt.mjs';
import type { Icon } from '../icon.js';

/** The `invoice` icon (lucide `receipt`), in a module of its own so that a bundle holds only the icons it draws. */
export const invoiceIcon: Icon = { name: 'invoice', drawing: Receipt };
