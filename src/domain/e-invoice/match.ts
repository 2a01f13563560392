/** Reading an uploaded e-invoice against the order: which positions it bills, and where it differs from the order. */
import { invoiceTotals } from '../money.js';
import { invoiceableQuantity } from '../quantities.js';
import type { CurrencyCode, InvoiceTotals, Order, Position } from '../types.js';
import type { ReadEInvoice, ReadEInvoiceLine } from './model.js';

/** A difference between the uploaded e-invoice and the order; the form shows each and lets the supplier decide. */
export type EInvoiceDifference =
  | { readonly kind: 'currency'; readonly invoice: CurrencyCode; readonly order: CurrencyCode }
  | { readonly kind: 'order-reference'; readonly invoice: string | null; readonly order: string }
  | { readonly kind: 'unknown-line'; readonly line: ReadEInvoiceLine }
  | {
      readonly kind: 'quantity-over';
      readonly positionId: string;
      readonly invoice: number;
      readonly invoiceable: number;
    }
  | {
      readonly kind: 'unit-price';
      readonly positionId: string;
      readonly invoiceMinor: number;
      readonly orderMinor: number;
    }
  | { readonly kind: 'totals'; readonly invoice: InvoiceTotals; readonly order: InvoiceTotals };

export interface EInvoiceMatch {
  /** Quantity per position id, for the invoice form's positions step (capped at what may still be invoiced). */
  readonly quantities: Readonly<Record<string, number>>;
  readonly differences: readonly EInvoiceDifference[];
}

const normalise = (text: string) => text.trim().toLowerCase();

/** The position a line bills: the same part number, else (for invoices without one) the same part name. */
function positionOf(order: Order, line: ReadEInvoiceLine): Position | undefined {
  if (line.partNumber) {
    const byNumber = order.positions.find((position) => normalise(position.partNumber) === normalise(line.partNumber!));
    if (byNumber) return byNumber;
  }
  return order.positions.find((position) => normalise(position.partName) === normalise(line.name));
}

/** Matches the lines of an uploaded e-invoice to the order's positions and lists every difference. */
export function matchEInvoice(read: ReadEInvoice, order: Order): EInvoiceMatch {
  const differences: EInvoiceDifference[] = [];
  if (read.currency !== order.currency)
    differences.push({ kind: 'currency', invoice: read.currency, order: order.currency });
  if (read.orderReference === null || normalise(read.orderReference) !== normalise(order.number)) {
    differences.push({ kind: 'order-reference', invoice: read.orderReference, order: order.number });
  }
  const billed = new Map<string, number>();
  for (const line of read.lines) {
    const position = positionOf(order, line);
    if (!position) {
      differences.push({ kind: 'unknown-line', line });
      continue;
    }
    billed.set(position.id, (billed.get(position.id) ?? 0) + line.quantity);
    if (
      line.unitPriceMinor !== null &&
      read.currency === order.currency &&
      line.unitPriceMinor !== position.unitPriceMinor
    ) {
      differences.push({
        kind: 'unit-price',
        positionId: position.id,
        invoiceMinor: line.unitPriceMinor,
        orderMinor: position.unitPriceMinor,
      });
    }
  }
  const quantities: Record<string, number> = {};
  for (const position of order.positions) {
    const quantity = billed.get(position.id);
    if (quantity === undefined) continue;
    const invoiceable = invoiceableQuantity(order, position);
    if (quantity > invoiceable)
      differences.push({ kind: 'quantity-over', positionId: position.id, invoice: quantity, invoiceable });
    quantities[position.id] = Math.min(quantity, invoiceable);
  }
  if (read.totals && read.currency === order.currency) {
    const lines = order.positions
      .filter((position) => billed.has(position.id))
      .map((position) => ({ quantity: billed.get(position.id)!, unitPriceMinor: position.unitPriceMinor }));
    const expected = invoiceTotals(lines, order.vatRateBasisPoints);
    if (
      expected.netMinor !== read.totals.netMinor ||
      expected.vatMinor !== read.totals.vatMinor ||
      expected.grossMinor !== read.totals.grossMinor
    ) {
      differences.push({ kind: 'totals', invoice: read.totals, order: expected });
    }
  }
  return { quantities, differences };
}
