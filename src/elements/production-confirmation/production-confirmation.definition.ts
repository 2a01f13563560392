// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { ProductionConfirmation } from './production-confirmation.component.js';

/** `<production-confirmation>`: its class. Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'production-confirmation',
  element: ProductionConfirmation,
};
