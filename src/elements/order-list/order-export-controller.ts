import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isAbortError } from '../../api/errors.js';
import type { OrderQuery, SupplierApi } from '../../api/port.js';
import type { CsvCell } from '../../domain/csv-cell.js';
import { toMajor } from '../../domain/money.js';
import type { OrderSummary } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { errorView } from '../shared/task-view.js';
import type { OrderListMessages } from './order-list.messages.js';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly loaded: number; readonly total: number; readonly controller: AbortController }
  | { readonly kind: 'done'; readonly url: string; readonly fileName: string; readonly count: number }
  | { readonly kind: 'failed'; readonly error: unknown };

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface OrderExportOptions {
  readonly i18n: LocalizeController<OrderListMessages>;
  /** The adapter, checked (its answers parsed by the schemas). */
  readonly api: () => Pick<SupplierApi, 'listOrders'>;
  /** The list's current search, filters and sort. */
  readonly query: () => Omit<OrderQuery, 'cursor' | 'limit'>;
}

/**
 * "Export CSV" of `<order-list>`: every order of the current view (not only the
 * rows on screen), fetched page by page with progress and cancel (paced, and
 * stopped with an error naming `nextCursor` when the adapter's cursor repeats or
 * never ends), written with localised headers, no cell a spreadsheet would run as
 * a formula, offered as a blob: download. A failure keeps the filters and offers
 * "Try again".
 */
export class OrderExportController implements ReactiveController {
  private readonly host: Host;
  private readonly options: OrderExportOptions;
  private state: ExportState = { kind: 'idle' };

  constructor(host: Host, options: OrderExportOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  private get i18n(): LocalizeController<OrderListMessages> {
    return this.options.i18n;
  }

  hostDisconnected(): void {
    if (this.state.kind === 'running') this.state.controller.abort();
    this.reset();
  }

  /** Starts an export of the current view; a running one is replaced. */
  async start(): Promise<void> {
    if (this.state.kind === 'running') this.state.controller.abort();
    this.reset();
    const controller = new AbortController();
    this.set({ kind: 'running', loaded: 0, total: 0, controller });
    try {
      // The export's code (and papaparse) is fetched on the first export, not with the list.
      const { fetchAllOrders, toCsv } = await import('./order-export.js');
      const orders = await fetchAllOrders(this.options.api(), this.options.query(), {
        signal: controller.signal,
        onProgress: (loaded, total) => {
          if (!controller.signal.aborted) this.set({ kind: 'running', loaded, total, controller });
        },
      });
      const csv = await toCsv([this.headers(), ...orders.map((order) => this.row(order))], {
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
      const fileName = `orders-${new Date().toISOString().slice(0, 10)}.csv`;
      this.set({ kind: 'done', url, fileName, count: orders.length });
      await this.host.updateComplete;
      const link = this.host.renderRoot.querySelector<HTMLAnchorElement>('[part~="export-link"]');
      link?.focus();
      link?.click();
    } catch (error) {
      if (!controller.signal.aborted && !isAbortError(error)) this.set({ kind: 'failed', error });
    }
  }

  /** Stops a running export; nothing is downloaded. */
  cancel(): void {
    if (this.state.kind !== 'running') return;
    this.state.controller.abort();
    this.set({ kind: 'idle' });
  }

  get running(): boolean {
    return this.state.kind === 'running';
  }

  render(): TemplateResult | typeof nothing {
    const i18n = this.i18n;
    const state = this.state;
    switch (state.kind) {
      case 'idle':
        return nothing;
      case 'running':
        return html`<div part="export" class="export" role="status">
          <span>${i18n.t('exporting', { loaded: i18n.number(state.loaded), total: i18n.number(state.total) })}</span>
          <progress max=${Math.max(state.total, 1)} .value=${state.loaded} aria-label=${i18n.t('exportCsv')}></progress>
          <button type="button" part="button" class="button" @click=${() => this.cancel()}>
            ${i18n.t('cancelExport')}
          </button>
        </div>`;
      case 'done':
        return html`<div part="export" class="export" role="status">
          <span>${i18n.t('exportReady', { count: state.count })}</span>
          <a part="export-link" href=${state.url} download=${state.fileName}
            >${i18n.t('exportDownload', { fileName: state.fileName })}</a
          >
        </div>`;
      case 'failed':
        return html`<div part="export" class="export">${errorView(state.error, i18n, () => void this.start())}</div>`;
    }
  }

  private headers(): string[] {
    const t = (key: Parameters<LocalizeController<OrderListMessages>['t']>[0]) => this.i18n.t(key);
    return [
      t('column.number'),
      t('column.created'),
      t('column.leadTime'),
      t('column.parts'),
      t('column.quantity'),
      t('column.value'),
      t('column.currency'),
      t('column.stage'),
      t('column.nextAction'),
    ];
  }

  /** One order as a spreadsheet reads it best: ISO dates, plain numbers (a negative value stays a number), words for stage and action. */
  private row(order: OrderSummary): CsvCell[] {
    return [
      order.number,
      order.createdAt.slice(0, 10),
      order.leadTime,
      order.partsSummary,
      order.totalQuantity,
      toMajor(order.value),
      order.value.currency,
      this.i18n.shared(`stage.${order.stage}`),
      this.i18n.shared(`action.${order.nextAction}`),
    ];
  }

  private set(state: ExportState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private reset(): void {
    if (this.state.kind === 'done') URL.revokeObjectURL(this.state.url);
    this.state = { kind: 'idle' };
  }
}
