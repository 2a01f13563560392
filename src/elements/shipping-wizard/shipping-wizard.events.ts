import type { ShippingStepKey } from '../../domain/routes.js';
import type { Shipment } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface ShipmentPublishedDetail {
  readonly orderId: string;
  readonly shipment: Shipment;
}

/** A shipment was published (created by the adapter); the wizard's draft is cleared. */
export class ShipmentPublishedEvent extends SupplierFlowEvent<ShipmentPublishedDetail> {
  static readonly eventName = 'shipment-published';
  constructor(detail: ShipmentPublishedDetail) {
    super(ShipmentPublishedEvent.eventName, detail);
  }
}

export interface ShippingCancelDetail {
  readonly orderId: string;
}

/** The supplier chose "Cancel"; the draft is kept for later. The host closes the wizard. */
export class ShippingCancelEvent extends SupplierFlowEvent<ShippingCancelDetail> {
  static readonly eventName = 'shipping-cancel';
  constructor(detail: ShippingCancelDetail) {
    super(ShippingCancelEvent.eventName, detail);
  }
}

export interface ShippingStepChangeDetail {
  readonly orderId: string;
  /** The step now shown. */
  readonly step: ShippingStepKey;
}

/** The wizard shows another step (also its first one once loaded), so a host can keep it in its URL. */
export class ShippingStepChangeEvent extends SupplierFlowEvent<ShippingStepChangeDetail> {
  static readonly eventName = 'shipping-step-change';
  constructor(detail: ShippingStepChangeDetail) {
    super(ShippingStepChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shipment-published': ShipmentPublishedEvent;
    'shipping-cancel': ShippingCancelEvent;
    'shipping-step-change': ShippingStepChangeEvent;
  }
}
