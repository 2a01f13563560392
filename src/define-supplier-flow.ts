/**
 * `defineSupplierFlow()`: registers every Supplier Flow tag when called, under a prefix if asked, so the library
 * runs beside a host's own tags of the same names. Exported by `supplier-flow`; importing it registers nothing.
 */
import { defineElement, type DefineOptions, type ElementDefinition } from './elements/shared/define-element.js';
// <elements:imports> generated from src/elements/registry.ts by `npm run elements`
import { definition as supplierProvider } from './elements/supplier-provider/supplier-provider.definition.js';
import { definition as supplierPortal } from './elements/supplier-portal/supplier-portal.definition.js';
import { definition as orderList } from './elements/order-list/order-list.definition.js';
import { definition as orderDetails } from './elements/order-details/order-details.definition.js';
import { definition as productionConfirmation } from './elements/production-confirmation/production-confirmation.definition.js';
import { definition as qualityReport } from './elements/quality-report/quality-report.definition.js';
import { definition as shippingWizard } from './elements/shipping-wizard/shipping-wizard.definition.js';
import { definition as shipmentList } from './elements/shipment-list/shipment-list.definition.js';
import { definition as invoiceForm } from './elements/invoice-form/invoice-form.definition.js';
import { definition as orderActivity } from './elements/order-activity/order-activity.definition.js';
// </elements:imports>

const DEFINITIONS: readonly ElementDefinition[] = [
  // <elements:list>
  supplierProvider,
  supplierPortal,
  orderList,
  orderDetails,
  productionConfirmation,
  qualityReport,
  shippingWizard,
  shipmentList,
  invoiceForm,
  orderActivity,
  // </elements:list>
];

/**
 * Registers every tag: `<order-list>`, … or, with `{ prefix: 'acme' }`, `<acme-order-list>`, … (composite elements
 * then render `<acme-order-list>` and the other children under the same prefix). A tag another library already
 * owns is left to it, with a console warning naming it; nothing throws on a clash. Calling it again is harmless,
 * and several prefixes may be registered on one page. Throws a `TypeError` on a prefix that is not lowercase
 * letters and digits starting with a letter (hyphens between them).
 */
export function defineSupplierFlow(options: DefineOptions = {}): void {
  for (const definition of DEFINITIONS) defineElement(definition, options);
}

export type { DefineOptions };
