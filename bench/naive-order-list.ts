/**
 * The baseline the benchmark compares `<order-list>` with: what a straightforward list would do. It gets every
 * order summary up front as a plain array, filters it with Array.filter + String.includes and sorts it with
 * Array.sort on every change, and renders every matching row as plain DOM (no virtualization, no index).
 * Columns: number, parts, quantity, value, lead time with its phrase, and stage (`<order-list>` also shows the next
 * action and an "Order Details" button per row). Search looks at the order number and the parts summary (the summary
 * is all the client has; `<order-list>`'s adapter also searches part numbers).
 */
import { css, html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { OrderSort, SortDirection } from '../src/api/port.js';
import { calendarDateIn } from '../src/domain/dates.js';
import { countdown } from '../src/domain/deadlines.js';
import { needsSupplierAction } from '../src/domain/stages.js';
import type { CurrentStage, OrderSummary } from '../src/domain/types.js';

const STAGE_NAMES: Readonly<Record<CurrentStage, string>> = {
  production: 'Production',
  quality: 'Quality control',
  shipping: 'Shipping',
  invoice: 'Invoice',
  completed: 'Completed',
};

const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format;
}

const fractionDigits = new Map<string, number>();
function digits(currency: string): number {
  let count = fractionDigits.get(currency);
  if (count === undefined) {
    count = moneyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigits.set(currency, count);
  }
  return count;
}
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const formatDate = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));

const SORT_KEYS: Readonly<Record<OrderSort, (order: OrderSummary) => string | number>> = {
  'lead-time': (order) => order.leadTime,
  created: (order) => order.createdAt,
  value: (order) => order.value.amountMinor / 10 ** digits(order.value.currency),
};

function phrase(order: OrderSummary, today: string): string {
  const lead = countdown(order.leadTime, today);
  if (lead.state === 'due-today') return 'due today';
  return lead.state === 'overdue' ? `overdue ${Math.abs(lead.days)} days` : `in ${lead.days} days`;
}

export class NaiveOrderList extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        14px/1.4 system-ui,
        sans-serif;
    }
    .rows {
      block-size: 32rem;
      overflow: auto;
    }
    .row {
      display: grid;
      grid-template-columns: 7rem 1fr 6rem 8rem 12rem 8rem;
      gap: 0.5rem;
      padding: 0.5rem;
      border-block-end: 1px solid #ddd;
    }
  `;

  /** Every order, as the host fetched them. */
  @property({ attribute: false }) orders: readonly OrderSummary[] = [];
  @property({ reflect: true }) search = '';
  @property({ reflect: true }) stage: CurrentStage | '' = '';
  @property({ type: Boolean, reflect: true, attribute: 'needs-action' }) needsAction = false;
  @property({ type: Boolean, reflect: true }) overdue = false;
  @property({ reflect: true }) sort: OrderSort = 'lead-time';
  @property({ reflect: true }) direction: SortDirection = 'asc';

  private visibleOrders(todayIn: (timeZone: string) => string): OrderSummary[] {
    const needle = this.search.trim().toLowerCase();
    const key = SORT_KEYS[this.sort];
    const sign = this.direction === 'asc' ? 1 : -1;
    return this.orders
      .filter(
        (order) =>
          (!needle ||
            order.number.toLowerCase().includes(needle) ||
            order.partsSummary.toLowerCase().includes(needle)) &&
          (!this.stage || order.stage === this.stage) &&
          (!this.needsAction || needsSupplierAction(order.nextAction)) &&
          (!this.overdue || (order.stage !== 'completed' && order.leadTime < todayIn(order.timeZone))),
      )
      .sort((a, b) => {
        const keyA = key(a);
        const keyB = key(b);
        const byKey = keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
        return sign * (byKey || (a.id < b.id ? -1 : 1));
      });
  }

  private readonly onSearchInput = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
  };

  override render(): TemplateResult {
    const todays = new Map<string, string>();
    const todayIn = (timeZone: string) => {
      let today = todays.get(timeZone);
      if (today === undefined) {
        today = calendarDateIn(Date.now(), timeZone);
        todays.set(timeZone, today);
      }
      return today;
    };
    const orders = this.visibleOrders(todayIn);
    return html`<input type="search" aria-label="Search" .value=${this.search} @input=${this.onSearchInput} />
      <p part="summary">${orders.length} orders</p>
      <div class="rows" role="grid">
        ${orders.map(
          (order, index) =>
            html`<div role="row" part="row" class="row" data-index=${index}>
              <span class="cell number">${order.number}</span>
              <span class="cell">${order.partsSummary}</span>
              <span class="cell">${order.totalQuantity} pcs</span>
              <span class="cell"
                >${moneyFormat(order.value.currency).format(order.value.amountMinor / 10 ** digits(order.value.currency))}</span
              >
              <span class="cell"
                >${formatDate(order.leadTime)}
                ${order.stage === 'completed' ? '' : phrase(order, todayIn(order.timeZone))}</span
              >
              <span class="cell">${STAGE_NAMES[order.stage]}</span>
            </div>`,
        )}
      </div>`;
  }
}

/** Registers `<naive-order-list>` (a call, not an import side effect: package.json marks only src/ as having side effects). */
export function defineNaiveOrderList(): void {
  if (!customElements.get('naive-order-list')) customElements.define('naive-order-list', NaiveOrderList);
}

declare global {
  interface HTMLElementTagNameMap {
    'naive-order-list': NaiveOrderList;
  }
}
