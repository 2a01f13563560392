// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { OrderDetails } from './order-details.component.js';

/** `<order-details>`: its class and the tags it renders (`<production-confirmation>`, `<quality-report>`, `<shipping-wizard>`, `<shipment-list>`, `<invoice-form>`, `<order-activity>`). Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'order-details',
  element: OrderDetails,
  lazyChildren: {
    'production-confirmation': () => import('../production-confirmation/production-confirmation.definition.js'),
    'quality-report': () => import('../quality-report/quality-report.definition.js'),
    'shipping-wizard': () => import('../shipping-wizard/shipping-wizard.definition.js'),
    'shipment-list': () => import('../shipment-list/shipment-list.definition.js'),
    'invoice-form': () => import('../invoice-form/invoice-form.definition.js'),
    'order-activity': () => import('../order-activity/order-activity.definition.js'),
  },
};
