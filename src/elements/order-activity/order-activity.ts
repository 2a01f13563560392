import { defineElement } from '../shared/define-element.js';
import { OrderActivity } from './order-activity.component.js';
import { definition } from './order-activity.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'order-activity': OrderActivity;
  }
}

export { OrderActivity };
export * from './order-activity.events.js';
