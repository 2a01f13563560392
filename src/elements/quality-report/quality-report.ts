import { defineElement } from '../shared/define-element.js';
import { QualityReport } from './quality-report.component.js';
import { definition } from './quality-report.definition.js';

defineElement(definition);

declare global {
  interface HTMLElementTagNameMap {
    'quality-report': QualityReport;
  }
}

export { QualityReport };
export * from './quality-report.events.js';
