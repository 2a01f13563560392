/** Search, filter, sort and cursor paging over precomputed order summaries, fast at 100,000 orders. */
import { SupplierApiError } from '../errors.js';
import type { OrderPage, OrderQuery, OrderSort, SortDirection } from '../port.js';
import type { Order, OrderSummary } from '../../domain/types.js';
import type { OrderEntry } from './summaries.js';
import { entryOf } from './summaries.js';
import { todayByZone } from './zoned.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;
const SORTS: readonly OrderSort[] = ['lead-time', 'created', 'value'];

interface Cursor {
  readonly sort: OrderSort;
  readonly direction: SortDirection;
  /** Step (position in the sorted walk) of the last order already returned. */
  readonly step: number;
}

const encodeCursor = (cursor: Cursor) => btoa(JSON.stringify([1, cursor.sort, cursor.direction, cursor.step]));

function decodeCursor(text: string, sort: OrderSort, direction: SortDirection): Cursor {
  try {
    const [version, cursorSort, cursorDirection, step] = JSON.parse(atob(text)) as [unknown, unknown, unknown, unknown];
    if (version === 1 && cursorSort === sort && cursorDirection === direction && Number.isInteger(step)) {
      return { sort, direction, step: step as number };
    }
  } catch {
    /* falls through to the validation error */
  }
  throw new SupplierApiError('validation', 'The cursor does not belong to this query.', { fieldErrors: { cursor: 'invalid' } });
}

/** The numeric sort key of an entry (a lead time as its UTC midnight). */
const keyOf: Readonly<Record<OrderSort, (entry: OrderEntry) => number>> = {
  'lead-time': (entry) => Date.parse(entry.summary.leadTime),
  created: (entry) => entry.createdMs,
  value: (entry) => entry.valueMajor,
};

/** The summaries of all orders, kept sorted by every sort key (the keys never change after an order is made). */
export class OrderIndex {
  #entries: OrderEntry[] = [];
  readonly #positionOf = new Map<string, number>();
  #sorted = new Map<OrderSort, Int32Array>();

  /** Orders must come in id order: ties of a sort key keep that order. */
  constructor(orders: readonly Order[]) {
    this.#entries = orders.map(entryOf);
    orders.forEach((order, position) => this.#positionOf.set(order.id, position));
    for (const sort of SORTS) {
      const keys = Float64Array.from(this.#entries, keyOf[sort]);
      const positions = Int32Array.from(this.#entries.keys());
      positions.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
      this.#sorted.set(sort, positions);
    }
  }

  /** Recomputes the summary of a changed order. */
  update(order: Order): void {
    const position = this.#positionOf.get(order.id);
    if (position !== undefined) this.#entries[position] = entryOf(order);
  }

  /** The summary of an order by id. */
  summary(id: string): OrderSummary | undefined {
    const position = this.#positionOf.get(id);
    return position === undefined ? undefined : this.#entries[position]?.summary;
  }

  /** One page of orders for a query, with totals and counts, as seen at `now`. */
  page(query: OrderQuery, now: Date): OrderPage {
    const limit = query.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new SupplierApiError('validation', `The page size must be 1 to ${MAX_LIMIT}.`, { fieldErrors: { limit: 'out-of-range' } });
    }
    const sort = query.sort ?? 'lead-time';
    const direction = query.direction ?? 'asc';
    if (!SORTS.includes(sort) || (direction !== 'asc' && direction !== 'desc')) {
      throw new SupplierApiError('validation', 'Unknown sort.', { fieldErrors: { sort: 'invalid' } });
    }
    const after = query.cursor ? decodeCursor(query.cursor, sort, direction).step : -1;
    const search = (query.search ?? '').trim().toLowerCase();
    const today = todayByZone(now);
    const order = this.#sorted.get(sort) as Int32Array;
    const size = order.length;
    const items: OrderSummary[] = [];
    let lastStep = -1;
    let more = false;
    let all = 0;
    let needsAction = 0;
    let overdue = 0;
    let total = 0;
    for (let step = 0; step < size; step++) {
      const entry = this.#entries[order[direction === 'asc' ? step : size - 1 - step] as number] as OrderEntry;
      if (search && !entry.searchText.includes(search)) continue;
      all++;
      if (entry.needsAction) needsAction++;
      const isOverdue = !entry.completed && entry.summary.leadTime < today(entry.summary.timeZone);
      if (isOverdue) overdue++;
      if (query.stage && entry.summary.stage !== query.stage) continue;
      if (query.needsAction && !entry.needsAction) continue;
      if (query.overdue && !isOverdue) continue;
      total++;
      if (step <= after) continue;
      if (items.length < limit) {
        items.push(entry.summary);
        lastStep = step;
      } else more = true;
    }
    return {
      items: items.map((item) => ({ ...item, value: { ...item.value } })),
      nextCursor: more ? encodeCursor({ sort, direction, step: lastStep }) : null,
      total,
      counts: { all, needsAction, overdue },
    };
  }
}
