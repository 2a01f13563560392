import { checkInvoiceDetails, checkInvoiceItems, defaultPaymentDate } from '../../domain/invoice-rules.js';
import { invoiceableQuantity } from '../../domain/quantities.js';
import type { CompanyProfile, Invoice, Order, ShipmentItem } from '../../domain/types.js';
import { createDraftStore } from '../shared/drafts.js';
import { newIdempotencyKey } from '../shared/idempotency.js';

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';
const isQuantity = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function isDocumentUpload(value: unknown): value is DocumentUploadDraft {
  return (
    isRecord(value) &&
    typeof value['key'] === 'string' &&
    value['key'] !== '' &&
    typeof value['name'] === 'string' &&
    isQuantity(value['size']) &&
    isQuantity(value['lastModified'])
  );
}

/** Whether a stored value is a draft of this shape (anything else is dropped, not misread). */
export function isInvoiceDraft(value: unknown): value is InvoiceDraft {
  if (!isRecord(value)) return false;
  const {
    step,
    quantities,
    number,
    invoiceDate,
    paymentDate,
    documentId,
    documentName,
    documentUpload,
    sendEInvoice,
    idempotencyKey,
  } = value;
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

/** A new draft: every position with something invoiceable at its full quantity, or a rejected invoice's number and dates. */
export function startDraft(order: Order, today: string, from?: Invoice): InvoiceDraft {
  const quantities: Record<string, number> = {};
  for (const position of order.positions) {
    const invoiceable = invoiceableQuantity(order, position);
    if (invoiceable > 0) quantities[position.id] = invoiceable;
  }
  const invoiceDate = from?.invoiceDate ?? today;
  return {
    step: 0,
    quantities,
    number: from?.number ?? '',
    invoiceDate,
    paymentDate: from?.paymentDate ?? defaultPaymentDate(invoiceDate, order.paymentTermsDays),
    documentId: null,
    documentName: null,
    idempotencyKey: newIdempotencyKey(),
  };
}

/** The items the draft invoices: every position with a quantity above zero. */
export function draftItems(draft: Pick<InvoiceDraft, 'quantities'>): ShipmentItem[] {
  return Object.entries(draft.quantities)
    .filter(([, quantity]) => quantity > 0)
    .map(([positionId, quantity]) => ({ positionId, quantity }));
}

/**
 * The step where the draft still lacks something that step asks for: Positions while the items cannot be invoiced,
 * Details while the company has no bank details or the number and dates are not valid, else Review & Save.
 * A draft coming back (after a reload, or with the order changed) resumes there at the latest, never on a step that
 * has no field for what is missing.
 */
export function firstIncompleteStep(
  order: Order,
  profile: CompanyProfile,
  draft: InvoiceDraft,
  today: string,
): InvoiceDraft['step'] {
  if (!draftItemsValid(order, draft)) return 0;
  if (!profile.bankDetails || Object.keys(draftDetailProblems(draft, today)).length > 0) return 1;
  return 2;
}

/** Whether the draft's items can be invoiced: at least one, none above what can still be invoiced. */
export function draftItemsValid(order: Order, draft: Pick<InvoiceDraft, 'quantities'>): boolean {
  return checkInvoiceItems(order, draftItems(draft)).length === 0;
}

/** What is wrong with the draft's invoice number and dates (`today` in the order's time zone). */
export function draftDetailProblems(draft: InvoiceDraft, today: string): ReturnType<typeof checkInvoiceDetails> {
  return checkInvoiceDetails(
    { number: draft.number, invoiceDate: draft.invoiceDate || null, paymentDate: draft.paymentDate || null },
    { today },
  );
}
