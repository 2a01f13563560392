/**
 * Long lists of rows (an order's positions, a shipment's items; up to 10,000): one page of rows at a time, with a
 * filter box above, the count in a live region ("Showing 1–50 of 10,000 positions") and Previous / Next below, so
 * the DOM and every render stay small however long the order is. The element renders only `view().rows`, from its
 * model (the draft), keyed by item: nothing typed is lost when a row leaves the page, and the element's checks and
 * totals keep covering every row. `reveal(index)` brings a row back (e.g. the first invalid one before focusing it).
 * Lists of one page or less show every row and no controls.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Position } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { longListMessages, type LongListMessages } from './long-list.messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One controller for the texts of every long list of an element. */
const texts = new WeakMap<Host, LocalizeController<LongListMessages>>();
function textsOf(host: Host): LocalizeController<LongListMessages> {
  let i18n = texts.get(host);
  if (!i18n) {
    i18n = new LocalizeController(host, longListMessages);
    texts.set(host, i18n);
  }
  return i18n;
}

/** Rows on one page. */
export const LONG_LIST_PAGE_SIZE = 50;

/** One row of the page, with its index in the whole list. */
export interface LongListRow<T> {
  readonly item: T;
  readonly index: number;
}

/** What the page shows. */
export interface LongListView<T> {
  readonly rows: readonly LongListRow<T>[];
  /** Rows in the whole list. */
  readonly total: number;
  /** Rows matching the filter (the whole list without one). */
  readonly matching: number;
  /** 0-based page, and how many pages the matching rows fill (at least 1). */
  readonly page: number;
  readonly pages: number;
  /** The list is longer than a page: the filter, the count and the pager show. */
  readonly paged: boolean;
}

export interface LongListOptions<T> {
  /** Prefix of the controls' DOM ids, unique in the element (`positions`, `shipment-s1-items`). */
  readonly id: string;
  /** The text the filter searches (case-insensitive). */
  readonly text: (item: T) => string;
  readonly pageSize?: number;
}

/** The filter text of a position: line number, part number, part name, material and process. */
export const positionText = (position: Position): string =>
  `${position.lineNo} ${position.partNumber} ${position.partName} ${position.material} ${position.process}`;

/** The page and filter of one long list; the host re-renders when they change. */
export class LongList<T> {
  private query = '';
  private page = 0;
  /** The lower-cased texts of the last list, and the matches of the last query in it. */
  private texts: { readonly items: readonly T[]; readonly texts: readonly string[] } | null = null;
  private matches: {
    readonly items: readonly T[];
    readonly query: string;
    readonly indexes: readonly number[] | null;
  } | null = null;

  private readonly i18n: LocalizeController<LongListMessages>;

  constructor(
    private readonly host: Host,
    readonly options: LongListOptions<T>,
  ) {
    this.i18n = textsOf(host);
  }

  private get size(): number {
    return this.options.pageSize ?? LONG_LIST_PAGE_SIZE;
  }

  /** Indexes of the items matching the filter, or null for all of them (no filter). */
  private matching(items: readonly T[]): readonly number[] | null {
    const query = this.query.trim().toLowerCase();
    if (query === '') return null;
    if (this.matches?.items === items && this.matches.query === query) return this.matches.indexes;
    if (this.texts?.items !== items)
      this.texts = { items, texts: items.map((item) => this.options.text(item).toLowerCase()) };
    const indexes: number[] = [];
    this.texts.texts.forEach((text, index) => {
      if (text.includes(query)) indexes.push(index);
    });
    this.matches = { items, query, indexes };
    return indexes;
  }

  /** The rows of the current page of `items`. */
  view(items: readonly T[]): LongListView<T> {
    const total = items.length;
    if (total <= this.size) {
      this.query = '';
      this.page = 0;
      return {
        rows: items.map((item, index) => ({ item, index })),
        total,
        matching: total,
        page: 0,
        pages: 1,
        paged: false,
      };
    }
    const indexes = this.matching(items);
    const matching = indexes?.length ?? total;
    const pages = Math.max(1, Math.ceil(matching / this.size));
    this.page = Math.min(this.page, pages - 1);
    const start = this.page * this.size;
    const end = Math.min(matching, start + this.size);
    const rows: LongListRow<T>[] = [];
    for (let at = start; at < end; at++) {
      const index = indexes ? indexes[at]! : at;
      rows.push({ item: items[index]!, index });
    }
    return { rows, total, matching, page: this.page, pages, paged: true };
  }

