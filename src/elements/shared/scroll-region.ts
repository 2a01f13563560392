import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The region's name: a heading's id, or words from the element's catalog. */
export type ScrollRegionName = { readonly labelledBy: string } | { readonly label: string };

/**
 * A wide table's wrapper (`.table-wrap`): it scrolls sideways inside the element, never the page, and is a named
 * region that takes focus, so a keyboard can scroll it (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
export function renderScrollRegion(content: unknown, name: ScrollRegionName, part?: string): TemplateResult {
  const labelledBy = 'labelledBy' in name ? name.labelledBy : undefined;
  const label = 'label' in name ? name.label : undefined;
  return html`<div
    class="table-wrap scroll-region"
    part=${ifDefined(part)}
    role="region"
    tabindex="0"
    aria-labelledby=${ifDefined(labelledBy)}
    aria-label=${ifDefined(label)}
  >
    ${content}
  </div>`;
}
