import { defineElement } from '../shared/define-element.js';
import { ShippingWizard } from './shipping-wizard.component.js';

defineElement('shipping-wizard', ShippingWizard);

declare global {
  interface HTMLElementTagNameMap {
    'shipping-wizard': ShippingWizard;
  }
}

export { ShippingWizard };
export * from './shipping-wizard.events.js';
