/** The demo's typed quality documents: which types an order asks for, and versions in every review state. */
import type { QualityDocumentSlot, QualityDocumentVersion, QualityState } from '../../../domain/types.js';
import { INTERNAL_URL_PREFIX, SEED_DOCUMENT_SIZE } from '../backend/documents.js';
import type { TypedQualitySeed } from './scenarios.js';

/** What the seeded reviewer wrote on rejected versions. */
export const SEED_REJECTION_REASONS: readonly string[] = [
  'The certificate names material 1.4301; the drawing asks for 1.4404. Please send the certificate of the material used.',
  'The declaration is not signed. Please upload the signed version.',
];

interface SeedTimes {
  readonly orderId: string;
  readonly number: string;
  /** An instant (ms) after the order was confirmed, when seeded uploads happened. */
  readonly uploadedAt: number;
}

const HOUR = 3_600_000;

function version(
  times: SeedTimes,
  id: string,
  name: string,
  status: QualityDocumentVersion['status'],
  offsetHours: number,
  reason: string | null = null,
): QualityDocumentVersion {
  const createdAt = new Date(times.uploadedAt + offsetHours * HOUR).toISOString();
  const documentId = `${times.orderId}-${id}`;
  return {
    id: documentId,
    name,
    contentType: 'application/pdf',
    sizeBytes: SEED_DOCUMENT_SIZE,
    url: INTERNAL_URL_PREFIX + documentId,
    createdAt,
    status,
    reviewedAt: status === 'uploaded' ? null : new Date(times.uploadedAt + (offsetHours + 2) * HOUR).toISOString(),
    rejectionReason: status === 'rejected' ? reason : null,
  };
}

/** The typed part of an order's quality state for a seed (without: plain QC reports, no typed documents). */
export function typedQualityFor(
  seed: TypedQualitySeed | undefined,
  times: SeedTimes,
): Pick<QualityState, 'documents' | 'blocksShipping'> {
  const n = times.number;
  const slots = (blocksShipping: boolean, documents: QualityDocumentSlot[]) => ({ documents, blocksShipping });
  switch (seed) {
    case undefined:
      return { documents: [], blocksShipping: false };
    case 'missing-and-rejected':
      return slots(true, [
        { type: 'inspection-report', required: true, versions: [] },
        {
          type: 'certificate-of-conformance',
          required: true,
          versions: [version(times, 'coc1', `CoC ${n}.pdf`, 'rejected', 0, SEED_REJECTION_REASONS[1]!)],
        },
        {
          type: 'material-certificate',
          required: true,
          versions: [
            version(times, 'mat1', `Mill certificate ${n}.pdf`, 'rejected', 0, SEED_REJECTION_REASONS[0]!),
            version(times, 'mat2', `Mill certificate ${n} 1.4404.pdf`, 'accepted', 5),
          ],
        },
        { type: 'photos', required: false, versions: [] },
      ]);
    case 'in-review':
      return slots(true, [
        {
          type: 'first-article-inspection',
          required: true,
          versions: [version(times, 'fai1', `FAI report ${n}.pdf`, 'uploaded', 3)],
        },
        {
          type: 'rohs-reach-declaration',
          required: true,
          versions: [
            version(times, 'rohs1', `RoHS REACH ${n}.pdf`, 'rejected', 0, SEED_REJECTION_REASONS[1]!),
            version(times, 'rohs2', `RoHS REACH ${n} signed.pdf`, 'accepted', 4),
          ],
        },
        {
          type: 'inspection-report',
          required: false,
          versions: [version(times, 'ir1', `Inspection ${n}.pdf`, 'accepted', 1)],
        },
      ]);
    case 'not-blocking':
      return slots(false, [
        { type: 'inspection-report', required: true, versions: [] },
        { type: 'certificate-of-conformance', required: true, versions: [] },
        { type: 'photos', required: false, versions: [] },
      ]);
    case 'before-confirmation':
      return slots(true, [
        { type: 'inspection-report', required: true, versions: [] },
        { type: 'certificate-of-conformance', required: true, versions: [] },
        { type: 'material-certificate', required: false, versions: [] },
      ]);
  }
}
