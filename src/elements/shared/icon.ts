import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import ArrowDown from 'lucide/dist/esm/icons/arrow-down.mjs';
import ArrowLeft from 'lucide/dist/esm/icons/arrow-left.mjs';
import ArrowUp from 'lucide/dist/esm/icons/arrow-up.mjs';
import Check from 'lucide/dist/esm/icons/check.mjs';
import ChevronRight from 'lucide/dist/esm/icons/chevron-right.mjs';
import Circle from 'lucide/dist/esm/icons/circle.mjs';
import CircleAlert from 'lucide/dist/esm/icons/circle-alert.mjs';
import CircleCheck from 'lucide/dist/esm/icons/circle-check.mjs';
import CircleDot from 'lucide/dist/esm/icons/circle-dot.mjs';
import Download from 'lucide/dist/esm/icons/download.mjs';
import Ellipsis from 'lucide/dist/esm/icons/ellipsis.mjs';
import FileText from 'lucide/dist/esm/icons/file-text.mjs';
import Hourglass from 'lucide/dist/esm/icons/hourglass.mjs';
import Inbox from 'lucide/dist/esm/icons/inbox.mjs';
import Info from 'lucide/dist/esm/icons/info.mjs';
import Lock from 'lucide/dist/esm/icons/lock.mjs';
import MessageSquare from 'lucide/dist/esm/icons/message-square.mjs';
import Minus from 'lucide/dist/esm/icons/minus.mjs';
import Package from 'lucide/dist/esm/icons/package.mjs';
import Plus from 'lucide/dist/esm/icons/plus.mjs';
import Printer from 'lucide/dist/esm/icons/printer.mjs';
import Receipt from 'lucide/dist/esm/icons/receipt.mjs';
import Tag from 'lucide/dist/esm/icons/tag.mjs';
import TriangleAlert from 'lucide/dist/esm/icons/triangle-alert.mjs';
import Upload from 'lucide/dist/esm/icons/upload.mjs';
import X from 'lucide/dist/esm/icons/x.mjs';

/** One child of a lucide icon: its SVG tag and attributes, as lucide ships them. */
type IconChild = readonly [tag: string, attrs: Readonly<Record<string, string | number | undefined>>];

/**
 * The icons the elements draw, by meaning, from the lucide set (ISC). Only these are imported, so the rest of
 * the set is never loaded
 * (one module per icon: the dev server and the test runner fetch these few, not the 1,700 of the package's index).
 */
const ICONS = {
  'arrow-down': ArrowDown,
  'arrow-left': ArrowLeft,
  'arrow-up': ArrowUp,
  check: Check,
  chevron: ChevronRight,
  circle: Circle,
  'circle-dot': CircleDot,
  download: Download,
  document: FileText,
  empty: Inbox,
  error: CircleAlert,
  info: Info,
  invoice: Receipt,
  label: Tag,
  lock: Lock,
  message: MessageSquare,
  minus: Minus,
  more: Ellipsis,
  package: Package,
  plus: Plus,
  print: Printer,
  success: CircleCheck,
  upload: Upload,
  waiting: Hourglass,
  warning: TriangleAlert,
  x: X,
} satisfies Record<string, readonly IconChild[]>;

export type IconName = keyof typeof ICONS;

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
export function renderIcon(name: IconName, options: IconOptions = {}): TemplateResult {
  const { label } = options;
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
    ${ICONS[name].map(renderChild)}
  </svg>`;
}
