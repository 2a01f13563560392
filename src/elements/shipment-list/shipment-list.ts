import { defineElement } from '../shared/define-element.js';
import { ShipmentList } from './shipment-list.component.js';

defineElement('shipment-list', ShipmentList);

declare global {
  interface HTMLElementTagNameMap {
    'shipment-list': ShipmentList;
  }
}

export { ShipmentList };
export * from './shipment-list.events.js';
