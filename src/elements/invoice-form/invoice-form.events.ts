import type { Invoice } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface InvoiceSubmittedDetail {
  readonly orderId: string;
  readonly invoice: Invoice;
}

/** The invoice was saved and waits for the platform's manager. */
export class InvoiceSubmittedEvent extends SupplierFlowEvent<InvoiceSubmittedDetail> {
  static readonly eventName = 'invoice-submitted';
  constructor(detail: InvoiceSubmittedDetail) {
    super(InvoiceSubmittedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'invoice-submitted': InvoiceSubmittedEvent;
  }
}
