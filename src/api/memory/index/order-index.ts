/** Search, filter, sort and cursor paging over precomputed order summaries, fast at 100,000 orders. */
import type { OrderPage, OrderQuery, OrderSort, SortDirection } from '../../port.js';
import { toDayNumber } from '../../../domain/dates.js';
import type { CurrentStage, Order, OrderSummary } from '../../../domain/types.js';
import type { OrderEntry } from './summaries.js';
import { entryOf } from './summaries.js';
import { lowerBound } from './lower-bound.js';
import { TextIndex } from './text-index.js';
import { todayByZone } from './today-by-zone.js';
import { foreignCursor, pageQuery, SORTS } from './page-query.js';

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
  throw foreignCursor();
}

/**
 * The numeric sort key of an entry (a lead time as its UTC midnight). `lead-time` walks its orders in three
 * groups, each by lead time in the direction asked: those owing the supplier's action, those waiting for the
 * platform, then completed ones (see `#walk`).
 */
const keyOf: Readonly<Record<OrderSort, (entry: OrderEntry) => number>> = {
  'lead-time': (entry) => Date.parse(entry.summary.leadTime),
  created: (entry) => entry.createdMs,
  value: (entry) => entry.valueMajor,
};

/** The orders of one query in walk order, with their steps in the full walk (what cursors count) and the counts of its search. */
interface QueryWalk {
  readonly key: string;
  readonly positions: Int32Array;
  readonly steps: Int32Array;
  readonly counts: OrderPage['counts'];
}

/** Within a quarter hour no calendar date changes in any time zone: "overdue" is computed once per quarter hour. */
const QUARTER_HOUR = 900_000;
/** A search matching fewer orders than this share of all walks only its matches (sorted by rank), not every order. */
const FEW_MATCHES = 1 / 4;
const STAGES: readonly CurrentStage[] = ['production', 'quality', 'shipping', 'invoice', 'completed'];

/**
 * The summaries of all orders, kept sorted by every sort key (the keys never
 * change after an order is made), with what filters read held in typed arrays
 * and the searched texts in a `TextIndex`, so a query over 100,000 orders is one
 * `indexOf` scan over distinct texts and one pass over small arrays (over its
 * matches only when a search matches few), not 100,000 object visits.
 * A query's walk is kept: its next pages cost their own rows only.
 */
export class OrderIndex {
  #entries: OrderEntry[] = [];
  readonly #positionOf = new Map<string, number>();
  readonly #sorted = new Map<OrderSort, Int32Array>();
  /** Per sort key: position → its place in the ascending walk. */
  readonly #rank = new Map<OrderSort, Int32Array>();
  readonly #text: TextIndex;
  readonly #needsAction: Uint8Array;
  readonly #completed: Uint8Array;
  readonly #stage: Uint8Array;
  readonly #leadDay: Int32Array;
  readonly #zone: Uint16Array;
  readonly #zones: string[] = [];
  #queryWalk: QueryWalk | undefined;
  /** Where a walk collects its orders before they are copied out at their count. */
  readonly #scratch: { readonly positions: Int32Array; readonly steps: Int32Array };

