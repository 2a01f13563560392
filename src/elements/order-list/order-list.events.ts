import type { StageKey } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface OrderSelectDetail {
  readonly orderId: string;
  /**
   * The stage to open: set when the supplier chose the row's next action ("Confirm order" → `production`,
   * "Upload QC report" → `quality`, "Add shipping" → `shipping`, "Upload invoice" → `invoice`); null for
   * "Order Details" and Enter on the row (the order as a whole, which opens the stage owing the next action).
   */
  readonly stage: StageKey | null;
}

/** The supplier chose an order: "Order Details" or Enter on the row (`stage` null), or the row's next action (`stage` set). */
export class OrderSelectEvent extends SupplierFlowEvent<OrderSelectDetail> {
  static readonly eventName = 'order-select';
  constructor(detail: OrderSelectDetail) {
    super(OrderSelectEvent.eventName, detail);
  }
}

export interface OrdersConfirmedDetail {
  /** Ids of the orders the adapter confirmed. */
  readonly confirmed: readonly string[];
  /** Ids of the orders that could not be confirmed (each shows why; "Try again" retries them with the same keys). */
  readonly failed: readonly string[];
}

/** A bulk "Order Confirmation" finished: which of the selected orders were confirmed. */
export class OrdersConfirmedEvent extends SupplierFlowEvent<OrdersConfirmedDetail> {
  static readonly eventName = 'orders-confirmed';
  constructor(detail: OrdersConfirmedDetail) {
    super(OrdersConfirmedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-select': OrderSelectEvent;
    'orders-confirmed': OrdersConfirmedEvent;
  }
}
