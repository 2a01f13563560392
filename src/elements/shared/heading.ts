import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  readonly id?: string;
  readonly part?: string;
  /** Focusable by script (`tabindex="-1"`): a heading that focus moves to. */
  readonly focusable?: boolean;
}

/** The heading level to use: between 2 (1 is the host page's) and 6 (the deepest HTML has). */
export const clampLevel = (level: number): number => Math.min(6, Math.max(2, Math.round(level) || 2));

/**
 * A heading at `level` (clamped to 2…6), so an element's headings follow the host's outline: an element's title is
 * at its `heading-level`, its sections one below. One template per tag: no tag is ever built from a string.
 */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = ifDefined(options.id);
  const part = ifDefined(options.part);
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (clampLevel(level)) {
    case 2:
      return html`<h2 id=${id} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
