import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { getSettings, onSettingsChange } from '../../settings/settings.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { OrderListMessages } from './order-list.messages.js';
import {
  deleteView,
  loadViews,
  MAX_VIEW_NAME,
  sameView,
  saveView,
  type ListView,
  type SavedView,
} from './saved-views.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface SavedViewsOptions {
  readonly i18n: LocalizeController<OrderListMessages>;
  /** The list's search, filters and sort now. */
  readonly current: () => ListView;
  /** Shows a saved view's orders. */
  readonly apply: (view: SavedView) => void;
  /** `configure()`'s settings (the signed-in user), passed in so this chunk shares the host's copy. */
  readonly settings: { readonly get: typeof getSettings; readonly onChange: typeof onSettingsChange };
}

/**
 * Saved views of `<order-list>`: filters and sort under a name, kept in the
 * browser per user (`configure({ userId })`); choose one to show it again,
 * save the current view, delete the one shown.
 */
export class SavedViewsController implements ReactiveController {
  private readonly host: Host;
  private readonly options: SavedViewsOptions;
  private views: SavedView[] = [];
  private naming = false;
  private announcement = '';
  private stopSettings: (() => void) | undefined;

  constructor(host: Host, options: SavedViewsOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const { get, onChange } = this.options.settings;
    this.views = loadViews(get().userId);
    let userId = get().userId;
    this.stopSettings = onChange((settings) => {
      if (settings.userId === userId) return;
      userId = settings.userId;
      this.views = loadViews(userId);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopSettings?.();
  }

  render(): TemplateResult {
    const i18n = this.options.i18n;
    const shown = this.views.find((view) => sameView(view, this.options.current()));
    return html`<div part="views" class="toolbar views">
      <label
        >${i18n.t('savedViews')}
        <select @change=${this.handleChoose}>
          <option value="" ?selected=${!shown}>${i18n.t(this.views.length ? 'chooseView' : 'noSavedViews')}</option>
          ${this.views.map((view) => html`<option value=${view.name} ?selected=${view === shown}>${view.name}</option>`)}
        </select></label
      >
      ${
        this.naming
          ? html`<form class="view-name" @submit=${this.handleSave}>
              <label
                >${i18n.t('viewName')}
                <input
                  name="name"
                  required
                  maxlength=${MAX_VIEW_NAME}
                  autocomplete="off"
                  @keydown=${this.handleNameKeydown}
                />
              </label>
              <button part="button" class="button primary" type="submit">${i18n.t('saveView')}</button>
              <button part="button" class="button" type="button" @click=${this.closeNaming}>${i18n.t('cancel')}</button>
            </form>`
          : html`<button part="button" class="button" type="button" @click=${this.openNaming}>
              ${i18n.t('saveViewAs')}
            </button>`
      }
      ${
        shown
          ? html`<button
              part="button"
              class="button"
              type="button"
              @click=${() => this.remove(shown.name)}
              aria-label=${i18n.t('deleteViewNamed', { name: shown.name })}
            >
              ${i18n.t('deleteView')}
            </button>`
          : nothing
      }
      <span class="visually-hidden" role="status">${this.announcement}</span>
    </div>`;
  }

  private readonly handleChoose = (event: Event): void => {
    const view = this.views.find((candidate) => candidate.name === (event.target as HTMLSelectElement).value);
    if (view) this.options.apply(view);
  };

  private readonly openNaming = async (): Promise<void> => {
    this.naming = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('.view-name input')?.focus();
  };

  private readonly closeNaming = (): void => {
    this.naming = false;
    this.host.requestUpdate();
  };

  private readonly handleNameKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.closeNaming();
  };

  private readonly handleSave = (event: SubmitEvent): void => {
    event.preventDefault();
    const name = String(new FormData(event.target as HTMLFormElement).get('name') ?? '').trim();
    if (!name) return;
    const replaced = this.views.some((view) => view.name.toLowerCase() === name.toLowerCase());
    this.views = saveView(this.options.settings.get().userId, { name, ...this.options.current() });
    this.naming = false;
    this.announcement = this.options.i18n.t(replaced ? 'viewReplaced' : 'viewSaved', { name });
    this.host.requestUpdate();
  };

  private remove(name: string): void {
    this.views = deleteView(this.options.settings.get().userId, name);
    this.announcement = this.options.i18n.t('viewDeleted', { name });
    this.host.requestUpdate();
  }
}
