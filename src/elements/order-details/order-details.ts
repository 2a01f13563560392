import { defineElement } from '../shared/define-element.js';
import { OrderDetails } from './order-details.component.js';
import { definition } from './order-details.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'order-details': OrderDetails;
  }
}

export { OrderDetails };
export * from './order-details.events.js';
