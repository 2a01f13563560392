// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { ShipmentList } from './shipment-list.component.js';

/** `<shipment-list>`: its class. Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'shipment-list',
  element: ShipmentList,
};
