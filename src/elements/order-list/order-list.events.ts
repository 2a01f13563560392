import { SupplierFlowEvent } from '../shared/events.js';

export interface OrderSelectDetail {
  readonly orderId: string;
}

/** The supplier chose "Order Details" on a row (click, or Enter on the row). */
export class OrderSelectEvent extends SupplierFlowEvent<OrderSelectDetail> {
  static readonly eventName = 'order-select';
  constructor(detail: OrderSelectDetail) {
    super(OrderSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-select': OrderSelectEvent;
  }
}
