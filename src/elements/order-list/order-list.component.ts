import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CursorWalk } from '../../api/cursor-walk.js';
import { isAbortError } from '../../api/errors.js';
import { getSettings, onSettingsChange } from '../../settings/settings.js';
import type { OrderPage, OrderQuery, OrderSort, SortDirection } from '../../api/port.js';
import type { CurrentStage, OrderSummary, StageKey } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { booleanAttribute } from '../shared/boolean-attribute.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { errorView, renderTask, skeleton } from '../shared/task-view.js';
import type { BulkConfirmController } from './bulk-confirm-controller.js';
import type { OrderExportController } from './order-export-controller.js';
import { OrderSelectEvent } from './order-list.events.js';
import { orderListMessages } from './order-list.messages.js';
import { orderListStyles } from './order-list.styles.js';
import { orderRow, RowTextCache } from './order-row.js';
import { RowsLayout } from './rows-layout.js';
import type { SavedViewsController } from './saved-views-controller.js';
import type { ListView } from './saved-views.js';
import { renderIcon } from '../shared/icon.js';
import { arrowDownIcon } from '../shared/icons/arrow-down.js';
import { arrowUpIcon } from '../shared/icons/arrow-up.js';
import { chevronIcon } from '../shared/icons/chevron.js';

const PAGE_SIZE = 100;
/** Load the next page when the last rendered row is this close to the end. */
const PREFETCH_ROWS = 30;
const SEARCH_DEBOUNCE_MS = 250;
/** Orders a bulk "Order Confirmation" can take: those that owe their confirmation. */
const owesConfirmation = (order: OrderSummary) => order.nextAction === 'confirm-order';
const STAGES: readonly CurrentStage[] = ['production', 'quality', 'shipping', 'invoice', 'completed'];
const SORTS: readonly OrderSort[] = ['lead-time', 'created', 'value'];

type QueryKey = readonly [string, string, boolean, boolean, OrderSort, SortDirection, number];

/**
 * My Orders: every order the supplier has taken, with its value, lead time, stage
 * and the next action owed. Search, filters and sort reflect to attributes so a
 * host can deep-link them; pages come from the adapter's cursor and rows are
 * virtualized, so 100,000 orders keep the DOM small.
 *
 * @summary The supplier's order list ("My Orders") with search, filters, sort and virtual scrolling.
 *
 * @fires {OrderSelectEvent} order-select - Detail `{ orderId, stage }`: "Order Details" was chosen on a row (click, or Enter on a focused row; `stage` null), or the row's next action ("Confirm order", "Add shipping"…; `stage` is where it is done).
 * @fires {OrdersConfirmedEvent} orders-confirmed - Detail `{ confirmed, failed }` (order ids): a bulk "Order Confirmation" finished.
 *
 * @csspart toolbar - The search, filter and sort controls.
 * @csspart search - The search field.
 * @csspart filters-toggle - "Filters and sort": shows or hides the filters, sort, saved views and export on a narrow element.
 * @csspart filter - The stage select and the "needs action" / "overdue" toggles.
 * @csspart sort - The sort select and the direction button.
 * @csspart views - Saved views: choose, save the current view, delete.
 * @csspart export-button - "Export CSV": every order of the current view.
 * @csspart export - The export's progress, its download link, or its error.
 * @csspart export-link - The link to the exported CSV file.
 * @csspart select - The checkbox that selects an order owing its confirmation (Space on a focused row toggles it).
 * @csspart bulk - The selection bar and the per-order results of a bulk "Order Confirmation".
 * @csspart bulk-confirm-button - "Order Confirmation (N)" for the selected orders.
 * @csspart bulk-dialog - The confirm dialog of a bulk confirmation.
 * @csspart bulk-results - The result of each order of a bulk confirmation.
 * @csspart summary - The result count line.
 * @csspart grid - The grid of orders.
 * @csspart header - The column header row.
 * @csspart row - One order row.
 * @csspart cell - One cell of a row.
 * @csspart order-button - The "Order Details" button of a row.
 * @csspart action-button - A row's next action owed by the supplier ("Confirm order", "Add shipping"…): opens the order at that stage.
 * @csspart status - The stage and next action of a row.
 * @csspart empty - The "no orders yet" / "no order matches" state.
 * @csspart error - An error with "Try again".
 * @csspart button - Every button.
 *
 * @cssprop --sf-order-list-height - Height of the scrolling rows area (default `32rem`).
 * @cssprop --sf-color-accent - Accent for links, active filters and the owed action.
 * @cssprop --sf-color-danger - "overdue" phrases.
 */
