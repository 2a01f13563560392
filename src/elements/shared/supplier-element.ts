import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ThemeName } from '../../settings/settings.js';
import { translationsInFlight, translationsSettled } from '../../i18n/message-catalog.js';
import { baseStyles } from '../../theme/base.styles.js';
import { tokens } from '../../theme/tokens.styles.js';
import { ApiController } from './api-controller.js';
import { LazyTagsController } from './lazy-tags.js';
import { ThemeController } from './theme-controller.js';

/** The library version, used to tell a second load of the same library from a different one. */
export const VERSION = '0.1.0';

/**
 * Base of every Supplier Flow element: design tokens and base styles, the
 * adapter (`this.api`), theme handling, and the `locale` / `theme` attributes.
 *
 * The public design tokens (src/theme/tokens.styles.ts), set on any ancestor or with `configure({ appearance })`;
 * every element lists them in custom-elements.json with their defaults:
 *
 * @cssprop --sf-font-family - Font stack of every element.
 * @cssprop --sf-font-size - Body text size.
 * @cssprop --sf-font-size-small - Size of secondary text: hints, table details, badges.
 * @cssprop --sf-font-size-large - Size of element headings.
 * @cssprop --sf-line-height - Line height of text.
 * @cssprop --sf-space-1 - Smallest spacing step.
 * @cssprop --sf-space-2 - Spacing step 2.
 * @cssprop --sf-space-3 - Spacing step 3.
 * @cssprop --sf-space-4 - Spacing step 4: the usual gap between blocks.
 * @cssprop --sf-space-6 - Spacing step 6: padding of sections, the gap before a section heading.
 * @cssprop --sf-space-8 - Largest spacing step: the gap before an element's main sections.
 * @cssprop --sf-scroll-offset - Room kept above whatever focus or a link scrolls into view (a heading, a stage):
 *   set it to the height of the host page's sticky header (default `1rem`).
 * @cssprop --sf-radius - Corner radius of panels, fields and buttons.
 * @cssprop --sf-radius-small - Corner radius of badges and small controls.
 * @cssprop --sf-focus-ring - Box shadow that marks the focused control.
 * @cssprop --sf-color-surface - Background of the elements.
 * @cssprop --sf-color-surface-alt - Background of headers, stripes and secondary panels.
 * @cssprop --sf-color-text - Text colour.
 * @cssprop --sf-color-text-muted - Colour of secondary text.
 * @cssprop --sf-color-border - Colour of borders and dividers.
 * @cssprop --sf-color-accent - Accent: links, primary buttons, the focus ring, the current step.
 * @cssprop --sf-color-accent-contrast - Text on the accent colour (primary buttons).
 * @cssprop --sf-color-success - Done and valid states.
 * @cssprop --sf-color-success-surface - Background of success notices.
 * @cssprop --sf-color-warning - Deadlines drawing near and warnings.
 * @cssprop --sf-color-warning-surface - Background of warning notices.
 * @cssprop --sf-color-danger - Errors, overdue deadlines and destructive actions.
 * @cssprop --sf-color-danger-surface - Background of error notices.
 * @cssprop --sf-color-info - Information and "waiting for the platform" states.
 * @cssprop --sf-color-info-surface - Background of information notices.
 * @cssprop --sf-color-skeleton - Placeholder blocks while data loads.
 */
export class SupplierElement extends LitElement {
  static readonly supplierFlowVersion = VERSION;
  static override styles = [tokens, baseStyles];

  /** BCP 47 locale of this element; overrides `lang`, `configure({ locale })` and `<html lang>`. */
  @property({ reflect: true }) locale?: string;

  /**
   * The level of this element's title heading (2–6; default 2, under the host page's h1); its sections' headings
   * are one level below. A composite element passes the right level down to the elements it renders, and the
   * headings' sizes follow the level, so a nested element's title never outshouts its container's.
   */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Colour theme: `light`, `dark`, or `auto` (follows the system); default from `configure({ theme })`. */
  @property({ reflect: true }) theme?: ThemeName;

  protected readonly api = new ApiController(this);
  protected readonly themeController = new ThemeController(this);
  protected readonly lazyTags = new LazyTagsController(this);

  /**
   * The first render waits (at most 2 s) for the translations its controller
   * started loading on connect, so a German page never flashes English.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && translationsInFlight()) {
      await Promise.race([translationsSettled(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    }
    super.scheduleUpdate();
  }

  /** Also waits for translations being loaded, so `await el.updateComplete` sees the element in its language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (translationsInFlight()) {
      await translationsSettled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
