/**
 * React wrappers (via `@lit/react`) for hosts on React: typed props and `onX` callbacks for each element's
 * events. Each wrapper is an entry of its own that registers its element only; this entry re-exports them all
 * (and so registers every element). React 19 can also render the tags directly (see `supplier-flow/jsx`).
 *
 * ```tsx
 * import { OrderList } from 'supplier-flow/react/order-list';
 * <OrderList onOrderSelect={(event) => navigate(event.detail.orderId)} />
 * ```
 */
// <elements:wrappers> generated from src/elements/registry.ts by `npm run elements`
export { SupplierProvider } from './supplier-provider.js';
export { SupplierPortal } from './supplier-portal.js';
export { OrderList } from './order-list.js';
export { OrderDetails } from './order-details.js';
export { ProductionConfirmation } from './production-confirmation.js';
export { QualityReport } from './quality-report.js';
export { ShippingWizard } from './shipping-wizard.js';
export { ShipmentList } from './shipment-list.js';
export { InvoiceForm } from './invoice-form.js';
export { OrderActivity } from './order-activity.js';
// </elements:wrappers>
