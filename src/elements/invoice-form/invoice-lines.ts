import { positionById } from '../../domain/positions.js';
import { invoiceableQuantity } from '../../domain/quantities.js';
import type { Order, Position } from '../../domain/types.js';
import { draftItems, type InvoiceDraft } from './invoice-draft.js';
import type { ReviewLine } from './steps/step-host.js';

/**
 * The rows the steps list, kept while nothing they come from changes (an order may have 10,000 positions, and the
 * long lists page through the same arrays between renders).
 */
export class InvoiceLines {
  private invoiceableOf: { readonly order: Order; readonly positions: readonly Position[] } | null = null;
  private reviewOf: {
    readonly order: Order;
    readonly quantities: InvoiceDraft['quantities'];
    readonly lines: readonly ReviewLine[];
  } | null = null;

  /** The positions with something shipped and not yet invoiced, in order. */
  invoiceable(order: Order): readonly Position[] {
    if (this.invoiceableOf?.order !== order)
      this.invoiceableOf = {
        order,
        positions: order.positions.filter((position) => invoiceableQuantity(order, position) > 0),
      };
    return this.invoiceableOf.positions;
  }

  /** The lines of the review: every position invoiced, with its quantity and price. */
  review(order: Order, draft: InvoiceDraft): readonly ReviewLine[] {
    const kept = this.reviewOf;
    if (kept?.order === order && kept.quantities === draft.quantities) return kept.lines;
    const lines = draftItems(draft).flatMap((item) => {
      const position = positionById(order, item.positionId);
      return position ? [{ position, quantity: item.quantity, unitPriceMinor: position.unitPriceMinor }] : [];
    });
    this.reviewOf = { order, quantities: draft.quantities, lines };
    return lines;
  }
}
