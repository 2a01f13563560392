import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One child of a lucide icon: its SVG tag and attributes, as lucide ships them. */
export type IconChild = readonly [tag: string, attrs: Readonly<Record<string, string | number | undefined>>];

/**
 * An icon of the set in `icons/` (one module per icon, lucide drawings, ISC): its name (the `data-icon` attribute
 * and the `icon-<name>` class, which tests and styles look for) and its drawing. Callers import the icons they draw,
 * so a bundle carries only those.
 */
export interface Icon {
  readonly name: string;
  readonly drawing: readonly IconChild[];
}

export interface IconOptions {
  /** Text alternative (from a catalog) for an icon that carries meaning of its own; without it the icon is decorative. */
  readonly label?: string;
}

const attr = (attrs: IconChild[1], name: string): string | undefined => {
  const value = attrs[name];
  return value === undefined ? undefined : String(value);
};

/** One child element of an icon, through lit's `svg` template (the `<svg>` itself is in an `html` one): attributes bound, never markup parsed from a string. */
function renderChild([tag, attrs]: IconChild): SVGTemplateResult {
  const a = (name: string) => ifDefined(attr(attrs, name));
  switch (tag) {
    case 'circle':
      return svg`<circle cx=${a('cx')} cy=${a('cy')} r=${a('r')} />`;
    case 'ellipse':
      return svg`<ellipse cx=${a('cx')} cy=${a('cy')} rx=${a('rx')} ry=${a('ry')} />`;
    case 'line':
      return svg`<line x1=${a('x1')} y1=${a('y1')} x2=${a('x2')} y2=${a('y2')} />`;
    case 'rect':
      return svg`<rect x=${a('x')} y=${a('y')} width=${a('width')} height=${a('height')} rx=${a('rx')} ry=${a('ry')} />`;
    case 'polyline':
      return svg`<polyline points=${a('points')} />`;
    case 'polygon':
      return svg`<polygon points=${a('points')} />`;
    default:
      return svg`<path d=${a('d')} />`;
  }
}

/**
 * An icon as inline SVG (the same drawing whatever fonts the reader has), sized to the text around it and drawn in
 * `currentColor`. Decorative (`aria-hidden`) unless `label` gives it a text alternative (`role="img"`).
 */
export function renderIcon(icon: Icon, options: IconOptions = {}): TemplateResult {
  const { label } = options;
  const { name } = icon;
  return html`<svg
    class="icon icon-${name}"
    part="icon"
    data-icon=${name}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    focusable="false"
    role=${ifDefined(label ? 'img' : undefined)}
    aria-label=${ifDefined(label || undefined)}
    aria-hidden=${ifDefined(label ? undefined : 'true')}
  >
    ${icon.drawing.map(renderChild)}
  </svg>`;
}
