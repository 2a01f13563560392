import type { DocumentRef, QualityDocumentSlot, QualityDocumentType } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface QualityReportDetail {
  readonly orderId: string;
  readonly report: DocumentRef;
}

/** A QC report was uploaded (or replaced one). */
export class QualityReportUploadedEvent extends SupplierFlowEvent<QualityReportDetail> {
  static readonly eventName = 'quality-report-uploaded';
  constructor(detail: QualityReportDetail) {
    super(QualityReportUploadedEvent.eventName, detail);
  }
}

/** A QC report was removed. */
export class QualityReportRemovedEvent extends SupplierFlowEvent<QualityReportDetail> {
  static readonly eventName = 'quality-report-removed';
  constructor(detail: QualityReportDetail) {
    super(QualityReportRemovedEvent.eventName, detail);
  }
}

export interface QualityDocumentUploadedDetail {
  readonly orderId: string;
  readonly type: QualityDocumentType;
  /** The slot with every version, the new one last. */
  readonly slot: QualityDocumentSlot;
}

/** A new version of a typed quality document was uploaded. */
export class QualityDocumentUploadedEvent extends SupplierFlowEvent<QualityDocumentUploadedDetail> {
  static readonly eventName = 'quality-document-uploaded';
  constructor(detail: QualityDocumentUploadedDetail) {
    super(QualityDocumentUploadedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quality-report-uploaded': QualityReportUploadedEvent;
    'quality-report-removed': QualityReportRemovedEvent;
    'quality-document-uploaded': QualityDocumentUploadedEvent;
  }
}
