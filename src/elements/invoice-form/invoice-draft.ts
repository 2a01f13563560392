import { createDraftStore } from '../shared/drafts.js';

/** What the invoice form keeps across reloads: never bank details, never file contents. */
export interface InvoiceDraft {
  readonly step: 0 | 1 | 2;
  readonly quantities: Readonly<Record<string, number>>;
  readonly number: string;
  readonly invoiceDate: string;
  readonly paymentDate: string;
  readonly documentId: string | null;
  readonly documentName: string | null;
  /** Whether the XRechnung goes with the invoice (default yes, when it can be made). */
  readonly sendEInvoice?: boolean;
  /** One key per draft, so a retried or double-clicked Save creates one invoice. */
  readonly idempotencyKey: string;
}

function isInvoiceDraft(value: unknown): value is InvoiceDraft {
  const draft = value as Partial<InvoiceDraft> | null;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    (draft.step === 0 || draft.step === 1 || draft.step === 2) &&
    typeof draft.quantities === 'object' &&
    typeof draft.number === 'string' &&
    typeof draft.invoiceDate === 'string' &&
    typeof draft.paymentDate === 'string' &&
    typeof draft.idempotencyKey === 'string'
  );
}

export const invoiceDrafts = createDraftStore<InvoiceDraft>('invoice', 1, isInvoiceDraft);
