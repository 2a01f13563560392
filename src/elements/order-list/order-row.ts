/**
 * One My Orders row: its texts, formatted once per order, locale and day (a virtualizer
 * renders the same rows again and again while scrolling), and its template. The row's
 * events are handled once on the rows container (`data-index`, `data-action`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dateInZone } from '../../domain/dates.js';
import { countdown, type DeadlineState } from '../../domain/deadlines.js';
import { needsSupplierAction, stageOfAction } from '../../domain/next-actions.js';
import type { CalendarDate, OrderSummary, StageKey } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { OrderListMessages } from './order-list.messages.js';

/** What a row shows, as text. */
export interface RowTexts {
  readonly quantity: string;
  readonly value: string;
  readonly leadTime: string;
  /** "in 3 days", "due today", "overdue 2 days"; none once the order is completed. */
  readonly deadline: { readonly state: DeadlineState; readonly text: string } | null;
  readonly stage: string;
  /** The next action in words; empty when the order is completed (nothing more to do). */
  readonly action: string;
  /** The stage where the supplier does the next action (the action opens it); null when nothing is owed. */
  readonly actionStage: StageKey | null;
  /** What the action button says to a screen reader: the action and the order's number. */
  readonly actionLabel: string;
  readonly selectLabel: string;
  readonly detailsLabel: string;
}

/** Texts every row shares: column labels (shown beside each cell on narrow screens) and the button's. */
export interface RowLabels {
  readonly parts: string;
  readonly quantity: string;
  readonly value: string;
  readonly leadTime: string;
  readonly stage: string;
  readonly nextAction: string;
  readonly orderDetails: string;
  /** Said instead of the next action once an order is completed. */
  readonly noAction: string;
}

/** How a row is shown besides its order. */
export interface RowState {
  readonly active: boolean;
  /** Whether the row can be selected for a bulk "Order Confirmation", and whether it is. */
  readonly selectable: boolean;
  readonly selected: boolean;
}

/** Formats rows' texts and keeps them while the order, the locale (and its translations) and the order's day stay the same. */
export class RowTextCache {
  private readonly formatted = new WeakMap<OrderSummary, { readonly key: string; readonly texts: RowTexts }>();
  private labelsFor: { readonly key: string; readonly labels: RowLabels } | undefined;

  constructor(private readonly i18n: LocalizeController<OrderListMessages>) {}

  /** The shared labels in the current locale. */
  labels(): RowLabels {
    const key = this.i18n.formatKey;
    if (this.labelsFor?.key !== key) {
      const t = (name: keyof OrderListMessages & string) => this.i18n.t(name);
      const labels: RowLabels = {
        parts: t('column.parts'),
        quantity: t('column.quantity'),
        value: t('column.value'),
        leadTime: t('column.leadTime'),
        stage: t('column.stage'),
        nextAction: t('column.nextAction'),
        orderDetails: t('orderDetails'),
        noAction: t('noAction'),
      };
      this.labelsFor = { key, labels };
    }
    return this.labelsFor.labels;
  }

  /** The texts of `item`'s row at `now`. */
  texts(item: OrderSummary, now: number): RowTexts {
    const today = dateInZone(now, item.timeZone);
    const key = `${this.i18n.formatKey}|${today}`;
    const cached = this.formatted.get(item);
    if (cached?.key === key) return cached.texts;
    const texts = this.format(item, today);
    this.formatted.set(item, { key, texts });
    return texts;
  }

  private format(item: OrderSummary, today: CalendarDate): RowTexts {
    const i18n = this.i18n;
    const lead = countdown(item.leadTime, today);
    return {
      quantity: i18n.t('pieces', { count: item.totalQuantity }),
      value: i18n.money(item.value.amountMinor, item.value.currency),
      leadTime: i18n.date(item.leadTime),
      deadline:
        item.stage === 'completed'
          ? null
          : { state: lead.state, text: i18n.shared(`deadline.${lead.state}`, { count: Math.abs(lead.days) }) },
      stage: i18n.shared(`stage.${item.stage}`),
      action: item.nextAction === 'completed' ? '' : i18n.shared(`action.${item.nextAction}`),
      actionStage: needsSupplierAction(item.nextAction) ? stageOfAction(item.nextAction) : null,
      actionLabel: i18n.t('actionLabel', { action: i18n.shared(`action.${item.nextAction}`), number: item.number }),
      selectLabel: i18n.t('selectForConfirmation', { number: item.number }),
      detailsLabel: `${i18n.t('orderDetails')} ${item.number}`,
    };
  }
}

/**
 * The row of `item` at `index` (0-based; the header is row 1 of the grid). Its cells carry the classes the
 * shared grid template places (`order-list.styles.ts`): a table row, a two-line compact row or a card,
 * by the element's own width.
 */
export function orderRow(
  item: OrderSummary,
  index: number,
  texts: RowTexts,
  labels: RowLabels,
  state: RowState,
): TemplateResult {
  return html`<div
    role="row"
    part="row"
    class="row"
    data-index=${index}
    aria-rowindex=${index + 2}
    tabindex=${state.active ? 0 : -1}
  >
    <span role="gridcell" part="cell" class="cell number"
      >${
        state.selectable
          ? html`<input
              type="checkbox"
              part="select"
              tabindex="-1"
              data-action="select"
              .checked=${state.selected}
              aria-label=${texts.selectLabel}
            />`
          : html`<span class="select"></span>`
      }${item.number}</span
    >
    <span role="gridcell" part="cell" class="cell parts">${item.partsSummary}</span>
    <span role="gridcell" part="cell" class="cell quantity num" data-label=${labels.quantity}>${texts.quantity}</span>
    <span role="gridcell" part="cell" class="cell value num" data-label=${labels.value}>${texts.value}</span>
    <span role="gridcell" part="cell" class="cell lead" data-label=${labels.leadTime}
      >${texts.leadTime}${texts.deadline ? html` <span class="phrase ${texts.deadline.state}">${texts.deadline.text}</span>` : nothing}</span
    >
    <span role="gridcell" part="cell status" class="cell stage" data-label=${labels.stage}>${texts.stage}</span>
    <span
      role="gridcell"
      part="cell status"
      class="cell action ${texts.action ? '' : 'none'}"
      data-label=${labels.nextAction}
      >${
        texts.actionStage
          ? html`<button
              type="button"
              part="action-button"
              class="action-link"
              tabindex="-1"
              data-action="stage"
              data-stage=${texts.actionStage}
              aria-label=${texts.actionLabel}
            >
              ${texts.action}<span aria-hidden="true">&nbsp;→</span>
            </button>`
          : texts.action
            ? texts.action
            : html`<span aria-hidden="true">—</span><span class="visually-hidden">${labels.noAction}</span>`
      }</span
    >
    <span role="gridcell" part="cell" class="cell details">
      <button
        type="button"
        part="order-button button"
        class="button small"
        tabindex="-1"
        data-action="open"
        aria-label=${texts.detailsLabel}
      >
        ${labels.orderDetails}
      </button>
    </span>
  </div>`;
}
