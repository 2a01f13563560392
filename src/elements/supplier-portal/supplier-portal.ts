import { defineElement } from '../shared/define-element.js';
import { SupplierPortal } from './supplier-portal.component.js';

defineElement('supplier-portal', SupplierPortal);

declare global {
  interface HTMLElementTagNameMap {
    'supplier-portal': SupplierPortal;
  }
}

export { SupplierPortal };
export * from './supplier-portal.events.js';
