/** The "Answer per line" form: per position its facts, a radio group of answers, and only the fields that answer needs. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addDays } from '../../domain/dates.js';
import { canReduceQuantity, MAX_LINE_NOTE, type LineField } from '../../domain/line-acknowledgement.js';
import {
  DECLINE_REASONS,
  LINE_ANSWER_KINDS,
  type CalendarDate,
  type Order,
  type Position,
} from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { fieldStatus, renderInput, renderSelect, NO_STATE, type FieldState } from '../shared/field.js';
import type { LongList } from '../shared/long-list.js';
import { answerCounts, lineOf, type LineDraft, type LineErrors, type LinesDraft } from './line-answers-draft.js';
import type { ProductionConfirmationMessages } from './production-confirmation.messages.js';

type I18n = LocalizeController<ProductionConfirmationMessages>;

export interface LineAnswersFormOptions {
  readonly order: Order;
  readonly draft: LinesDraft;
  readonly errors: LineErrors;
  readonly today: CalendarDate;
  readonly sending: boolean;
  /** The page of lines shown (an order may have 10,000); the summary and the checks cover every line. */
  readonly list: LongList<Position>;
  readonly onChange: (positionId: string, change: Partial<LineDraft>) => void;
  readonly onSend: () => void;
  readonly onClose: () => void;
}

const KNOWN_ERRORS = new Set([
  'kind.required',
  'kind.unknown',
  'quantity.required',
  'quantity.not-whole',
  'quantity.too-small',
  'quantity.not-smaller',
  'date.required',
  'date.invalid',
  'date.not-after-today',
  'reason.required',
  'reason.unknown',
  'note.required',
  'note.too-long',
]);

/** A field's state from its error code, in words. */
function stateOf(
  field: LineField,
  code: string | undefined,
  position: Position,
  today: CalendarDate,
  i18n: I18n,
): FieldState {
  if (!code) return NO_STATE;
  const key = `${field}.${code}`;
  if (!KNOWN_ERRORS.has(key)) return { kind: 'error', message: i18n.t('error.refused', { code }) };
  const params = { ordered: i18n.number(position.quantity), today: i18n.date(today), max: MAX_LINE_NOTE };
  return { kind: 'error', message: i18n.t(`error.${key}` as keyof ProductionConfirmationMessages & string, params) };
}

