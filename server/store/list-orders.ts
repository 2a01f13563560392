/**
 * My Orders in SQL: search, filters, sort and keyset paging over the orders table, with the totals and
 * counts the contract asks for. A page is an index range scan from the cursor (the sort key and `seq` of
 * the last row shown). Counts without a search are sums over `order_counts` (a few thousand rows however
 * many orders); with a search, one grouped pass over the matches (trigram index), whose result a tenant's
 * next pages and filter changes reuse until an order changes (see SearchCounts).
 */
import { SupplierApiError } from '../../src/api/errors.js';
import type { OrderCounts, OrderPage, OrderQuery, OrderSort, SortDirection } from '../../src/api/port.js';
import { addDays, dateInZone, isCalendarDate } from '../../src/domain/dates.js';
import type { OrderSummary } from '../../src/domain/types.js';
import type { Queryable } from '../db/database.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;
const SORTS: readonly OrderSort[] = ['lead-time', 'created', 'value'];

/** The column each sort orders by, and how a cursor's key is typed. */
const SORT_KEYS: Readonly<Record<OrderSort, { readonly column: string; readonly type: string; readonly valid: (key: unknown) => boolean }>> = {
  'lead-time': { column: 'o.lead_time', type: 'date', valid: (key) => typeof key === 'string' && isCalendarDate(key) },
  created: { column: 'o.created_at', type: 'timestamptz', valid: (key) => typeof key === 'string' && !Number.isNaN(Date.parse(key)) },
  value: { column: 'o.value_major', type: 'double precision', valid: (key) => typeof key === 'number' && Number.isFinite(key) },
};

interface Cursor {
  readonly key: string | number;
  readonly seq: number;
}

const encodeCursor = (sort: OrderSort, direction: SortDirection, cursor: Cursor) => Buffer.from(JSON.stringify([2, sort, direction, cursor.key, cursor.seq])).toString('base64url');

function decodeCursor(text: string, sort: OrderSort, direction: SortDirection): Cursor {
  try {
    const [version, cursorSort, cursorDirection, key, seq] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (version === 2 && cursorSort === sort && cursorDirection === direction && SORT_KEYS[sort].valid(key) && Number.isSafeInteger(seq)) {
      return { key: key as string | number, seq: seq as number };
    }
  } catch {
    /* falls through to the validation error */
  }
  throw new SupplierApiError('validation', 'The cursor does not belong to this query.', { fieldErrors: { cursor: 'invalid' } });
}

/** `term` as a LIKE pattern matching it anywhere (its own %, _ and \ taken literally). */
const containing = (term: string) => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** SQL of a statement and its parameters, built up together. */
class Sql {
  readonly params: unknown[] = [];
  /** The placeholder of a new parameter. */
  param(value: unknown, type?: string): string {
    this.params.push(value);
    return `$${this.params.length}${type ? `::${type}` : ''}`;
  }
}

/** Whether an order is overdue: not completed and its lead time before today in its time zone (at `now`). */
const overdueSql = (alias: string, now: string) => `(${alias}.stage <> 'completed' AND ${alias}.lead_time < (${now} AT TIME ZONE ${alias}.time_zone)::date)`;

interface PageRow {
  readonly id: string;
  readonly number: string;
  readonly created_at: string;
  readonly lead_time: string;
  readonly time_zone: string;
  readonly parts_summary: string;
  readonly total_quantity: number;
  readonly value_minor: number;
  readonly currency: string;
  readonly stage: OrderSummary['stage'];
  readonly next_action: OrderSummary['nextAction'];
  readonly seq: number;
  readonly sort_key: string | number;
}

/** Grouped counts of one search: what every filter's total and the counts are summed from. */
export interface CountGroup {
  readonly leadTime: string;
  readonly timeZone: string;
  readonly stage: string;
  readonly needsAction: boolean;
  readonly orders: number;
}

/**
 * The grouped counts of searches, kept per tenant until one of its orders changes (the orders table's
 * revision says when): the next page and a filter change of a search cost no second pass over its matches.
 */
export class SearchCounts {
  readonly #entries = new Map<string, { readonly revision: number; readonly groups: readonly CountGroup[] }>();
  static readonly MAX_ENTRIES = 200;

  get(tenant: string, search: string, revision: number): readonly CountGroup[] | undefined {
    const entry = this.#entries.get(`${tenant}\n${search}`);
    return entry?.revision === revision ? entry.groups : undefined;
  }

