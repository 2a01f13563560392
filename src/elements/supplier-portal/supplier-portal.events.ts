import type { StageKey } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface RouteChangeDetail {
  /** The order shown, or null for My Orders. */
  readonly orderId: string | null;
  /** The stage open in the order shown, when the supplier opened one. */
  readonly stage: StageKey | null;
}

/** The portal moved between My Orders and an order's details. */
export class RouteChangeEvent extends SupplierFlowEvent<RouteChangeDetail> {
  static readonly eventName = 'route-change';
  constructor(detail: RouteChangeDetail) {
    super(RouteChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'route-change': RouteChangeEvent;
  }
}
