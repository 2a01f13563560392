import { defineElement } from '../shared/define-element.js';
import { OrderActivity } from './order-activity.component.js';

defineElement('order-activity', OrderActivity);

declare global {
  interface HTMLElementTagNameMap {
    'order-activity': OrderActivity;
  }
}

export { OrderActivity };
export * from './order-activity.events.js';