export class OrderList extends SupplierElement {
  static override styles = [...SupplierElement.styles, orderListStyles];

  /** Text searched in order numbers and part names. */
  @property({ reflect: true }) search = '';

  /** Only orders at this stage (`production`, `quality`, `shipping`, `invoice`, `completed`); empty for all. */
  @property({ reflect: true }) stage: CurrentStage | '' = '';

  /** Only orders where the supplier owes an action (the attribute `needs-action="false"` is false). */
  @property({ type: Boolean, converter: booleanAttribute, reflect: true, attribute: 'needs-action' }) needsAction =
    false;

  /** Only orders past their lead time and not completed (the attribute `overdue="false"` is false). */
  @property({ type: Boolean, converter: booleanAttribute, reflect: true }) overdue = false;

  /**
   * Sort key: `lead-time` (the default: orders owing the supplier's action first, then those waiting for the
   * platform, completed orders last; each group by lead time), `created` or `value`.
   */
  @property({ reflect: true }) sort: OrderSort = 'lead-time';

  /** Sort direction: `asc` or `desc`. */
  @property({ reflect: true }) direction: SortDirection = 'asc';

  /** The current time, for lead-time phrases; defaults to now (tests and stories set it). */
  @property({ attribute: false }) now?: Date;

  @state() private searchDraft = '';
  @state() private more: readonly OrderSummary[] = [];
  @state() private loadingMore = false;
  @state() private moreError: unknown = null;
  @state() private activeIndex = 0;
  /** The filters, sort, saved views and export are shown on a narrow element (always shown on a wide one). */
  @state() private filtersOpen = false;

  @query('.rows') private readonly rowsElement?: VirtualizerHostElement;

  private readonly i18n = new LocalizeController(this, orderListMessages);
  private readonly rowTexts = new RowTextCache(this.i18n);
  /** Saved views: a chunk of their own, loaded right after connecting, so the first rows do not wait for them. */
  private savedViews: SavedViewsController | undefined;
  /** Orders selected for a bulk "Order Confirmation": id → number. */
  private readonly selection = new Map<string, string>();
  /** The bulk confirmation's bar, dialog and results: loaded with the first selection. */
  private bulk: BulkConfirmController | undefined;
  /** "Export CSV": loaded with the first export. */
  private exporter: OrderExportController | undefined;
  /** The cursor of the next page (not rendered: changing it must not cost a render of the rows). */
  private nextCursor: string | null = null;
  /**
   * The pages of the current query so far: a cursor or orders that come round again stop the scrolling with an
   * error. Loaded with the second page (the first load stays small); one per query.
   */
  private walk: CursorWalk | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private moreController: AbortController | undefined;
  private focusRowAfterRender = false;
  /** The loaded rows as one array, the same array until a page arrives (the virtualizer lays rows out again when it changes). */
  private loadedRows:
    | {
        readonly first: readonly OrderSummary[];
        readonly more: readonly OrderSummary[];
        readonly items: readonly OrderSummary[];
      }
    | undefined;

