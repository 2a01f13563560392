/**
 * React wrappers (via `@lit/react`) for hosts on React: typed props and
 * `onX` callbacks for each element's events. React 19 can also render the
 * tags directly; these wrappers add types and camel-cased event props.
 *
 * ```tsx
 * import * as React from 'react';
 * import { OrderList } from 'supplier-flow/react';
 * <OrderList onOrderSelect={(event) => navigate(event.detail.orderId)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
import { ShipmentList as ShipmentListElement } from '../elements/shipment-list/shipment-list.component.js';
import type { PrintDocumentsEvent } from '../elements/shipment-list/shipment-list.events.js';
import { ShippingWizard as ShippingWizardElement } from '../elements/shipping-wizard/shipping-wizard.component.js';
import type { ShipmentPublishedEvent, ShippingCancelEvent } from '../elements/shipping-wizard/shipping-wizard.events.js';
import { SupplierProvider as SupplierProviderElement } from '../elements/supplier-provider/supplier-provider.component.js';

export const SupplierProvider = createComponent({ react: React, tagName: 'supplier-provider', elementClass: SupplierProviderElement });

export const ShippingWizard = createComponent({
  react: React,
  tagName: 'shipping-wizard',
  elementClass: ShippingWizardElement,
  events: {
    onShipmentPublished: 'shipment-published' as EventName<ShipmentPublishedEvent>,
    onShippingCancel: 'shipping-cancel' as EventName<ShippingCancelEvent>,
  },
});

export const ShipmentList = createComponent({
  react: React,
  tagName: 'shipment-list',
  elementClass: ShipmentListElement,
  events: { onPrintDocuments: 'print-documents' as EventName<PrintDocumentsEvent> },
});
