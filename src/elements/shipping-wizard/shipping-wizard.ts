import { defineElement } from '../shared/define-element.js';
import { ShippingWizard } from './shipping-wizard.component.js';
import { definition } from './shipping-wizard.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'shipping-wizard': ShippingWizard;
  }
}

export { ShippingWizard };
export * from './shipping-wizard.events.js';
