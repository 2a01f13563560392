import type { Order } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface OrderConfirmedDetail {
  readonly orderId: string;
  readonly order: Order;
}

/** The supplier confirmed the order for production. */
export class OrderConfirmedEvent extends SupplierFlowEvent<OrderConfirmedDetail> {
  static readonly eventName = 'order-confirmed';
  constructor(detail: OrderConfirmedDetail) {
    super(OrderConfirmedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-confirmed': OrderConfirmedEvent;
  }
}
