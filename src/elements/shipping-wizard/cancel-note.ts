/** After Cancel: the entries are kept as a draft, said aloud, with "Discard draft" and "Continue editing". */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderIcon } from '../shared/icon.js';
import { infoIcon } from '../shared/icons/info.js';
import { xIcon } from '../shared/icons/x.js';
import { STEP_HEADING } from './step-navigation.js';
import type { WizardContext } from './wizard-context.js';

export class CancelNote {
  private note: 'kept' | 'discarded' | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wizard: WizardContext,
    /** Deletes the stored draft; the wizard starts a fresh one. */
    private readonly discard: () => void,
  ) {}

  /** Whether the note shows (in place of the steps). */
  get shown(): boolean {
    return this.note !== null;
  }

  /** Cancel: the entries are kept; the note is focused and said. */
  show(): void {
    this.set('kept');
  }

  /** Another order: no note. */
  reset(): void {
    this.note = null;
  }

  private set(note: 'kept' | 'discarded' | null): void {
    this.note = note;
    this.wizard.announce(note === null ? '' : this.wizard.i18n.t(`cancelled.${note}`));
    this.wizard.navigation.focusAfterRender(note === null ? STEP_HEADING : '#cancelled-note');
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const i18n = this.wizard.i18n;
    const discarded = this.note === 'discarded';
    const discard = () => {
      this.discard();
      this.set('discarded');
    };
    return html`<div class="notice info" part="cancelled">
      ${renderIcon(discarded ? xIcon : infoIcon)}
      <div class="notice-body">
        <p id="cancelled-note" tabindex="-1">${i18n.t(discarded ? 'cancelled.discarded' : 'cancelled.kept')}</p>
        <p class="cancelled-actions">
          ${
            discarded
              ? nothing
              : html`<button type="button" class="button" part="button discard-draft-button" @click=${discard}>
                  ${i18n.t('cancelled.discard')}
                </button>`
          }
          <button type="button" class="button" part="button resume-button" @click=${() => this.set(null)}>
            ${i18n.t(discarded ? 'cancelled.startAgain' : 'cancelled.resume')}
          </button>
        </p>
      </div>
    </div>`;
  }
}
