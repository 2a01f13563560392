/**
 * The memory adapter's typed quality documents: adding a version, the checks an upload must pass, and the
 * scripted reviewer of the demo, which accepts every new version after a short delay unless its file name
 * contains "reject" (any case); then it rejects it with `SCRIPTED_REJECTION_REASON`.
 */
import { acceptsNewVersion, hasTypedDocuments } from '../../../domain/quality-documents.js';
import { productionStatus } from '../../../domain/stages.js';
import { QUALITY_DOCUMENT_TYPES } from '../../../domain/types.js';
import type {
  DocumentRef,
  Order,
  QualityDocumentReview,
  QualityDocumentSlot,
  QualityDocumentType,
} from '../../../domain/types.js';
import { SupplierApiError } from '../../errors.js';

/** What the scripted reviewer writes when it rejects a version. */
export const SCRIPTED_REJECTION_REASON =
  'Rejected by the demo reviewer: the file name contains “reject”. Upload a new version.';

/** The scripted reviewer's verdict on a file name. */
export const scriptedVerdict = (name: string): 'accepted' | 'rejected' =>
  /reject/i.test(name) ? 'rejected' : 'accepted';

/** The slot of `type` an order asks for; throws the contract's errors when an upload to it is not allowed now. */
export function uploadableSlot(order: Order, type: unknown): QualityDocumentSlot {
  if (!hasTypedDocuments(order.quality)) {
    throw new SupplierApiError(
      'conflict',
      'This order asks for no typed quality documents; upload a QC report instead.',
    );
  }
  const slot = QUALITY_DOCUMENT_TYPES.includes(type as QualityDocumentType)
    ? order.quality.documents.find((each) => each.type === type)
    : undefined;
  if (!slot)
    throw new SupplierApiError('validation', 'This order does not ask for this quality document.', {
      fieldErrors: { type: 'unknown' },
    });
  if (productionStatus(order) !== 'done')
    throw new SupplierApiError('conflict', 'Confirm the order before uploading quality documents.');
  if (!acceptsNewVersion(slot))
    throw new SupplierApiError('conflict', 'This document is accepted; no new version is needed.');
  return slot;
}

/** The order with `slot` replaced by `update(slot)`. */
function updateSlot(
  order: Order,
  type: QualityDocumentType,
  update: (slot: QualityDocumentSlot) => QualityDocumentSlot,
): Order {
  const documents = order.quality.documents.map((slot) => (slot.type === type ? update(slot) : slot));
  return { ...order, quality: { ...order.quality, documents } };
}

/** The order with a new, not yet reviewed version added as the newest of its slot (earlier versions are kept). */
export function withNewVersion(order: Order, type: QualityDocumentType, ref: DocumentRef): Order {
  return updateSlot(order, type, (slot) => ({
    ...slot,
    versions: [...slot.versions, { ...ref, status: 'uploaded', reviewedAt: null, rejectionReason: null }],
  }));
}

/** A review of one version (by id; null: the newest). */
export interface Review {
  readonly versionId: string | null;
  readonly status: Exclude<QualityDocumentReview, 'uploaded'>;
  readonly reason: string | null;
  readonly at: string;
}

/** The order with the review applied, or null when the slot or version does not exist. */
export function withReview(order: Order, type: QualityDocumentType, review: Review): Order | null {
  const slot = order.quality.documents.find((each) => each.type === type);
  const target =
    review.versionId === null
      ? slot?.versions.at(-1)
      : slot?.versions.find((version) => version.id === review.versionId);
  if (!target) return null;
  return updateSlot(order, type, (current) => ({
    ...current,
    versions: current.versions.map((version) =>
      version.id === target.id
        ? {
            ...version,
            status: review.status,
            reviewedAt: review.at,
            rejectionReason: review.status === 'rejected' ? (review.reason ?? 'Rejected by the platform.') : null,
          }
        : version,
    ),
  }));
}
