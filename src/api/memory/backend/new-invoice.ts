/** A new invoice of an order, shared by the memory adapter and the reference server (server/backend.ts). */
import { dateInZone } from '../../../domain/dates.js';
import { invoiceTotals } from '../../../domain/money.js';
import { invoiceStatus } from '../../../domain/stages.js';
import type { Invoice, NewInvoice, Order } from '../../../domain/types.js';
import { conflict } from './errors.js';
import { assertValid, invoiceErrors } from './rules.js';
import type { InvoiceContext } from './rules.js';

/** Throws 'conflict' unless the order may be invoiced now (everything shipped, no invoice with the platform, not paid). */
export function checkInvoiceable(order: Order): void {
  const stage = invoiceStatus(order);
  if (stage === 'locked') throw conflict('Invoicing opens once everything is shipped and processed.');
  if (stage === 'waiting') throw conflict('An invoice of this order is with the platform already.');
  if (stage === 'done') throw conflict('This order is paid.');
}

/**
 * The invoice `invoice` makes, submitted at `now`: the order's unit prices and VAT rate, the totals of the
 * quantities invoiced. Throws 'validation' for field errors (checked against `context`, today in the order's time zone).
 */
export function createdInvoice(
  order: Order,
  invoice: NewInvoice,
  context: Omit<InvoiceContext, 'today'> & { readonly now: Date },
): Invoice {
  const { now, ...checked } = context;
  assertValid(
    invoiceErrors(order, invoice, { ...checked, today: dateInZone(now, order.timeZone) }),
    'The invoice is not valid.',
  );
  const priceOf = new Map(order.positions.map((position) => [position.id, position.unitPriceMinor]));
  const items = invoice.items
    .filter((item) => item.quantity > 0)
    .map((item) => ({
      positionId: item.positionId,
      quantity: item.quantity,
      unitPriceMinor: priceOf.get(item.positionId) ?? 0,
    }));
  return {
    id: `${order.id}-i${order.invoices.length + 1}`,
    number: invoice.number.trim(),
    invoiceDate: invoice.invoiceDate,
    paymentDate: invoice.paymentDate,
    currency: order.currency,
    items,
    totals: invoiceTotals(items, order.vatRateBasisPoints),
    document: context.document!.ref,
    eInvoice: context.eInvoice?.ref ?? null,
    status: 'submitted',
    submittedAt: now.toISOString(),
    rejectionReason: null,
    paidOn: null,
    paidAmountMinor: null,
  };
}
