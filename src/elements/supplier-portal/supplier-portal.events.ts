import type { ShippingStepRoute } from '../../domain/routes.js';
import type { StageKey } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface RouteChangeDetail {
  /** The order shown, or null for My Orders. */
  readonly orderId: string | null;
  /** The stage open in the order shown, when the supplier opened one (`shipping` with a wizard step or a shipment). */
  readonly stage: StageKey | null;
  /** The shipping wizard's step shown (`parts`, `package`, `delivery`; `new` until the wizard has shown one), or null when it is closed. */
  readonly step: ShippingStepRoute | null;
  /** The shipment brought into view, or null. */
  readonly shipmentId: string | null;
}

/** The portal moved: between My Orders and an order's details, to a stage, a wizard step or a shipment. */
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
