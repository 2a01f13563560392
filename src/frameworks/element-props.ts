// <elements:imports> generated from src/elements/registry.ts by `npm run elements`
import type { SupplierProvider } from '../elements/supplier-provider/supplier-provider.component.js';
import type { SupplierPortal } from '../elements/supplier-portal/supplier-portal.component.js';
import type { OrderList } from '../elements/order-list/order-list.component.js';
import type { OrderDetails } from '../elements/order-details/order-details.component.js';
import type { ProductionConfirmation } from '../elements/production-confirmation/production-confirmation.component.js';
import type { QualityReport } from '../elements/quality-report/quality-report.component.js';
import type { ShippingWizard } from '../elements/shipping-wizard/shipping-wizard.component.js';
import type { ShipmentList } from '../elements/shipment-list/shipment-list.component.js';
import type { InvoiceForm } from '../elements/invoice-form/invoice-form.component.js';
import type { OrderActivity } from '../elements/order-activity/order-activity.component.js';
// </elements:imports>

/** Every Supplier Flow tag and its element class. */
export interface SupplierFlowElements {
  // <elements:tags>
  'supplier-provider': SupplierProvider;
  'supplier-portal': SupplierPortal;
  'order-list': OrderList;
  'order-details': OrderDetails;
  'production-confirmation': ProductionConfirmation;
  'quality-report': QualityReport;
  'shipping-wizard': ShippingWizard;
  'shipment-list': ShipmentList;
  'invoice-form': InvoiceForm;
  'order-activity': OrderActivity;
  // </elements:tags>
}

/** The public, writable properties of an element, as optional props (methods and HTMLElement members left out). */
export type ElementProps<E> = Partial<{
  [K in keyof E as K extends keyof HTMLElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]: E[K];
}>;
