import { defineElement } from '../shared/define-element.js';
import { ProductionConfirmation } from './production-confirmation.component.js';
import { definition } from './production-confirmation.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'production-confirmation': ProductionConfirmation;
  }
}

export { ProductionConfirmation };
export * from './production-confirmation.events.js';
