/**
 * React wrapper of `<shipping-wizard>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<shipping-wizard>` and no other element:
 *
 * ```tsx
 * import { ShippingWizard } from 'supplier-flow/react/shipping-wizard';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ShippingWizard as ShippingWizardElement } from '../elements/shipping-wizard/shipping-wizard.js';
import type {
  ShipmentPublishedEvent,
  ShippingCancelEvent,
  ShippingStepChangeEvent,
} from '../elements/shipping-wizard/shipping-wizard.events.js';

export const ShippingWizard = createComponent({
  react: React,
  tagName: 'shipping-wizard',
  elementClass: ShippingWizardElement,
  events: {
    onShipmentPublished: 'shipment-published' as EventName<ShipmentPublishedEvent>,
    onShippingCancel: 'shipping-cancel' as EventName<ShippingCancelEvent>,
    onShippingStepChange: 'shipping-step-change' as EventName<ShippingStepChangeEvent>,
  },
});
