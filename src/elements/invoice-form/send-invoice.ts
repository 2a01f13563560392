import type { SupplierApi } from '../../api/port.js';
import type { Invoice } from '../../domain/types.js';
import type { SubmitController } from '../shared/submit-controller.js';
import type { EInvoiceReviewController } from './e-invoice-review-controller.js';
import { draftItems, type InvoiceDraft } from './invoice-draft.js';
import type { Loaded } from './steps/step-host.js';

/** What saving an invoice writes through. */
export interface InvoiceWrites {
  readonly api: SupplierApi;
  readonly submitter: SubmitController;
  readonly eInvoice: EInvoiceReviewController;
}

/**
 * Saves the draft as an invoice: its XRechnung first when it goes with it (once per content), then the invoice under
 * the draft's one key, so a retried or double-clicked Save creates one. Null when a write failed (the submitter shows
 * why, with "Try again" calling `retry`).
 */
export async function sendInvoice(
  loaded: Loaded,
  draft: InvoiceDraft,
  { api, submitter, eInvoice }: InvoiceWrites,
  retry: () => void,
): Promise<Invoice | null> {
  const { order } = loaded;
  const xRechnung = draft.sendEInvoice === false ? null : eInvoice.result(loaded, draft);
  let eInvoiceDocumentId: string | null = null;
  if (xRechnung?.ok) {
    eInvoiceDocumentId = await submitter.submit(() => eInvoice.uploadFor(order.id, xRechnung, api), { retry });
    if (!eInvoiceDocumentId) return null;
  }
  const { number, invoiceDate, paymentDate, documentId } = draft;
  if (!documentId) return null;
  const invoice = {
    number: number.trim(),
    invoiceDate,
    paymentDate,
    items: draftItems(draft),
    documentId,
    eInvoiceDocumentId,
  };
  return submitter.submit(
    ({ idempotencyKey, signal }) => api.createInvoice(order.id, invoice, { idempotencyKey, signal }),
    { key: draft.idempotencyKey, retry },
  );
}
