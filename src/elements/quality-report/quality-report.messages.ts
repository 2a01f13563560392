import type { Catalog } from '../../i18n/catalog.js';

const en = {
  notRequired: 'Quality control is not required for this order.',
  intro: 'Upload the quality control report (PDF). You can add several reports and replace a wrong one until shipping starts.',
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
} as const;

export type QualityReportMessages = typeof en;

/** English here; the other locales in `quality-report.translations.ts`, a chunk of their own. */
export const qualityReportMessages: Catalog<QualityReportMessages> = { en, load: () => import('./quality-report.translations.js') };
