import type { ReactiveControllerHost } from 'lit';
import { reconcileQuantities, type DraftAdjustment } from '../../domain/draft-quantities.js';
import type { EInvoiceMatch } from '../../domain/e-invoice/match.js';
import type { ReadEInvoice } from '../../domain/e-invoice/model.js';
import { defaultPaymentDate } from '../../domain/invoice-rules.js';
import { invoiceableQuantity } from '../../domain/quantities.js';
import type { CompanyProfile, Invoice, Order } from '../../domain/types.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import type { DetailField } from './steps/step-host.js';
import {
  firstIncompleteStep,
  invoiceDrafts,
  startDraft,
  type DocumentUploadDraft,
  type InvoiceDraft,
} from './invoice-draft.js';

/**
 * The invoice being written: the saved draft of an order loaded when the order is, brought in line with the order each
 * time it loads, saved on every change (never bank details, never file contents), cleared once the invoice is saved.
 */
export class InvoiceDraftController {
  private readonly host: ReactiveControllerHost;
  private readonly today: (order: Order) => string;
  private orderId = '';
  /** The draft, or null before the first change (the form shows a new one then). */
  draft: InvoiceDraft | null = null;
  /** How the saved draft was brought in line with the order when it came back (shown until the invoice is saved). */
  adjustments: readonly DraftAdjustment[] = [];
  /** The draft came back on an earlier step than it was left on (its heading takes focus once shown). */
  resumed = false;

  constructor(host: ReactiveControllerHost, today: (order: Order) => string) {
    this.host = host;
    this.today = today;
  }

  /**
   * The order (and profile) loaded: the first time for an order, its saved draft comes back. The draft loses positions
   * the order lacks and quantities above what can still be invoiced (the supplier is told), and resumes at the first
   * step still lacking something (a step with the fields for it, never Review with nothing to enter there).
   */
  loaded(order: Order, profile: CompanyProfile): void {
    if (this.orderId !== order.id) {
      this.orderId = order.id;
      this.draft = invoiceDrafts.load(order.id);
      this.adjustments = [];
    }
    const draft = this.draft;
    if (!draft) return;
    const { quantities, adjustments } = reconcileQuantities(draft.quantities, order.positions, (position) =>
      invoiceableQuantity(order, position),
    );
    const reconciled = adjustments.length > 0 ? { ...draft, quantities } : draft;
    const step = Math.min(
      draft.step,
      firstIncompleteStep(order, profile, reconciled, this.today(order)),
    ) as InvoiceDraft['step'];
    if (adjustments.length > 0 || step !== draft.step) this.update(order, { quantities, step });
    if (adjustments.length > 0) this.adjustments = [...this.adjustments, ...adjustments];
    if (step !== draft.step) this.resumed = true;
  }

  /** The draft being edited, started from the order when there is none yet. */
  ensure(order: Order): InvoiceDraft {
    return this.draft ?? this.update(order, {});
  }

  update(order: Order, change: Partial<InvoiceDraft>): InvoiceDraft {
    const next = { ...(this.draft ?? startDraft(order, this.today(order))), ...change };
    this.draft = next;
    invoiceDrafts.save(order.id, next);
    this.host.requestUpdate();
    return next;
  }

  /**
   * An e-invoice read against `readAgainst` fills in quantities, number and dates, fitted to `order` as it is now;
   * false (nothing filled in) when the form shows another order meanwhile.
   */
  fillFrom(readAgainst: Order, order: Order, read: ReadEInvoice, match: EInvoiceMatch): boolean {
    if (order.id !== readAgainst.id) return false;
    const prefilled: Record<string, number> = {};
    for (const position of readAgainst.positions)
      if (invoiceableQuantity(readAgainst, position) > 0) prefilled[position.id] = match.quantities[position.id] ?? 0;
    const { quantities, adjustments } = reconcileQuantities(prefilled, order.positions, (position) =>
      invoiceableQuantity(order, position),
    );
    if (adjustments.length > 0) this.adjustments = [...this.adjustments, ...adjustments];
    const invoiceDate = read.issueDate ?? this.ensure(order).invoiceDate;
    this.update(order, {
      quantities,
      number: read.number.slice(0, 64),
      invoiceDate,
      paymentDate: read.dueDate ?? defaultPaymentDate(invoiceDate, order.paymentTermsDays),
    });
    return true;
  }

  /** The invoice number or a date typed; the payment date follows the invoice date while it is the default. */
  setDetail(order: Order, field: DetailField, value: string): void {
    const draft = this.ensure(order);
    const change: Partial<InvoiceDraft> = { [field]: value };
    const terms = order.paymentTermsDays;
    if (
      field === 'invoiceDate' &&
      value &&
      draft.paymentDate === defaultPaymentDate(draft.invoiceDate || value, terms)
    ) {
      Object.assign(change, { paymentDate: defaultPaymentDate(value, terms) });
    }
    this.update(order, change);
  }

  /**
   * The upload of `file` as the draft keeps it: the same file (name, size, last change) keeps its key, so sending it
   * again after a reload or a failure stores one document; another file gets a new key, saved before it is sent.
   */
  documentUploadFor(order: Order, file: File): DocumentUploadDraft {
    const kept = this.ensure(order).documentUpload;
    if (kept && kept.name === file.name && kept.size === file.size && kept.lastModified === file.lastModified)
      return kept;
    const documentUpload = {
      key: newIdempotencyKey(),
      name: file.name,
      size: file.size,
      lastModified: file.lastModified,
    };
    this.update(order, { documentUpload });
    return documentUpload;
  }

  /** A rejected invoice is corrected: a new draft with its number and dates (not saved until changed). */
  correct(order: Order, invoice: Invoice): void {
    this.draft = startDraft(order, this.today(order), invoice);
    this.host.requestUpdate();
  }

  /** The invoice was saved: the draft is done with. */
  clear(orderId: string): void {
    invoiceDrafts.clear(orderId);
    this.draft = null;
    this.adjustments = [];
    this.host.requestUpdate();
  }
}
