// Generated from src/elements/registry.ts by `npm run elements`; do not edit.
import type { ElementDefinition } from '../shared/define-element.js';
import { QualityReport } from './quality-report.component.js';

/** `<quality-report>`: its class. Free of side effects. */
export const definition: ElementDefinition = {
  tag: 'quality-report',
  element: QualityReport,
};
