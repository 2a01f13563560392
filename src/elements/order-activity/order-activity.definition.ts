// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { OrderActivity } from './order-activity.component.js';

/** `<order-activity>`: its class. Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'order-activity',
  element: OrderActivity,
};
