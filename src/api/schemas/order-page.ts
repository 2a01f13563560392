/**
 * The schemas of My Orders' one call, `listOrders`: what `<order-list>` needs to
 * show its first rows. Apart from the others (`schemas.ts`), which are fetched
 * with the first call that needs them.
 */
import * as z from 'zod/mini';
import {
  amountMinor,
  calendarDate,
  count,
  currency,
  id,
  instant,
  listOf,
  requiredText,
  text,
  timeZone,
} from './primitives.js';

const stage = z.enum(['production', 'quality', 'shipping', 'invoice', 'completed']);

export const OrderSummarySchema = z.object({
  id,
  number: requiredText,
  createdAt: instant,
  leadTime: calendarDate,
  timeZone,
  partsSummary: text,
  totalQuantity: count,
  value: z.object({ amountMinor, currency }),
  stage,
  nextAction: z.enum([
    'confirm-order',
    'upload-qc-report',
    'add-shipping',
    'upload-invoice',
    'wait-for-platform',
    'completed',
  ]),
});

export const OrderPageSchema = z.object({
  items: listOf(OrderSummarySchema).check(z.maxLength(1_000)),
  nextCursor: z.nullable(z.string().check(z.minLength(1), z.maxLength(1_000))),
  total: count,
  counts: z.object({ all: count, needsAction: count, overdue: count }),
});
