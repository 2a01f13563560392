/**
 * Supplier Flow: element classes (not registered — import `supplier-flow/define`
 * or one element's entry for that, or call `defineSupplierFlow({ prefix })`), the adapter port and errors, the
 * domain types and rules, and `configure()`. Free of side effects.
 */
export * from './domain/index.js';
export * from './public-api.js';
export { defineSupplierFlow, type DefineOptions } from './define-supplier-flow.js';
// <elements:classes> generated from src/elements/registry.ts by `npm run elements`
export { SupplierProvider } from './elements/supplier-provider/supplier-provider.component.js';
export { SupplierPortal } from './elements/supplier-portal/supplier-portal.component.js';
export { OrderList } from './elements/order-list/order-list.component.js';
export { OrderDetails } from './elements/order-details/order-details.component.js';
export { ProductionConfirmation } from './elements/production-confirmation/production-confirmation.component.js';
export { QualityReport } from './elements/quality-report/quality-report.component.js';
export { ShippingWizard } from './elements/shipping-wizard/shipping-wizard.component.js';
export { ShipmentList } from './elements/shipment-list/shipment-list.component.js';
export { InvoiceForm } from './elements/invoice-form/invoice-form.component.js';
export { OrderActivity } from './elements/order-activity/order-activity.component.js';
// </elements:classes>
