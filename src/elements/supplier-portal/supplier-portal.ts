import { defineElement } from '../shared/define-element.js';
import { SupplierPortal } from './supplier-portal.component.js';
import { definition } from './supplier-portal.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'supplier-portal': SupplierPortal;
  }
}

export { SupplierPortal };
export * from './supplier-portal.events.js';
