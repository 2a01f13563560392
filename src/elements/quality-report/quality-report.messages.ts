import type { Catalog } from '../../i18n/message-catalog.js';

const en = {
  notRequired: 'Quality control is not required for this order.',
  intro:
    'Upload the quality control report (PDF). You can add several reports and replace a wrong one until shipping starts.',
  uploadLabel: 'Quality control report (PDF)',
  uploadHint: 'PDF, at most {limit}.',
  reports: 'Uploaded reports',
  none: 'No report uploaded yet.',
  uploadedOn: 'uploaded {date}',
  replace: 'Replace',
  replaceLabel: 'Replace {name}',
  remove: 'Remove',
  removeLabel: 'Remove {name}',
  lockedAfterShipping: 'Reports can no longer be replaced or removed because shipping has started.',
  uploaded: '{name} uploaded.',
  removed: '{name} removed.',
  replacing: 'Choose the PDF that replaces {name}.',
  cancelReplace: 'Cancel replacing',
  documentsHeading: 'Quality documents',
  typedIntro:
    'Upload the quality documents {platform} asks for. Each upload is a new version; earlier versions are kept.',
  typedBlocksShipping: 'Shipping opens when every required document is uploaded and not rejected.',
  typedNotBlocking: 'Missing documents do not stop shipping, but {platform} needs them.',
  typedAfterConfirmation: 'You can upload these documents once the order is confirmed.',
  required: 'required',
  optional: 'optional',
  'state.missing': 'Missing',
  'state.uploaded': 'In review',
  'state.accepted': 'Accepted',
  'state.rejected': 'Rejected',
  rejectedBecause: 'Rejected by {platform}:',
  uploadNewVersion: 'Upload new version',
  uploadNewVersionLabel: 'Upload new version of {type}',
  cancelNewVersion: 'Cancel',
  cancelNewVersionLabel: 'Cancel the new version of {type}',
  documentLabelPdf: '{type} (PDF)',
  documentLabelImage: '{type} (image)',
  imageHint: 'JPEG, PNG or WebP image, at most {limit}.',
  versions: 'Versions of {type}',
  versionLine: 'Version {number}, uploaded {date}',
  reviewedOn: 'reviewed {date}',
  documentUploaded: '{name} uploaded as {type}, version {number}. It is now in review.',
  'documentReviewed.accepted': '{type}: version {number} accepted.',
  'documentReviewed.rejected': '{type}: version {number} rejected. Upload a new version.',
} as const;

export type QualityReportMessages = typeof en;

/** English here; the other locales in `quality-report.translations.ts`, a chunk of their own. */
export const qualityReportMessages: Catalog<QualityReportMessages> = {
  en,
  load: () => import('./quality-report.translations.js'),
};
