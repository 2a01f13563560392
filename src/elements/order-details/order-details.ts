import { defineElement } from '../shared/define-element.js';
import { OrderDetails } from './order-details.component.js';

defineElement('order-details', OrderDetails);

declare global {
  interface HTMLElementTagNameMap {
    'order-details': OrderDetails;
  }
}

export { OrderDetails };
export * from './order-details.events.js';
