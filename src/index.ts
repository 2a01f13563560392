/**
 * Supplier Flow: element classes (not registered — import `supplier-flow/define`
 * or one element's entry for that), the adapter port and errors, the domain
 * types and rules, and `configure()`. Free of side effects.
 */
export * from './domain/index.js';
export type * from './api/port.js';
export { SupplierApiError, ContractError, isSupplierApiError, type ApiErrorKind, type FieldErrors } from './api/errors.js';
export { checkedApi } from './api/checked-api.js';
export { supplierApiContext } from './api/context.js';
export { configure, update, getSettings, type SupplierFlowOptions, type Appearance, type ThemeName } from './configure.js';
export { SupplierElement, VERSION } from './elements/shared/supplier-element.js';
export { SupplierFlowEvent } from './elements/shared/events.js';
export { SupplierProvider } from './elements/supplier-provider/supplier-provider.component.js';
export { ShippingWizard } from './elements/shipping-wizard/shipping-wizard.component.js';
export * from './elements/shipping-wizard/shipping-wizard.events.js';
export { ShipmentList } from './elements/shipment-list/shipment-list.component.js';
export * from './elements/shipment-list/shipment-list.events.js';
export { OrderList } from './elements/order-list/order-list.component.js';
export * from './elements/order-list/order-list.events.js';
export { OrderDetails } from './elements/order-details/order-details.component.js';
export * from './elements/order-details/order-details.events.js';
export { ProductionConfirmation } from './elements/production-confirmation/production-confirmation.component.js';
export * from './elements/production-confirmation/production-confirmation.events.js';
export { QualityReport } from './elements/quality-report/quality-report.component.js';
export * from './elements/quality-report/quality-report.events.js';
export { SupplierPortal } from './elements/supplier-portal/supplier-portal.component.js';
export * from './elements/supplier-portal/supplier-portal.events.js';
export { InvoiceForm } from './elements/invoice-form/invoice-form.component.js';
export * from './elements/invoice-form/invoice-form.events.js';
