import type { DocumentRef } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface PrintDocumentsDetail {
  readonly orderId: string;
  readonly shipmentId: string;
  /** The shipment's documents with safe URLs (labels and packing slip), in order. */
  readonly documents: readonly DocumentRef[];
}

/**
 * "Print all" was chosen. Cancelable: call `preventDefault()` to print the documents yourself;
 * otherwise the element opens each document in a new window for printing.
 */
export class PrintDocumentsEvent extends SupplierFlowEvent<PrintDocumentsDetail> {
  static readonly eventName = 'print-documents';
  constructor(detail: PrintDocumentsDetail) {
    super(PrintDocumentsEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'print-documents': PrintDocumentsEvent;
  }
}
