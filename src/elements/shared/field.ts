import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../../i18n/message-catalog.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderIcon } from './icon.js';
import { checkIcon } from './icons/check.js';
import { warningIcon } from './icons/warning.js';
import { xIcon } from './icons/x.js';

/** What a field shows about its value: nothing yet, valid (green mark + text), an error, or a warning. */
export type FieldState =
  | { readonly kind: 'none' }
  | { readonly kind: 'valid' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'warning'; readonly message: string };

export const NO_STATE: FieldState = { kind: 'none' };

interface CommonOptions {
  readonly id: string;
  readonly label: string;
  readonly state?: FieldState;
  readonly hint?: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
}

export interface InputOptions extends CommonOptions {
  readonly value: string;
  readonly type?: 'text' | 'number' | 'date' | 'email' | 'tel';
  readonly inputmode?: 'text' | 'numeric' | 'decimal';
  readonly min?: string | number;
  readonly max?: string | number;
  readonly step?: string | number;
  readonly autocomplete?: string;
  readonly placeholder?: string;
  readonly onInput: (value: string) => void;
  readonly onBlur?: () => void;
}

export interface SelectOptions extends CommonOptions {
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** Label of the empty first choice, e.g. "Choose…". */
  readonly placeholder?: string;
  readonly onChange: (value: string) => void;
}

export interface CheckboxOptions extends Omit<CommonOptions, 'hint'> {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

function describedBy(options: CommonOptions): string | undefined {
  const ids = [options.hint ? `${options.id}-hint` : '', `${options.id}-status`].filter(Boolean);
  return ids.join(' ') || undefined;
}

/** The status line under a field: a mark and words, never colour alone. */
export function fieldStatus(id: string, state: FieldState, i18n: LocalizeController<Messages>): TemplateResult {
  switch (state.kind) {
    case 'valid':
      return html`<p id="${id}-status" class="field-status valid" part="field-status">
        ${renderIcon(checkIcon)}<span class="visually-hidden">${i18n.shared('fieldValid')}</span>
      </p>`;
    case 'error':
      return html`<p id="${id}-status" class="field-status error" part="field-status field-error">
        ${renderIcon(xIcon)} ${state.message}
      </p>`;
    case 'warning':
      return html`<p id="${id}-status" class="field-status warning" part="field-status field-warning">
        ${renderIcon(warningIcon)} ${state.message}
      </p>`;
    default:
      return html`<p id="${id}-status" class="field-status" part="field-status"></p>`;
  }
}

function labelFor(options: CommonOptions, i18n: LocalizeController<Messages>): TemplateResult {
  return html`<label for=${options.id} part="field-label"
    >${options.label}${
      options.required === false ? html` <span class="muted">(${i18n.shared('optional')})</span>` : nothing
    }</label
  >`;
}

/** A labelled input with its hint and validity line; `aria-invalid` and `aria-describedby` wired. */
export function renderInput(options: InputOptions, i18n: LocalizeController<Messages>): TemplateResult {
  const state = options.state ?? NO_STATE;
  return html`<div class="field" part="field" data-state=${state.kind}>
    ${labelFor(options, i18n)}
    ${options.hint ? html`<p id="${options.id}-hint" class="field-hint muted">${options.hint}</p>` : nothing}
    <input
      id=${options.id}
      part="input"
      type=${options.type ?? 'text'}
      inputmode=${ifDefined(options.inputmode)}
      min=${ifDefined(options.min)}
      max=${ifDefined(options.max)}
      step=${ifDefined(options.step)}
      .value=${live(options.value)}
      autocomplete=${ifDefined(options.autocomplete)}
      placeholder=${ifDefined(options.placeholder)}
      ?required=${options.required === true}
      ?disabled=${options.disabled === true}
      aria-invalid=${state.kind === 'error' ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      @blur=${() => options.onBlur?.()}
    />
    ${fieldStatus(options.id, state, i18n)}
  </div>`;
}

/** A labelled native select. */
export function renderSelect(options: SelectOptions, i18n: LocalizeController<Messages>): TemplateResult {
  const state = options.state ?? NO_STATE;
  return html`<div class="field" part="field" data-state=${state.kind}>
    ${labelFor(options, i18n)}
    ${options.hint ? html`<p id="${options.id}-hint" class="field-hint muted">${options.hint}</p>` : nothing}
    <select
      id=${options.id}
      part="select"
      ?required=${options.required === true}
      ?disabled=${options.disabled === true}
      aria-invalid=${state.kind === 'error' ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.placeholder !== undefined ? html`<option value="" ?selected=${options.value === ''}>${options.placeholder}</option>` : nothing}
      ${options.options.map((option) => html`<option value=${option.value} ?selected=${option.value === options.value}>${option.label}</option>`)}
    </select>
    ${fieldStatus(options.id, state, i18n)}
  </div>`;
}

/** A labelled checkbox (e.g. "I accept the terms"). */
export function renderCheckbox(options: CheckboxOptions, i18n: LocalizeController<Messages>): TemplateResult {
  const state = options.state ?? NO_STATE;
  return html`<div class="field checkbox" part="field" data-state=${state.kind}>
    <input
      id=${options.id}
      part="checkbox"
      type="checkbox"
      .checked=${live(options.checked)}
      ?disabled=${options.disabled === true}
      aria-invalid=${state.kind === 'error' ? 'true' : 'false'}
      aria-describedby="${options.id}-status"
      @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${options.id} part="field-label">${options.label}</label>
    ${fieldStatus(options.id, state, i18n)}
  </div>`;
}
