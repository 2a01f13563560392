import type { LineAnswer, Order } from '../../domain/types.js';
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

export interface OrderLinesAcknowledgedDetail {
  readonly orderId: string;
  /** The order as the platform answered, with `production.lineAcknowledgement`. */
  readonly order: Order;
  readonly answers: readonly LineAnswer[];
}

/** The supplier sent answers per line (accept, smaller quantity, later date, decline). */
export class OrderLinesAcknowledgedEvent extends SupplierFlowEvent<OrderLinesAcknowledgedDetail> {
  static readonly eventName = 'order-lines-acknowledged';
  constructor(detail: OrderLinesAcknowledgedDetail) {
    super(OrderLinesAcknowledgedEvent.eventName, detail);
  }
}

export interface OrderLinesAnsweredDetail {
  readonly orderId: string;
  readonly order: Order;
}

/** The platform's responses to the answers per line arrived (seen on a reload): no line is pending any more. */
export class OrderLinesAnsweredEvent extends SupplierFlowEvent<OrderLinesAnsweredDetail> {
  static readonly eventName = 'order-lines-answered';
  constructor(detail: OrderLinesAnsweredDetail) {
    super(OrderLinesAnsweredEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-confirmed': OrderConfirmedEvent;
    'order-lines-acknowledged': OrderLinesAcknowledgedEvent;
    'order-lines-answered': OrderLinesAnsweredEvent;
  }
}
