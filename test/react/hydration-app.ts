/**
 * The page both sides of the hydration test render: the server (test/react/render-on-server.ts, in Node) and
 * the browser (test/react/hydration.test.ts). Every wrapper, with properties that the server cannot render
 * and React sets on the element once it runs in the browser.
 */
import * as React from 'react';
import { orderIdOf } from '../../src/api/memory/seed/generator.js';
import type { SupplierApi } from '../../src/api/port.js';
import {
  InvoiceForm,
  OrderActivity,
  OrderDetails,
  OrderList,
  ProductionConfirmation,
  QualityReport,
  ShipmentList,
  ShippingWizard,
  SupplierPortal,
  SupplierProvider,
} from '../../src/react/index.js';

/** The order both sides show (the memory adapter's seed numbers its orders, so the server needs no adapter). */
export const HYDRATION_ORDER_ID = orderIdOf(5);

export interface HydrationAppProps {
  /** Only in the browser: the server renders without data, as a host's server would. */
  readonly adapter?: SupplierApi;
}

export function HydrationApp({ adapter }: HydrationAppProps): React.ReactElement {
  const orderId = HYDRATION_ORDER_ID;
  const h = React.createElement;
  return h(
    'main',
    null,
    h('h1', null, 'Orders'),
    h(
      SupplierProvider,
      { adapter },
      h(OrderList, { locale: 'de' }),
      h(OrderDetails, { orderId }),
      h(ProductionConfirmation, { orderId }),
      h(QualityReport, { orderId }),
      h(ShippingWizard, { orderId }),
      h(ShipmentList, { orderId }),
      h(InvoiceForm, { orderId }),
      h(OrderActivity, { orderId }),
    ),
    h(SupplierProvider, { adapter }, h(SupplierPortal, null)),
  );
}
