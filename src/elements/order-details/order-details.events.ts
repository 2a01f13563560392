import type { Order } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface OrderLoadedDetail {
  readonly order: Order;
}

/** The order was loaded or reloaded (after any change made in a stage). */
export class OrderLoadedEvent extends SupplierFlowEvent<OrderLoadedDetail> {
  static readonly eventName = 'order-loaded';
  constructor(detail: OrderLoadedDetail) {
    super(OrderLoadedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-loaded': OrderLoadedEvent;
  }
}
