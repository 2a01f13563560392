/** Typed quality documents: the state of each slot, what is still owed, and which files a type takes. Pure rules. */
import type {
  QualityDocumentSlot,
  QualityDocumentState,
  QualityDocumentType,
  QualityDocumentVersion,
  QualityState,
} from './types.js';

/** The newest version of a slot (versions are kept oldest first), or null when none was uploaded. */
export function newestVersion(slot: Pick<QualityDocumentSlot, 'versions'>): QualityDocumentVersion | null {
  return slot.versions.at(-1) ?? null;
}

/** A slot's state: missing without a version, else the review status of its newest version. */
export function slotState(slot: Pick<QualityDocumentSlot, 'versions'>): QualityDocumentState {
  return newestVersion(slot)?.status ?? 'missing';
}

/** True when the order asks for typed quality documents (else the plain QC-report path applies). */
export const hasTypedDocuments = (quality: Pick<QualityState, 'documents'>): boolean => quality.documents.length > 0;

/** A slot counts as filled when its newest version exists and is not rejected (uploaded, under review, counts). */
export const isSlotFilled = (slot: Pick<QualityDocumentSlot, 'versions'>): boolean => {
  const state = slotState(slot);
  return state === 'uploaded' || state === 'accepted';
};

/** A required document that is still owed: none uploaded, or the newest version was rejected. */
export interface OutstandingDocument {
  readonly type: QualityDocumentType;
  readonly state: 'missing' | 'rejected';
}

/** The required slots that are not filled, in the order the host listed them. */
export function outstandingDocuments(quality: Pick<QualityState, 'documents'>): OutstandingDocument[] {
  const owed: OutstandingDocument[] = [];
  for (const slot of quality.documents) {
    if (!slot.required || isSlotFilled(slot)) continue;
    owed.push({ type: slot.type, state: slotState(slot) === 'rejected' ? 'rejected' : 'missing' });
  }
  return owed;
}

/** True when the order needs quality control: the host says so, or one of its typed slots is required. */
export const isQualityRequired = (quality: Pick<QualityState, 'required' | 'documents'>): boolean =>
  quality.required || quality.documents.some((slot) => slot.required);

/** A new version may be uploaded unless the newest one is accepted (versions are added, never overwritten). */
export const acceptsNewVersion = (slot: Pick<QualityDocumentSlot, 'versions'>): boolean =>
  slotState(slot) !== 'accepted';

/** Photos are images (JPEG, PNG or WebP); every other type is a PDF. */
export const fileKindOf = (type: QualityDocumentType): 'pdf' | 'image' => (type === 'photos' ? 'image' : 'pdf');
