/**
 * React wrapper of `<quality-report>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<quality-report>` and no other element:
 *
 * ```tsx
 * import { QualityReport } from 'supplier-flow/react/quality-report';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { QualityReport as QualityReportElement } from '../elements/quality-report/quality-report.js';
import type {
  QualityReportUploadedEvent,
  QualityReportRemovedEvent,
  QualityDocumentUploadedEvent,
} from '../elements/quality-report/quality-report.events.js';

export const QualityReport = createComponent({
  react: React,
  tagName: 'quality-report',
  elementClass: QualityReportElement,
  events: {
    onQualityReportUploaded: 'quality-report-uploaded' as EventName<QualityReportUploadedEvent>,
    onQualityReportRemoved: 'quality-report-removed' as EventName<QualityReportRemovedEvent>,
    onQualityDocumentUploaded: 'quality-document-uploaded' as EventName<QualityDocumentUploadedEvent>,
  },
});