  set(tenant: string, search: string, revision: number, groups: readonly CountGroup[]): void {
    if (this.#entries.size >= SearchCounts.MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(`${tenant}\n${search}`, { revision, groups });
  }
}

/** Today in a time zone, memoised for one listing. */
function todayIn(now: Date): (timeZone: string) => string {
  const days = new Map<string, string>();
  return (zone) => {
    let day = days.get(zone);
    if (day === undefined) {
      day = dateInZone(now, zone);
      days.set(zone, day);
    }
    return day;
  };
}

/** Totals and counts from grouped counts, for a query's filters at `now`. */
function countsOf(groups: readonly CountGroup[], query: OrderQuery, now: Date): { total: number; counts: OrderCounts } {
  const today = todayIn(now);
  let all = 0;
  let needsAction = 0;
  let overdue = 0;
  let total = 0;
  for (const group of groups) {
    const late = group.stage !== 'completed' && group.leadTime < today(group.timeZone);
    all += group.orders;
    if (group.needsAction) needsAction += group.orders;
    if (late) overdue += group.orders;
    if ((!query.stage || group.stage === query.stage) && (!query.needsAction || group.needsAction) && (!query.overdue || late)) total += group.orders;
  }
  return { total, counts: { all, needsAction, overdue } };
}

/** The grouped counts of a tenant's orders, or of those a search matches. */
async function countGroups(q: Queryable, tenant: string, search: string): Promise<CountGroup[]> {
  const columns = `lead_time AS "leadTime", time_zone AS "timeZone", stage, needs_action AS "needsAction"`;
  if (!search) {
    return q.query<CountGroup>(`SELECT ${columns}, orders FROM order_counts WHERE tenant_id = $1 AND orders > 0`, [tenant]);
  }
  return q.query<CountGroup>(
    `SELECT ${columns}, count(*) AS orders FROM orders WHERE tenant_id = $1 AND search_text LIKE $2 GROUP BY lead_time, time_zone, stage, needs_action`,
    [tenant, containing(search)],
  );
}

/** One page of a tenant's orders for a query, with totals and counts, as seen at `now`. */
export async function listOrders(q: Queryable, tenant: string, query: OrderQuery, now: Date, cache?: SearchCounts): Promise<OrderPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new SupplierApiError('validation', `The page size must be 1 to ${MAX_LIMIT}.`, { fieldErrors: { limit: 'out-of-range' } });
  }
  const sort = query.sort ?? 'lead-time';
  const direction = query.direction ?? 'asc';
  if (!SORTS.includes(sort) || (direction !== 'asc' && direction !== 'desc')) {
    throw new SupplierApiError('validation', 'Unknown sort.', { fieldErrors: { sort: 'invalid' } });
  }
  const cursor = query.cursor ? decodeCursor(query.cursor, sort, direction) : null;
  const search = (query.search ?? '').trim().toLowerCase();
  // A line break separates an order's texts in search_text: no text contains one, so no order matches.
  if (search.includes('\n')) return { items: [], nextCursor: null, total: 0, counts: { all: 0, needsAction: 0, overdue: 0 } };

  const sql = new Sql();
  const key = SORT_KEYS[sort];
  const where = [`o.tenant_id = ${sql.param(tenant)}`];
  if (search) where.push(`o.search_text LIKE ${sql.param(containing(search))}`);
  if (query.stage) where.push(`o.stage = ${sql.param(query.stage)}`);
  if (query.needsAction) where.push('o.needs_action');
  if (query.overdue) {
    // No time zone's today is later than tomorrow in UTC: a bound the lead-time index can range over.
    where.push(overdueSql('o', sql.param(now.toISOString(), 'timestamptz')), `o.lead_time < ${sql.param(addDays(dateInZone(now, 'UTC'), 1), 'date')}`);
  }
  const descending = direction === 'desc';
  if (cursor) where.push(`(${key.column}, o.seq) ${descending ? '<' : '>'} (${sql.param(cursor.key, key.type)}, ${sql.param(cursor.seq, 'integer')})`);
  const order = descending ? 'DESC' : 'ASC';
  const pageSql = `SELECT o.id, o.number, iso_instant(o.created_at) AS created_at, o.lead_time, o.time_zone, o.parts_summary, o.total_quantity, o.value_minor,
      o.currency, o.stage, o.next_action, o.seq, ${sort === 'created' ? 'iso_instant(o.created_at)' : key.column} AS sort_key
    FROM orders o WHERE ${where.join(' AND ')}
    ORDER BY ${key.column} ${order}, o.seq ${order} LIMIT ${sql.param(limit + 1, 'integer')}`;

  const countsFor = async (): Promise<readonly CountGroup[]> => {
    if (!search || !cache) return countGroups(q, tenant, search);
    const [{ revision }] = (await q.query<{ revision: number }>('SELECT coalesce(max(revision), 0) AS revision FROM order_revisions WHERE tenant_id = $1', [tenant])) as [{ revision: number }];
    const cached = cache.get(tenant, search, revision);
    if (cached) return cached;
    const groups = await countGroups(q, tenant, search);
    cache.set(tenant, search, revision, groups);
    return groups;
  };
  const [rows, groups] = await Promise.all([q.query<PageRow>(pageSql, sql.params), countsFor()]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items: OrderSummary[] = page.map((row) => ({
    id: row.id,
    number: row.number,
    createdAt: row.created_at,
    leadTime: row.lead_time,
    timeZone: row.time_zone,
    partsSummary: row.parts_summary,
    totalQuantity: row.total_quantity,
    value: { amountMinor: row.value_minor, currency: row.currency },
    stage: row.stage,
    nextAction: row.next_action,
  }));
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(sort, direction, { key: last.sort_key, seq: last.seq }) : null,
    ...countsOf(groups, query, now),
  };
}
