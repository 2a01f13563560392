import { defineElement } from '../shared/define-element.js';
import { OrderList } from './order-list.component.js';
import { definition } from './order-list.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'order-list': OrderList;
  }
}

export { OrderList };
export * from './order-list.events.js';
