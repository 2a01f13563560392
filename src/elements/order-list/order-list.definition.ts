// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { OrderList } from './order-list.component.js';

/** `<order-list>`: its class. Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'order-list',
  element: OrderList,
};
