import { defineElement } from '../shared/define-element.js';
import { SupplierProvider } from './supplier-provider.component.js';

defineElement('supplier-provider', SupplierProvider);

declare global {
  interface HTMLElementTagNameMap {
    'supplier-provider': SupplierProvider;
  }
}

export { SupplierProvider };
