/** The memory adapter's activity of an order: events derived from the order's state, plus what was recorded (comments, invoice statuses). */
import { activityInTimeOrder, commentProblem } from '../../../domain/activity.js';
import type { ActivityEntry, CommentActivity, InvoiceStatusActivity, Order } from '../../../domain/types.js';
import { SupplierApiError } from '../../errors.js';
import { newId } from './errors.js';

const DAY = 86_400_000;

/** An entry the memory adapter keeps (comments and invoice status changes), with the order it belongs to. */
export interface StoredActivity {
  readonly orderId: string;
  readonly entry: CommentActivity | InvoiceStatusActivity;
}

/** The platform staff member who answers comments in the demo. */
export const PLATFORM_AUTHOR = 'Lena Vogt';

/** A supplier's comment as recorded at `at`; throws 'validation' (field `text`) for a missing, blank or too long text. */
export function supplierComment(text: string, authorName: string, at: Date): CommentActivity {
  const problem = typeof text === 'string' ? commentProblem(text) : 'required';
  if (problem)
    throw new SupplierApiError('validation', 'The comment is not valid.', { fieldErrors: { text: problem } });
  return { id: newId('comment'), at: at.toISOString(), kind: 'comment', author: 'supplier', authorName, text };
}

/** The demo platform's answer to a supplier's comment. */
export function platformReply(comment: CommentActivity, at: Date): CommentActivity {
  return {
    id: `${comment.id}-reply`,
    at: at.toISOString(),
    kind: 'comment',
    author: 'platform',
    authorName: PLATFORM_AUTHOR,
    text: 'Thank you for your message. We have noted it and will come back to you if anything is needed.',
  };
}

const HOUR = 3_600_000;

/** The seeded conversation of an order that has shipped: a question of the supplier before confirming, and the platform's answer. */
export function seedActivity(orders: readonly Order[], supplierName: string): StoredActivity[] {
  return orders
    .filter((order) => order.shipments.length > 0)
    .flatMap((order) => {
      const asked = Date.parse(order.createdAt) + 2 * HOUR;
      const question: CommentActivity = {
        id: `${order.id}-c1`,
        at: new Date(asked).toISOString(),
        kind: 'comment',
        author: 'supplier',
        authorName: supplierName,
        text: 'Is the tolerance on the drawing ±0.05 mm for every bore, or only for the marked ones?',
      };
      const answer: CommentActivity = {
        id: `${order.id}-c2`,
        at: new Date(asked + 3 * HOUR).toISOString(),
        kind: 'comment',
        author: 'platform',
        authorName: PLATFORM_AUTHOR,
        text: 'Only for the marked bores; the others follow ISO 2768-m.',
      };
      return [question, answer].map((entry) => ({ orderId: order.id, entry }));
    });
}

/**
 * When a seeded invoice reached its present status: for a paid one, noon (UTC) of the payment day;
 * otherwise a day after submission. Never before submission nor after `now`.
 */
function seededStatusTime(invoice: Order['invoices'][number], now: Date): string {
  const submitted = Date.parse(invoice.submittedAt);
  const wanted =
    invoice.status === 'paid' && invoice.paidOn ? Date.parse(`${invoice.paidOn}T12:00:00Z`) : submitted + DAY;
  return new Date(Math.min(Math.max(wanted, submitted), Math.max(submitted, now.getTime()))).toISOString();
}

/** Every event of an order, oldest first. */
export function activityOf(order: Order, stored: readonly StoredActivity[], now: Date): ActivityEntry[] {
  const entries: ActivityEntry[] = [];
  const confirmedAt =
    order.production.confirmedAt ?? (order.production.confirmedAtApplication ? order.createdAt : null);
  if (confirmedAt) entries.push({ id: `${order.id}-confirmed`, at: confirmedAt, kind: 'order-confirmed' });
  for (const report of order.quality.reports) {
    entries.push({
      id: `${report.id}-uploaded`,
      at: report.createdAt,
      kind: 'quality-report-uploaded',
      documentName: report.name,
    });
  }
  for (const shipment of order.shipments) {
    entries.push({
      id: `${shipment.id}-published`,
      at: shipment.createdAt,
      kind: 'shipment-published',
      shipmentNumber: shipment.number,
    });
    const ready = shipment.status !== 'processing' ? shipment.documents[0] : undefined;
    if (ready)
      entries.push({
        id: `${shipment.id}-documents`,
        at: ready.createdAt,
        kind: 'shipping-documents-ready',
        shipmentNumber: shipment.number,
      });
  }
  const own = stored.filter((item) => item.orderId === order.id).map((item) => item.entry);
  for (const invoice of order.invoices) {
    entries.push({
      id: `${invoice.id}-submitted`,
      at: invoice.submittedAt,
      kind: 'invoice-status',
      invoiceNumber: invoice.number,
      status: 'submitted',
    });
    const recorded = own.some((entry) => entry.kind === 'invoice-status' && entry.invoiceNumber === invoice.number);
    if (!recorded && invoice.status !== 'submitted') {
      entries.push({
        id: `${invoice.id}-${invoice.status}`,
        at: seededStatusTime(invoice, now),
        kind: 'invoice-status',
        invoiceNumber: invoice.number,
        status: invoice.status,
      });
    }
  }
  return activityInTimeOrder([...entries, ...own]);
}
