// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { definition as orderList } from '../order-list/order-list.definition.js';
import { SupplierPortal } from './supplier-portal.component.js';

/** `<supplier-portal>`: its class and the tags it renders (`<order-list>`, `<order-details>`). Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'supplier-portal',
  element: SupplierPortal,
  children: [orderList],
  lazyChildren: {
    'order-details': () => import('../order-details/order-details.definition.js'),
  },
};