  /**
   * The page's rows, each rendered by `template` and kept to its item by `key`: a row's DOM (a select's choice, the
   * focus) never passes to another item when the page or the filter changes.
   */
  renderRows(view: LongListView<T>, key: (item: T) => string, template: (row: LongListRow<T>) => unknown): unknown[] {
    return view.rows.map((row) => keyed(key(row.item), template(row)));
  }

  /** Shows the page holding `items[index]`, clearing the filter when it hides that row. */
  reveal(items: readonly T[], index: number): void {
    if (index < 0 || index >= items.length) return;
    let at = this.matching(items)?.indexOf(index) ?? index;
    if (at < 0) {
      this.query = '';
      at = index;
    }
    this.page = Math.floor(at / this.size);
    this.host.requestUpdate();
  }

  /** Back to the first page without a filter (another order). */
  reset(): void {
    this.query = '';
    this.page = 0;
    this.host.requestUpdate();
  }

  private setQuery(query: string): void {
    this.query = query;
    this.page = 0;
    this.host.requestUpdate();
  }

  private goTo(page: number, view: LongListView<T>): void {
    if (page < 0 || page >= view.pages) return;
    this.page = page;
    this.host.requestUpdate();
  }

  /** The filter box and the live count, above the rows; nothing for a short list. */
  renderFilter(view: LongListView<T>): TemplateResult | typeof nothing {
    if (!view.paged) return nothing;
    const id = this.options.id;
    const i18n = this.i18n;
    return html`<div class="long-list-filter" part="list-filter">
      <label for="${id}-filter" part="field-label">${i18n.t('filterLabel')}</label>
      <input
        id="${id}-filter"
        part="input list-filter-input"
        type="search"
        autocomplete="off"
        aria-describedby="${id}-filter-hint"
        .value=${this.query}
        @input=${(event: Event) => this.setQuery((event.target as HTMLInputElement).value)}
      />
      <p id="${id}-filter-hint" class="field-hint muted">${i18n.t('filterHint')}</p>
      <p id="${id}-count" class="long-list-count" part="list-count" role="status">${this.countText(view)}</p>
    </div>`;
  }

  /** "Showing 51–100 of 10,000 positions", or how many match the filter. */
  countText(view: LongListView<T>): string {
    const i18n = this.i18n;
    const total = i18n.number(view.total);
    const query = this.query.trim();
    if (view.matching === 0) return i18n.t('noMatch', { query, total });
    const range = {
      first: i18n.number(view.page * this.size + 1),
      last: i18n.number(view.page * this.size + view.rows.length),
      total,
    };
    if (query === '') return i18n.t('showing', range);
    return i18n.t('showingMatches', { ...range, query, count: view.matching, matches: i18n.number(view.matching) });
  }

  /**
   * Previous / page x of y / Next, below the rows, named "Pages of positions" (with `of`, e.g. the shipment, when an
   * element has several); nothing for a short list. The buttons stay focusable at either end
   * (`aria-disabled`), so focus stays on the one pressed while the rows change.
   */
  renderPager(view: LongListView<T>, of?: string): TemplateResult | typeof nothing {
    if (!view.paged) return nothing;
    const i18n = this.i18n;
    const label = of === undefined ? i18n.t('pages') : i18n.t('pagesOf', { name: of });
    const first = view.page === 0;
    const last = view.page >= view.pages - 1;
    return html`<nav class="long-list-pager" part="list-pager" aria-label=${label}>
      <button
        type="button"
        class="button"
        part="button list-previous-button"
        aria-disabled=${first ? 'true' : 'false'}
        @click=${() => this.goTo(view.page - 1, view)}
      >
        <span aria-hidden="true">‹</span> ${i18n.t('previous', { count: this.size })}
      </button>
      <span class="muted">${i18n.t('page', { page: i18n.number(view.page + 1), pages: i18n.number(view.pages) })}</span>
      <button
        type="button"
        class="button"
        part="button list-next-button"
        aria-disabled=${last ? 'true' : 'false'}
        @click=${() => this.goTo(view.page + 1, view)}
      >
        ${i18n.t('next', { count: this.size })} <span aria-hidden="true">›</span>
      </button>
    </nav>`;
  }
}

export const longListStyles = css`
  .long-list-filter {
    display: grid;
    gap: var(--_space-1);
    margin-block: var(--_space-3);
  }
  .long-list-filter label {
    font-weight: 600;
  }
  .long-list-filter input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    min-block-size: 2.5rem;
    inline-size: 100%;
    max-inline-size: 28rem;
  }
  .long-list-filter .field-hint {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .long-list-count {
    margin: 0;
    font-weight: 600;
  }
  .long-list-pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block: var(--_space-3);
  }
  .long-list-pager [aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
