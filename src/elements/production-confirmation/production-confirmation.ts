import { defineElement } from '../shared/define-element.js';
import { ProductionConfirmation } from './production-confirmation.component.js';

defineElement('production-confirmation', ProductionConfirmation);

declare global {
  interface HTMLElementTagNameMap {
    'production-confirmation': ProductionConfirmation;
  }
}

export { ProductionConfirmation };
export * from './production-confirmation.events.js';
