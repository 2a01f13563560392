// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { ShippingWizard } from './shipping-wizard.component.js';

/** `<shipping-wizard>`: its class. Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'shipping-wizard',
  element: ShippingWizard,
};
