import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ThemeName } from '../../settings/settings.js';
import { translationsInFlight, translationsSettled } from '../../i18n/catalog.js';
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
 */
export class SupplierElement extends LitElement {
  static readonly supplierFlowVersion = VERSION;
  static override styles = [tokens, baseStyles];

  /** BCP 47 locale of this element; overrides `lang`, `configure({ locale })` and `<html lang>`. */
  @property({ reflect: true }) locale?: string;

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
