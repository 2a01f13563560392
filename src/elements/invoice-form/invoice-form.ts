import { defineElement } from '../shared/define-element.js';
import { InvoiceForm } from './invoice-form.component.js';

defineElement('invoice-form', InvoiceForm);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-form': InvoiceForm;
  }
}

export { InvoiceForm };
export * from './invoice-form.events.js';
