import { defineElement } from '../shared/define-element.js';
import { QualityReport } from './quality-report.component.js';

defineElement('quality-report', QualityReport);

declare global {
  interface HTMLElementTagNameMap {
    'quality-report': QualityReport;
  }
}

export { QualityReport };
export * from './quality-report.events.js';