  /** Orders must come in id order: ties of a sort key keep that order. */
  constructor(orders: readonly Order[]) {
    const size = orders.length;
    this.#needsAction = new Uint8Array(size);
    this.#completed = new Uint8Array(size);
    this.#stage = new Uint8Array(size);
    this.#leadDay = new Int32Array(size);
    this.#zone = new Uint16Array(size);
    this.#text = new TextIndex(size);
    this.#scratch = { positions: new Int32Array(size), steps: new Int32Array(size) };
    this.#entries = orders.map(entryOf);
    this.#entries.forEach((entry, position) => this.#setColumns(position, entry));
    orders.forEach((order, position) => this.#positionOf.set(order.id, position));
    for (const sort of SORTS) {
      const keys = Float64Array.from(this.#entries, keyOf[sort]);
      const positions = Int32Array.from(this.#entries.keys());
      positions.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
      this.#sorted.set(sort, positions);
      const rank = new Int32Array(size);
      positions.forEach((position, step) => (rank[position] = step));
      this.#rank.set(sort, rank);
    }
  }

  /** Recomputes the summary of a changed order (its stage or action may have changed: walks are recomputed). */
  update(order: Order): void {
    const position = this.#positionOf.get(order.id);
    if (position === undefined) return;
    const entry = entryOf(order);
    this.#entries[position] = entry;
    this.#setColumns(position, entry);
    this.#queryWalk = undefined;
  }

  /** The summary of an order by id. */
  summary(id: string): OrderSummary | undefined {
    const position = this.#positionOf.get(id);
    return position === undefined ? undefined : this.#entries[position]?.summary;
  }

  /** One page of orders for a query, with totals and counts, as seen at `now`. */
  page(query: OrderQuery, now: Date): OrderPage {
    const { limit, sort, direction } = pageQuery(query);
    const after = query.cursor ? decodeCursor(query.cursor, sort, direction).step : -1;
    const walk = this.#walk(query, sort, direction, now);
    let next = lowerBound(walk.steps, after + 1);
    const items: OrderSummary[] = [];
    for (; next < walk.positions.length && items.length < limit; next++) {
      const summary = (this.#entries[walk.positions[next] as number] as OrderEntry).summary;
      items.push({ ...summary, value: { ...summary.value } });
    }
    return {
      items,
      nextCursor:
        next < walk.positions.length ? encodeCursor({ sort, direction, step: walk.steps[next - 1] as number }) : null,
      total: walk.positions.length,
      counts: walk.counts,
    };
  }

  #setColumns(position: number, entry: OrderEntry): void {
    this.#needsAction[position] = entry.needsAction ? 1 : 0;
    this.#completed[position] = entry.completed ? 1 : 0;
    this.#stage[position] = STAGES.indexOf(entry.summary.stage);
    this.#leadDay[position] = toDayNumber(entry.summary.leadTime);
    let zone = this.#zones.indexOf(entry.summary.timeZone);
    if (zone < 0) zone = this.#zones.push(entry.summary.timeZone) - 1;
    this.#zone[position] = zone;
    this.#text.set(position, entry.searchTexts);
  }

  #walk(query: OrderQuery, sort: OrderSort, direction: SortDirection, now: Date): QueryWalk {
    const search = (query.search ?? '').trim().toLowerCase();
    const key = JSON.stringify([
      search,
      sort,
      direction,
      query.stage ?? '',
      Boolean(query.needsAction),
      Boolean(query.overdue),
      Math.floor(now.getTime() / QUARTER_HOUR),
    ]);
    if (this.#queryWalk?.key === key) return this.#queryWalk;

    const matches = search ? this.#text.matching(search) : undefined;
    const today = todayByZone(now);
    const todayOfZone = Int32Array.from(this.#zones, (zone) => toDayNumber(today(zone)));
    const stage = query.stage ? STAGES.indexOf(query.stage) : -1;
    const order = this.#sorted.get(sort) as Int32Array;
    const size = order.length;
    const ascending = direction === 'asc';
    const walkSteps =
      matches && matches.positions.length < size * FEW_MATCHES
        ? this.#stepsOf(matches.positions, sort, ascending)
        : undefined;
    const length = walkSteps ? walkSteps.length : size;
    // Lead time: one pass per group (owing, waiting, completed); a step counts on from the group's first, so steps still grow along the walk.
    const groups = sort === 'lead-time' ? 3 : 1;
    const { positions, steps } = this.#scratch;
    const marks = walkSteps ? undefined : matches?.marks;
    const owesColumn = this.#needsAction;
    const completedColumn = this.#completed;
    const stageColumn = this.#stage;
    const leadDayColumn = this.#leadDay;
    const zoneColumn = this.#zone;
    let count = 0;
    let all = 0;
    let needsAction = 0;
    let overdue = 0;
    for (let group = 0; group < groups; group++) {
      for (let index = 0; index < length; index++) {
        const step = walkSteps ? (walkSteps[index] as number) : index;
        const position = order[ascending ? step : size - 1 - step] as number;
        if (groups > 1 && (owesColumn[position] === 1 ? 0 : completedColumn[position] === 1 ? 2 : 1) !== group)
          continue;
        if (marks && marks[position] === 0) continue;
        all++;
        const owes = owesColumn[position] === 1;
        if (owes) needsAction++;
        const isOverdue =
          completedColumn[position] === 0 &&
          (leadDayColumn[position] as number) < (todayOfZone[zoneColumn[position] as number] as number);
        if (isOverdue) overdue++;
        if (
          (stage >= 0 && stageColumn[position] !== stage) ||
          (query.needsAction && !owes) ||
          (query.overdue && !isOverdue)
        )
          continue;
        positions[count] = position;
        steps[count] = group * size + step;
        count++;
      }
    }
    this.#queryWalk = {
      key,
      positions: positions.slice(0, count),
      steps: steps.slice(0, count),
      counts: { all, needsAction, overdue },
    };
    return this.#queryWalk;
  }

  /** The steps of these positions in the walk of `sort` and direction, in walk order. */
  #stepsOf(positions: Int32Array, sort: OrderSort, ascending: boolean): Int32Array {
    const rank = this.#rank.get(sort) as Int32Array;
    const last = rank.length - 1;
    const steps = positions.map((position) =>
      ascending ? (rank[position] as number) : last - (rank[position] as number),
    );
    return steps.sort();
  }
}
