import { createDraftStore } from '../shared/drafts.js';

/** The signed PDF being (or last) uploaded: which file, and the one idempotency key of sending it. */
export interface DocumentUploadDraft {
  readonly key: string;
  readonly name: string;
  readonly size: number;
  readonly lastModified: number;
}

/** What the invoice form keeps across reloads: never bank details, never file contents. */
export interface InvoiceDraft {
  readonly step: 0 | 1 | 2;
  readonly quantities: Readonly<Record<string, number>>;
  readonly number: string;
  readonly invoiceDate: string;
  readonly paymentDate: string;
  readonly documentId: string | null;
  readonly documentName: string | null;
  /**
   * The key of the signed PDF's upload, kept with the file it was made for: choosing the same file again (after a
   * reload cut the upload short, or a failure) re-sends it, so the adapter stores one document; another file gets a new key.
   */
  readonly documentUpload?: DocumentUploadDraft | null;
  /** Whether the XRechnung goes with the invoice (default yes, when it can be made). */
  readonly sendEInvoice?: boolean;
  /** One key per draft, so a retried or double-clicked Save creates one invoice. */
  readonly idempotencyKey: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';
const isQuantity = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function isDocumentUpload(value: unknown): value is DocumentUploadDraft {
  return isRecord(value) && typeof value['key'] === 'string' && value['key'] !== '' && typeof value['name'] === 'string' && isQuantity(value['size']) && isQuantity(value['lastModified']);
}

/** Whether a stored value is a draft of this shape (anything else is dropped, not misread). */
export function isInvoiceDraft(value: unknown): value is InvoiceDraft {
  if (!isRecord(value)) return false;
  const { step, quantities, number, invoiceDate, paymentDate, documentId, documentName, documentUpload, sendEInvoice, idempotencyKey } = value;
  return (
    (step === 0 || step === 1 || step === 2) &&
    isRecord(quantities) &&
    Object.values(quantities).every(isQuantity) &&
    typeof number === 'string' &&
    typeof invoiceDate === 'string' &&
    typeof paymentDate === 'string' &&
    isStringOrNull(documentId ?? null) &&
    isStringOrNull(documentName ?? null) &&
    (documentUpload === undefined || documentUpload === null || isDocumentUpload(documentUpload)) &&
    (sendEInvoice === undefined || typeof sendEInvoice === 'boolean') &&
    typeof idempotencyKey === 'string' &&
    idempotencyKey !== ''
  );
}

export const invoiceDrafts = createDraftStore<InvoiceDraft>('invoice', 1, isInvoiceDraft);