function renderLine(options: LineAnswersFormOptions, position: Position, index: number, i18n: I18n): TemplateResult {
  const { order, today } = options;
  const line = lineOf(options.draft, position.id);
  const errors = options.errors[position.id] ?? {};
  const id = `line-${index}`;
  const change = (update: Partial<LineDraft>) => options.onChange(position.id, update);
  const kindState = stateOf('kind', errors.kind, position, today, i18n);
  const kinds = LINE_ANSWER_KINDS.filter(
    (kind) => kind !== 'accept-quantity' || canReduceQuantity(position) || line.kind === kind,
  );
  return html`<li part="line">
    <fieldset class="line" aria-describedby="${id}-facts">
      <legend>
        ${i18n.t('lineLegend', { lineNo: position.lineNo, part: position.partName, partNumber: position.partNumber })}
      </legend>
      <p id="${id}-facts" class="muted">
        ${i18n.t('lineFacts', { quantity: i18n.number(position.quantity), date: i18n.date(order.leadTime) })}
      </p>
      <div
        class="choices"
        role="radiogroup"
        aria-label=${i18n.t('answerLabel')}
        aria-describedby="${id}-kind-status"
        aria-invalid=${kindState.kind === 'error' ? 'true' : 'false'}
      >
        ${kinds.map(
          (kind) =>
            html`<label class="choice">
              <input
                type="radio"
                name="${id}-kind"
                value=${kind}
                .checked=${live(line.kind === kind)}
                ?disabled=${options.sending}
                @change=${() => change({ kind })}
              />
              ${i18n.t(`kind.${kind}`)}
            </label>`,
        )}
      </div>
      ${fieldStatus(`${id}-kind`, kindState, i18n)}
      ${
        line.kind === 'accept-quantity'
          ? renderInput(
              {
                id: `${id}-quantity`,
                label: i18n.t('quantityLabel'),
                hint: i18n.t('quantityHint', { max: i18n.number(position.quantity - 1) }),
                type: 'number',
                inputmode: 'numeric',
                min: 1,
                max: position.quantity - 1,
                step: 1,
                required: true,
                value: line.quantity,
                state: stateOf('quantity', errors.quantity, position, today, i18n),
                onInput: (quantity) => change({ quantity }),
              },
              i18n,
            )
          : nothing
      }
      ${
        line.kind === 'propose-date'
          ? renderInput(
              {
                id: `${id}-date`,
                label: i18n.t('dateLabel'),
                hint: i18n.t('dateHint', { today: i18n.date(today) }),
                type: 'date',
                min: addDays(today, 1),
                required: true,
                value: line.date,
                state: stateOf('date', errors.date, position, today, i18n),
                onInput: (date) => change({ date }),
              },
              i18n,
            )
          : nothing
      }
      ${
        line.kind === 'decline'
          ? html`${renderSelect(
              {
                id: `${id}-reason`,
                label: i18n.t('reasonLabel'),
                placeholder: i18n.t('reasonPlaceholder'),
                required: true,
                value: line.reason,
                options: DECLINE_REASONS.map((reason) => ({ value: reason, label: i18n.t(`reason.${reason}`) })),
                state: stateOf('reason', errors.reason, position, today, i18n),
                onChange: (reason) => change({ reason }),
              },
              i18n,
            )}
            ${renderInput(
              {
                id: `${id}-note`,
                label: i18n.t('noteLabel'),
                hint: i18n.t('noteHint'),
                required: line.reason === 'other',
                value: line.note,
                state: stateOf('note', errors.note, position, today, i18n),
                onInput: (note) => change({ note }),
              },
              i18n,
            )}`
          : nothing
      }
    </fieldset>
  </li>`;
}

function renderSummary(options: LineAnswersFormOptions, i18n: I18n): TemplateResult {
  const counts = answerCounts(options.order, options.draft);
  const parts = ([...LINE_ANSWER_KINDS, 'open'] as const).filter((kind) => counts[kind] > 0);
  return html`<section part="lines-summary" class="summary" aria-labelledby="lines-summary-title">
    <h4 id="lines-summary-title">${i18n.t('summaryTitle')}</h4>
    <ul>
      ${parts.map((kind) => html`<li>${i18n.t(`summary.${kind}`, { count: counts[kind] })}</li>`)}
    </ul>
  </section>`;
}

/** The whole form; `errorView` is the sending's error (with "Try again") or nothing. */
export function renderLineAnswersForm(options: LineAnswersFormOptions, i18n: I18n, errorView: unknown): TemplateResult {
  const view = options.list.view(options.order.positions);
  return html`<section part="lines-form" class="lines-form" aria-labelledby="lines-title">
    <h3 id="lines-title" tabindex="-1">${i18n.t('linesTitle', { number: options.order.number })}</h3>
    <p>${i18n.t('linesIntro')}</p>
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        options.onSend();
      }}
    >
      ${options.list.renderFilter(view)}
      <ol class="lines" aria-label=${i18n.t('linesLabel')}>
        ${options.list.renderRows(
          view,
          (position) => position.id,
          (row) => renderLine(options, row.item, row.index, i18n),
        )}
      </ol>
      ${options.list.renderPager(view)} ${renderSummary(options, i18n)} ${errorView}
      <div class="actions">
        <button
          part="send-lines-button button"
          class="button primary"
          type="submit"
          aria-disabled=${options.sending ? 'true' : 'false'}
        >
          ${options.sending ? i18n.t('sending') : i18n.t('send')}
        </button>
        <button part="button" class="button" type="button" @click=${options.onClose}>${i18n.t('close')}</button>
      </div>
    </form>
  </section>`;
}
