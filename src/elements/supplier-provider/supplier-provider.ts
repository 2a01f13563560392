import { defineElement } from '../shared/define-element.js';
import { SupplierProvider } from './supplier-provider.component.js';
import { definition } from './supplier-provider.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'supplier-provider': SupplierProvider;
  }
}

export { SupplierProvider };
