import { ContractError } from './errors.js';

/** What a walk looks at in each page of a cursor-paged answer. */
export interface CursorPage {
  readonly items: readonly { readonly id: string }[];
  readonly nextCursor: string | null;
  readonly total: number;
}

export interface CursorWalkOptions {
  /** The `limit` each page is asked with. */
  readonly pageSize: number;
  /** More items than this in one walk and it stops (a hard cap beside `total`); unbounded by default. */
  readonly maxItems?: number;
}

/**
 * The one rule for following an adapter's cursor (My Orders' scrolling, its CSV export): an answer whose
 * `nextCursor` was already followed in this walk, whose items repeat an id already listed, or that asks for more
 * pages than its `total` can fill (more than ceil(total / pageSize) + 1) is the adapter going round in circles.
 * `accept` throws a ContractError naming `nextCursor` for it, so no further request is made; pages accepted
 * before stay valid. One walk per query: a new search, filter or sort starts a new one.
 */
export class CursorWalk {
  readonly #operation: string;
  readonly #pageSize: number;
  readonly #maxItems: number;
  readonly #cursors = new Set<string>();
  readonly #ids = new Set<string>();
  #pages = 0;
  #total = 0;

  /** A walk whose first page (asked without a cursor) is `first`; throws as `accept` does. */
  static from(operation: string, pageSize: number, first: CursorPage): CursorWalk {
    const walk = new CursorWalk(operation, { pageSize });
    walk.accept(null, first);
    return walk;
  }

  constructor(operation: string, options: CursorWalkOptions) {
    this.#operation = operation;
    this.#pageSize = Math.max(1, options.pageSize);
    this.#maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  }

  /**
   * Checks `page`, the answer to `cursor` (null for the first page), against the walk so far, then takes it in.
   * Throws a ContractError naming `nextCursor` (nothing of the page is taken in) when it repeats or never ends,
   * so asking the same cursor again (a "Try again" after an error) is not a repeat.
   */
  accept(cursor: string | null, page: CursorPage): void {
    const next = page.nextCursor;
    const total = Math.max(this.#total, page.total);
    const pages = this.#pages + 1;
    if (next !== null && (next === cursor || this.#cursors.has(next))) this.#fail('repeats a cursor already followed');
    const ids = new Set<string>();
    for (const item of page.items) {
      if (this.#ids.has(item.id) || ids.has(item.id))
        this.#fail(`leads to a page repeating "${item.id}", already listed`);
      ids.add(item.id);
    }
    if (next !== null && pages + 1 > Math.ceil(total / this.#pageSize) + 1)
      this.#fail(`is still set after ${pages} pages, more than a total of ${total} needs`);
    if (this.#ids.size + ids.size > this.#maxItems)
      this.#fail(`leads past ${this.#maxItems} items, the most one walk takes`);
    if (cursor !== null) this.#cursors.add(cursor);
    for (const id of ids) this.#ids.add(id);
    this.#pages = pages;
    this.#total = total;
  }

  #fail(detail: string): never {
    throw new ContractError(this.#operation, 'nextCursor', detail);
  }
}