  private readonly pageTask = new Task(this, {
    task: async ([search, stage, needsAction, overdue, sort, direction]: QueryKey, { signal }): Promise<OrderPage> => {
      this.moreController?.abort();
      const page = await this.api.adapter.listOrders(
        this.query(search, stage, needsAction, overdue, sort, direction, null),
        { signal },
      );
      this.walk = undefined;
      // Only what changed: each state change here would render the old rows once more before the new ones.
      if (this.more.length > 0) this.more = [];
      this.moreError = null;
      this.nextCursor = page.nextCursor;
      this.activeIndex = 0;
      return page;
    },
    args: (): QueryKey => [
      this.search.trim(),
      this.stage,
      this.needsAction,
      this.overdue,
      this.sort,
      this.direction,
      this.api.revision,
    ],
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.searchDraft = this.search;
    if (!this.savedViews) void this.loadSavedViews();
  }

  private async loadSavedViews(): Promise<void> {
    const { SavedViewsController } = await import('./saved-views-controller.js');
    this.savedViews ??= new SavedViewsController(this, {
      i18n: this.i18n,
      current: () => ({
        search: this.search.trim(),
        stage: this.stage,
        needsAction: this.needsAction,
        overdue: this.overdue,
        sort: this.sort,
        direction: this.direction,
      }),
      apply: (view) => this.showView(view),
      settings: { get: getSettings, onChange: onSettingsChange },
    });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.moreController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search') && this.search !== this.searchDraft && this.searchTimer === undefined)
      this.searchDraft = this.search;
  }

  protected override updated(): void {
    if (this.focusRowAfterRender) {
      this.focusRowAfterRender = false;
      this.rowElement(this.activeIndex)?.focus();
    }
  }

  /** Reloads the first page with the current search, filters and sort. */
  reload(): Promise<unknown> {
    return this.pageTask.run();
  }

  private query(
    search: string,
    stage: string,
    needsAction: boolean,
    overdue: boolean,
    sort: OrderSort,
    direction: SortDirection,
    cursor: string | null,
  ): OrderQuery {
    return {
      ...(search ? { search } : {}),
      ...(stage ? { stage: stage as CurrentStage } : {}),
      ...(needsAction ? { needsAction } : {}),
      ...(overdue ? { overdue } : {}),
      sort,
      direction,
      cursor,
      limit: PAGE_SIZE,
    };
  }

  private get items(): readonly OrderSummary[] {
    const first = this.pageTask.value?.items ?? [];
    if (this.loadedRows?.first !== first || this.loadedRows.more !== this.more) {
      this.loadedRows = { first, more: this.more, items: this.more.length ? [...first, ...this.more] : first };
    }
    return this.loadedRows.items;
  }

  private async loadMore(): Promise<void> {
    const first = this.pageTask.value;
    if (this.loadingMore || !this.nextCursor || this.pageTask.status !== TaskStatus.COMPLETE || !first) return;
    const controller = new AbortController();
    const { nextCursor } = this;
    this.moreController = controller;
    this.loadingMore = true;
    this.moreError = null;
    try {
      const [{ CursorWalk }, page] = await Promise.all([
        import('../../api/cursor-walk.js'),
        this.api.adapter.listOrders(
          this.query(
            this.search.trim(),
            this.stage,
            this.needsAction,
            this.overdue,
            this.sort,
            this.direction,
            nextCursor,
          ),
          {
            signal: controller.signal,
          },
        ),
      ]);
      // Aborted: a new search, filter or sort (which also starts a new walk) or the element left the page.
      if (controller.signal.aborted) return;
      (this.walk ??= CursorWalk.from('listOrders', PAGE_SIZE, first)).accept(nextCursor, page);
      this.more = [...this.more, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (!isAbortError(error) && !controller.signal.aborted) this.moreError = error;
    } finally {
      if (this.moreController === controller) this.loadingMore = false;
    }
  }

  private select(orderId: string, stage: StageKey | null = null): void {
    this.dispatchEvent(new OrderSelectEvent({ orderId, stage }));
  }

  private toggleSelection(order: OrderSummary): void {
    if (!owesConfirmation(order) || this.bulk?.running) return;
    if (this.selection.has(order.id)) this.selection.delete(order.id);
    else this.selection.set(order.id, order.number);
    this.requestUpdate();
    if (this.bulk) return;
    void import('./bulk-confirm-controller.js').then(({ BulkConfirmController }) => {
      this.bulk ??= new BulkConfirmController(this, {
        i18n: this.i18n,
        api: () => this.api.adapter,
        selection: this.selection,
        onConfirmed: () => void this.reload(),
      });
      this.requestUpdate();
    });
  }

  private async startExport(): Promise<void> {
    if (!this.exporter) {
      const { OrderExportController } = await import('./order-export-controller.js');
      this.exporter ??= new OrderExportController(this, {
        i18n: this.i18n,
        api: () => this.api.adapter,
        query: () => {
          const {
            cursor: _cursor,
            limit: _limit,
            ...view
          } = this.query(
            this.search.trim(),
            this.stage,
            this.needsAction,
            this.overdue,
            this.sort,
            this.direction,
            null,
          );
          return view;
        },
      });
    }
    await this.exporter.start();
  }

  private handleSearchInput(event: Event): void {
    this.searchDraft = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      this.search = this.searchDraft;
    }, SEARCH_DEBOUNCE_MS);
  }

