/** Registers every Supplier Flow tag. Loading it twice (same version) is harmless. */
// <elements:define> generated from src/elements/registry.ts by `npm run elements`
import './elements/supplier-provider/supplier-provider.js';
import './elements/supplier-portal/supplier-portal.js';
import './elements/order-list/order-list.js';
import './elements/order-details/order-details.js';
import './elements/production-confirmation/production-confirmation.js';
import './elements/quality-report/quality-report.js';
import './elements/shipping-wizard/shipping-wizard.js';
import './elements/shipment-list/shipment-list.js';
import './elements/invoice-form/invoice-form.js';
import './elements/order-activity/order-activity.js';
// </elements:define>
