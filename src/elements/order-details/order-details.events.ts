import type { Order, StageKey } from '../../domain/types.js';
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

export interface StageToggleDetail {
  readonly orderId: string;
  /** The stage the supplier opened, or null when they closed it. */
  readonly stage: StageKey | null;
}

/** The supplier opened or closed a stage, so a host can keep it in its URL. */
export class StageToggleEvent extends SupplierFlowEvent<StageToggleDetail> {
  static readonly eventName = 'stage-toggle';
  constructor(detail: StageToggleDetail) {
    super(StageToggleEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stage-toggle': StageToggleEvent;
    'order-loaded': OrderLoadedEvent;
  }
}
