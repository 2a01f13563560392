/**
 * Everything public but the element classes and the domain rules: the adapter
 * port and errors, `configure()`, the base element and every element's events. Shared by the main entry and the script-tag bundle (which loads most
 * element classes on demand). Free of side effects.
 */
export type * from './api/port.js';
export {
  SupplierApiError,
  ContractError,
  isSupplierApiError,
  type ApiErrorKind,
  type FieldErrors,
} from './api/errors.js';
export { checkedApi } from './api/checked-api.js';
export { supplierApiContext } from './api/context.js';
export {
  configure,
  update,
  getSettings,
  type SupplierFlowOptions,
  type Appearance,
  type ThemeName,
} from './configure.js';
export { SupplierElement, VERSION } from './elements/shared/supplier-element.js';
export { SupplierFlowEvent } from './elements/shared/events.js';
// <elements:events> generated from src/elements/registry.ts by `npm run elements`
export * from './elements/supplier-portal/supplier-portal.events.js';
export * from './elements/order-list/order-list.events.js';
export * from './elements/order-details/order-details.events.js';
export * from './elements/production-confirmation/production-confirmation.events.js';
export * from './elements/quality-report/quality-report.events.js';
export * from './elements/shipping-wizard/shipping-wizard.events.js';
export * from './elements/shipment-list/shipment-list.events.js';
export * from './elements/invoice-form/invoice-form.events.js';
export * from './elements/order-activity/order-activity.events.js';
// </elements:events>
