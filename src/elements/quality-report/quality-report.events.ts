import type { DocumentRef } from '../../domain/types.js';
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

declare global {
  interface GlobalEventHandlersEventMap {
    'quality-report-uploaded': QualityReportUploadedEvent;
    'quality-report-removed': QualityReportRemovedEvent;
  }
}
