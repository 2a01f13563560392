import { defineElement } from '../shared/define-element.js';
import { OrderList } from './order-list.component.js';

defineElement('order-list', OrderList);

declare global {
  interface HTMLElementTagNameMap {
    'order-list': OrderList;
  }
}

export { OrderList };
export * from './order-list.events.js';