  private handleRangeChanged(event: Event & { last?: number }): void {
    // After an error only "Try again" asks again: scrolling must not repeat a failing request.
    if (typeof event.last === 'number' && event.last >= this.items.length - PREFETCH_ROWS && !this.moreError)
      void this.loadMore();
  }

  private rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.rows [data-index="${index}"]`);
  }

  private moveTo(index: number): void {
    const count = this.items.length;
    if (count === 0) return;
    this.activeIndex = Math.max(0, Math.min(count - 1, index));
    this.rowsElement?.[virtualizerRef]?.element(this.activeIndex)?.scrollIntoView({ block: 'nearest' });
    this.focusRowAfterRender = true;
    this.requestUpdate();
  }

  /** The row an event inside the rows came from, with its order. */
  private rowOf(event: Event): { row: HTMLElement; index: number; order: OrderSummary } | undefined {
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    const index = Number(row?.dataset['index']);
    const order = this.items[index];
    return row && order ? { row, index, order } : undefined;
  }

  private handleRowsFocusIn(event: FocusEvent): void {
    const target = this.rowOf(event);
    if (target) this.activeIndex = target.index;
  }

  private handleRowsClick(event: MouseEvent): void {
    const target = this.rowOf(event);
    if (!target) return;
    const button = (event.target as Element).closest<HTMLElement>('[data-action="open"], [data-action="stage"]');
    if (!button) return;
    this.activeIndex = target.index;
    this.select(
      target.order.id,
      button.dataset['action'] === 'stage' ? ((button.dataset['stage'] as StageKey | undefined) ?? null) : null,
    );
  }

  private handleRowsChange(event: Event): void {
    const target = this.rowOf(event);
    if (target && (event.target as Element).matches('[data-action="select"]')) this.toggleSelection(target.order);
  }

  private handleRowsKeydown(event: KeyboardEvent): void {
    const target = this.rowOf(event);
    if (!target) return;
    const { row, index, order } = target;
    const keys: Record<string, () => void> = {
      ArrowDown: () => this.moveTo(index + 1),
      ArrowUp: () => this.moveTo(index - 1),
      Home: () => this.moveTo(0),
      End: () => this.moveTo(this.items.length - 1),
      PageDown: () => this.moveTo(index + 10),
      PageUp: () => this.moveTo(index - 10),
      Enter: () => this.select(order.id),
      ' ': () => this.toggleSelection(order),
    };
    const action = keys[event.key];
    if (!action || ((event.key === 'Enter' || event.key === ' ') && event.target !== row)) return;
    event.preventDefault();
    action();
  }

  private clearFilters(): void {
    this.showView({});
  }

  /** Shows a view: its search and filters (none where not given) and its sort (the current one where not given); a search still being typed is dropped. */
  private showView(view: Partial<ListView>): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    const {
      search = '',
      stage = '',
      needsAction = false,
      overdue = false,
      sort = this.sort,
      direction = this.direction,
    } = view;
    this.searchDraft = search;
    Object.assign(this, { search, stage, needsAction, overdue, sort, direction });
  }

  private get filtered(): boolean {
    return Boolean(this.search.trim() || this.stage || this.needsAction || this.overdue);
  }

  /* ---------- render ---------- */

  override render(): TemplateResult {
    const page = this.pageTask.value;
    // Counts only once this query has answered: never "0 need your action" while loading or offline.
    const counts =
      this.pageTask.status === TaskStatus.COMPLETE || (this.pageTask.status === TaskStatus.PENDING && page)
        ? page?.counts
        : undefined;
    return html`<h2 part="title">${this.i18n.t('title')}</h2>
      ${this.renderToolbar(counts)}
      <p part="summary" class="summary" role="status">
        ${counts && page ? this.i18n.t('resultCount', { count: page.total }) : ''}
      </p>
      ${renderTask(this.pageTask, this.i18n, {
        complete: (value) => this.renderGrid(value),
        isEmpty: (value) => value.total === 0,
        empty: () => this.renderEmpty(),
        loading: () => skeleton(6),
      })}`;
  }

  /** How many of the search's filters are set (shown on "Filters and sort" while the filters are hidden). */
  private get activeFilterCount(): number {
    return [this.stage, this.needsAction, this.overdue].filter(Boolean).length;
  }

  private renderToolbar(counts: OrderPage['counts'] | undefined): TemplateResult {
    const i18n = this.i18n;
    const active = this.activeFilterCount;
    return html`<div part="toolbar" class="toolbar">
        <label class="search"
          >${i18n.t('searchLabel')}
          <input
            part="search"
            type="search"
            .value=${this.searchDraft}
            placeholder=${i18n.t('searchPlaceholder')}
            autocomplete="off"
            @input=${this.handleSearchInput}
        /></label>
        <button
          part="filters-toggle button"
          class="button filters-toggle"
          type="button"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          @click=${() => (this.filtersOpen = !this.filtersOpen)}
        >
          ${i18n.t('filtersToggle')}${active ? html` <span class="badge">${i18n.t('filtersActive', { count: active })}</span>` : nothing}
          <span class="chevron">${renderIcon(chevronIcon)}</span>
        </button>
        <div id="filters" class="filters ${this.filtersOpen ? 'open' : ''}">
          <div class="group">
            <label
              >${i18n.t('stageLabel')}
              <select
                part="filter"
                @change=${(event: Event) => (this.stage = (event.target as HTMLSelectElement).value as CurrentStage | '')}
              >
                <option value="" ?selected=${this.stage === ''}>${i18n.t('allStages')}</option>
                ${STAGES.map((stage) => html`<option value=${stage} ?selected=${this.stage === stage}>${i18n.shared(`stage.${stage}`)}</option>`)}
              </select></label
            >
            <span class="sort">
              <label
                >${i18n.t('sortLabel')}
                <select
                  part="sort"
                  @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as OrderSort)}
                >
                  ${SORTS.map((sort) => html`<option value=${sort} ?selected=${this.sort === sort}>${i18n.t(`sort.${sort}`)}</option>`)}
                </select></label
              >
              <button
                part="sort button"
                class="button"
                type="button"
                aria-label="${i18n.t('directionLabel')}: ${i18n.t(this.direction === 'asc' ? 'ascending' : 'descending')}"
                @click=${() => (this.direction = this.direction === 'asc' ? 'desc' : 'asc')}
              >
                ${renderIcon(this.direction === 'asc' ? arrowUpIcon : arrowDownIcon)}
                ${i18n.t(this.direction === 'asc' ? 'ascending' : 'descending')}
              </button>
            </span>
          </div>
          <span class="break"></span>
          <div class="group chips" role="group" aria-label=${i18n.t('quickFilters')}>
            <button
              part="filter button"
              class="button filter"
              type="button"
              aria-pressed=${this.needsAction ? 'true' : 'false'}
              @click=${() => (this.needsAction = !this.needsAction)}
            >
              ${counts ? i18n.t('needsAction', { count: counts.needsAction }) : i18n.t('needsActionFilter')}
            </button>
            <button
              part="filter button"
              class="button filter"
              type="button"
              aria-pressed=${this.overdue ? 'true' : 'false'}
              @click=${() => (this.overdue = !this.overdue)}
            >
              ${counts ? i18n.t('overdue', { count: counts.overdue }) : i18n.t('overdueFilter')}
            </button>
          </div>
          <div class="group end">
            ${this.savedViews?.render() ?? nothing}
            <button
              part="export-button button"
              class="button"
              type="button"
              ?disabled=${this.exporter?.running ?? false}
              @click=${() => void this.startExport()}
            >
              ${i18n.t('exportCsv')}
            </button>
          </div>
        </div>
      </div>
      ${this.bulk?.render() ?? nothing} ${this.exporter?.render() ?? nothing}`;
  }

  /** The column headers, in the same grid template as the rows (`order-list.styles.ts`), so each sits over its column. */
  private renderHeader(): TemplateResult {
    const columns = [
      ['number', 'number'],
      ['parts', 'parts'],
      ['quantity', 'quantity num'],
      ['value', 'value num'],
      ['leadTime', 'lead'],
      ['stage', 'stage'],
      ['nextAction', 'action'],
      ['details', 'details'],
    ] as const;
    return html`<div role="rowgroup" class="head">
      <div role="row" part="header" class="row header" aria-rowindex="1">
        ${columns.map(([column, place]) => html`<span role="columnheader" class="cell ${place}">${this.i18n.t(`column.${column}`)}</span>`)}
      </div>
    </div>`;
  }

  private renderGrid(page: OrderPage): TemplateResult {
    const items = this.items as OrderSummary[];
    const labels = this.rowTexts.labels();
    const now = this.now?.getTime() ?? Date.now();
    return html`<div
        part="grid"
        class="grid"
        role="grid"
        aria-label=${this.i18n.t('gridLabel')}
        aria-rowcount=${page.total + 1}
      >
        ${this.renderHeader()}
        <div
          class="rows"
          role="rowgroup"
          @rangeChanged=${this.handleRangeChanged}
          @focusin=${this.handleRowsFocusIn}
          @click=${this.handleRowsClick}
          @change=${this.handleRowsChange}
          @keydown=${this.handleRowsKeydown}
        >
          ${virtualize({
            items,
            scroller: true,
            // Given here, not left to the virtualizer's default (a separate fetch before the first rows): a flow layout with a smaller overhang.
            layout: { type: RowsLayout },
            // Rows keyed by their place, not their order: a new search, filter or sort rewrites the rows' texts in place instead of replacing every row.
            keyFunction: (_item: OrderSummary, index: number) => index,
            renderItem: (item: OrderSummary, index: number) =>
              orderRow(item, index, this.rowTexts.texts(item, now), labels, {
                active: index === this.activeIndex,
                selectable: owesConfirmation(item),
                selected: this.selection.has(item.id),
              }),
          })}
        </div>
      </div>
      ${this.loadingMore ? html`<p class="more" aria-busy="true">${this.i18n.t('loadingMore')}</p>` : nothing}
      ${
        this.moreError
          ? html`<p class="more">${this.i18n.t('loadMoreFailed')}</p>
              ${errorView(this.moreError, this.i18n, () => void this.loadMore(), 'read')}`
          : nothing
      }`;
  }

  private renderEmpty(): TemplateResult {
    const i18n = this.i18n;
    return this.filtered
      ? html`<div part="empty" class="empty">
          <h3>${i18n.t('noMatchTitle')}</h3>
          <button type="button" part="button" class="button" @click=${this.clearFilters}>
            ${i18n.t('clearFilters')}
          </button>
        </div>`
      : html`<div part="empty" class="empty">
          <h3>${i18n.t('emptyTitle')}</h3>
          <p class="muted">${i18n.t('emptyBody')}</p>
        </div>`;
  }
}
