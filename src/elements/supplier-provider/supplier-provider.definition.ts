// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { SupplierProvider } from './supplier-provider.component.js';

/** `<supplier-provider>`: its class. Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'supplier-provider',
  element: SupplierProvider,
};
