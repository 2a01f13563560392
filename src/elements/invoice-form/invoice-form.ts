import { defineElement } from '../shared/define-element.js';
import { InvoiceForm } from './invoice-form.component.js';
import { definition } from './invoice-form.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-form': InvoiceForm;
  }
}

export { InvoiceForm };
export * from './invoice-form.events.js';
