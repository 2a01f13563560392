import { defineElement } from '../shared/define-element.js';
import { ShipmentList } from './shipment-list.component.js';
import { definition } from './shipment-list.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'shipment-list': ShipmentList;
  }
}

export { ShipmentList };
export * from './shipment-list.events.js';
