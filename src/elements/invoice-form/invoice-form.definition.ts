// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { InvoiceForm } from './invoice-form.component.js';

/** `<invoice-form>`: its class. Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'invoice-form',
  element: InvoiceForm,
};
