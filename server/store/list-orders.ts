/**
 * My Orders in SQL: search, filters, sort and keyset paging over the orders table, with the totals and
 * counts the contract asks for. A page is an index range scan from the cursor (the sort key and `seq` of
 * the last row shown). Counts without a search are sums over `order_counts` (a few thousand rows however
 * many orders); with a search, one grouped pass over the matches (trigram index), which the search's next
 * pages reuse until an order of the tenant changes (see SearchCounts).
 */
import { foreignCursor, pageQuery } from '../../src/api/memory/index/page-query.js';
import type { OrderCounts, OrderPage, OrderQuery, OrderSort, SortDirection } from '../../src/api/port.js';
import { addDays, dateInZone, isCalendarDate } from '../../src/domain/dates.js';
import type { OrderSummary } from '../../src/domain/types.js';
import type { Queryable } from '../db/database.js';

/** The column each sort orders by, and how a cursor's key is typed. */
const SORT_KEYS: Readonly<
  Record<OrderSort, { readonly column: string; readonly type: string; readonly valid: (key: unknown) => boolean }>
> = {
  'lead-time': { column: 'o.lead_time', type: 'date', valid: (key) => typeof key === 'string' && isCalendarDate(key) },
  created: {
    column: 'o.created_at',
    type: 'timestamptz',
    valid: (key) => typeof key === 'string' && !Number.isNaN(Date.parse(key)),
  },
  value: {
    column: 'o.value_major',
    type: 'double precision',
    valid: (key) => typeof key === 'number' && Number.isFinite(key),
  },
};

interface Cursor {
  readonly key: string | number;
  readonly seq: number;
  /** The action group of the last order (`lead-time` only: owing 0, waiting 1, completed 2; see 006_action_group.sql). */
  readonly group: number;
}

const isGroup = (group: unknown): group is number => group === 0 || group === 1 || group === 2;

const encodeCursor = (sort: OrderSort, direction: SortDirection, cursor: Cursor) =>
  Buffer.from(JSON.stringify([3, sort, direction, cursor.key, cursor.seq, cursor.group])).toString('base64url');

function decodeCursor(text: string, sort: OrderSort, direction: SortDirection): Cursor {
  try {
    const [version, cursorSort, cursorDirection, key, seq, group] = JSON.parse(
      Buffer.from(text, 'base64url').toString('utf8'),
    ) as unknown[];
    if (
      version === 3 &&
      cursorSort === sort &&
      cursorDirection === direction &&
      SORT_KEYS[sort].valid(key) &&
      Number.isSafeInteger(seq) &&
      isGroup(group)
    ) {
      return { key: key as string | number, seq: seq as number, group };
    }
  } catch {
    /* falls through to the validation error */
  }
  throw foreignCursor();
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
const overdueSql = (alias: string, now: string) =>
  `(${alias}.stage <> 'completed' AND ${alias}.lead_time < (${now} AT TIME ZONE ${alias}.time_zone)::date)`;

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
  readonly action_group: number;
}

/** A list's total (orders matching the whole query) and counts (matching its search alone). */
interface Totals {
  readonly total: number;
  readonly counts: OrderCounts;
}

/** Within a quarter hour no calendar date changes in any time zone: overdue counts are kept that long. */
const QUARTER_HOUR = 900_000;

/**
 * The totals of searches, kept per tenant until one of its orders changes (`order_revisions` says when) or
 * the quarter hour ends: the next pages of a search cost no second pass over its matches.
 */
export class SearchCounts {
  readonly #entries = new Map<string, { readonly revision: number; readonly totals: Totals }>();
  static readonly MAX_ENTRIES = 500;

  static key(tenant: string, search: string, query: OrderQuery, now: Date): string {
    return JSON.stringify([
      tenant,
      search,
      query.stage ?? '',
      Boolean(query.needsAction),
      Boolean(query.overdue),
      Math.floor(now.getTime() / QUARTER_HOUR),
    ]);
  }

  get(key: string, revision: number): Totals | undefined {
    const entry = this.#entries.get(key);
    return entry?.revision === revision ? entry.totals : undefined;
  }

  set(key: string, revision: number, totals: Totals): void {
    if (this.#entries.size >= SearchCounts.MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { revision, totals });
  }
}

/** The time zones of each tenant's orders (they change only when orders are added): where "today" is asked for. */
const zonesOfTenant = new Map<string, readonly string[]>();

async function tenantZones(q: Queryable, tenant: string, refresh: boolean): Promise<readonly string[]> {
  const known = zonesOfTenant.get(tenant);
  if (known && !refresh) return known;
  const zones = (
    await q.query<{ time_zone: string }>('SELECT DISTINCT time_zone FROM order_counts WHERE tenant_id = $1', [tenant])
  ).map((row) => row.time_zone);
  zonesOfTenant.set(tenant, zones);
  return zones;
}

/**
 * Totals and counts summed in SQL over groups of orders sharing lead time, zone, stage and "needs action":
 * the rows of `order_counts` (no search), or the matches of a search grouped so. "Today" comes per time
 * zone from JavaScript (the memory adapter's own dateInZone), once per zone, not per group.
 */
async function totalsOf(
  q: Queryable,
  tenant: string,
  search: string,
  query: OrderQuery,
  now: Date,
  refreshZones = false,
): Promise<Totals> {
  const zones = await tenantZones(q, tenant, refreshZones);
  const sql = new Sql();
  const tenantParam = sql.param(tenant);
  const groups = search
    ? `SELECT lead_time, time_zone, stage, needs_action, count(*) AS orders FROM orders
       WHERE tenant_id = ${tenantParam} AND search_text LIKE ${sql.param(containing(search))} GROUP BY lead_time, time_zone, stage, needs_action`
    : `SELECT lead_time, time_zone, stage, needs_action, orders FROM order_counts WHERE tenant_id = ${tenantParam} AND orders > 0`;
  const filters = ['true'];
  if (query.stage) filters.push(`stage = ${sql.param(query.stage)}`);
  if (query.needsAction) filters.push('needs_action');
  if (query.overdue) filters.push('late');
  const todays = sql.param(
    zones.map((zone) => dateInZone(now, zone)),
    'date[]',
  );
  const [row] = await q.query<{
    all: number;
    needs_action: number;
    overdue: number;
    total: number;
    unknown_zones: number;
  }>(
    `SELECT coalesce(sum(orders), 0) AS all, coalesce(sum(orders) FILTER (WHERE needs_action), 0) AS needs_action,
       coalesce(sum(orders) FILTER (WHERE late), 0) AS overdue, coalesce(sum(orders) FILTER (WHERE ${filters.join(' AND ')}), 0) AS total,
       count(*) FILTER (WHERE today IS NULL) AS unknown_zones
     FROM (SELECT groups.*, zones.today, (groups.stage <> 'completed' AND groups.lead_time < zones.today) AS late
           FROM (${groups}) groups LEFT JOIN unnest(${sql.param(zones, 'text[]')}, ${todays}) AS zones (time_zone, today) USING (time_zone)) counted`,
    sql.params,
  );
  // An order in a time zone this server has not seen yet: learn the tenant's zones again, and count again.
  if (row!.unknown_zones > 0 && !refreshZones) return totalsOf(q, tenant, search, query, now, true);
  return { total: row!.total, counts: { all: row!.all, needsAction: row!.needs_action, overdue: row!.overdue } };
}

/** A search's totals from the cache while no order of the tenant changed, else counted (and kept). */
async function searchTotals(
  q: Queryable,
  tenant: string,
  search: string,
  query: OrderQuery,
  now: Date,
  cache: SearchCounts,
): Promise<Totals> {
  const [{ revision }] = (await q.query<{ revision: number }>(
    'SELECT coalesce(max(revision), 0) AS revision FROM order_revisions WHERE tenant_id = $1',
    [tenant],
  )) as [{ revision: number }];
  const key = SearchCounts.key(tenant, search, query, now);
  const cached = cache.get(key, revision);
  if (cached) return cached;
  const totals = await totalsOf(q, tenant, search, query, now);
  cache.set(key, revision, totals);
  return totals;
}

/** One page of a tenant's orders for a query, with totals and counts, as seen at `now`. */
export async function listOrders(
  q: Queryable,
  tenant: string,
  query: OrderQuery,
  now: Date,
  cache?: SearchCounts,
): Promise<OrderPage> {
  const { limit, sort, direction } = pageQuery(query);
  const cursor = query.cursor ? decodeCursor(query.cursor, sort, direction) : null;
  const search = (query.search ?? '').trim().toLowerCase();
  // A line break separates an order's texts in search_text: no text contains one, so no order matches.
  if (search.includes('\n'))
    return { items: [], nextCursor: null, total: 0, counts: { all: 0, needsAction: 0, overdue: 0 } };

  const sql = new Sql();
  const key = SORT_KEYS[sort];
  const where = [`o.tenant_id = ${sql.param(tenant)}`];
  if (search) where.push(`o.search_text LIKE ${sql.param(containing(search))}`);
  if (query.stage) where.push(`o.stage = ${sql.param(query.stage)}`);
  if (query.needsAction) where.push('o.needs_action');
  if (query.overdue) {
    // No time zone's today is later than tomorrow in UTC: a bound the lead-time index can range over.
    where.push(
      overdueSql('o', sql.param(now.toISOString(), 'timestamptz')),
      `o.lead_time < ${sql.param(addDays(dateInZone(now, 'UTC'), 1), 'date')}`,
    );
  }
  const descending = direction === 'desc';
  const grouped = sort === 'lead-time';
  if (cursor) {
    const after = `(${key.column}, o.seq) ${descending ? '<' : '>'} (${sql.param(cursor.key, key.type)}, ${sql.param(cursor.seq, 'integer')})`;
    if (grouped) {
      const group = sql.param(cursor.group, 'smallint');
      where.push(`(o.action_group > ${group} OR (o.action_group = ${group} AND ${after}))`);
    } else where.push(after);
  }
  const order = descending ? 'DESC' : 'ASC';
  const pageSql = `SELECT o.id, o.number, iso_instant(o.created_at) AS created_at, o.lead_time, o.time_zone, o.parts_summary, o.total_quantity, o.value_minor,
      o.currency, o.stage, o.next_action, o.seq, o.action_group, ${sort === 'created' ? 'iso_instant(o.created_at)' : key.column} AS sort_key
    FROM orders o WHERE ${where.join(' AND ')}
    ORDER BY ${grouped ? 'o.action_group ASC, ' : ''}${key.column} ${order}, o.seq ${order} LIMIT ${sql.param(limit + 1, 'integer')}`;

  const [rows, totals] = await Promise.all([
    q.query<PageRow>(pageSql, sql.params),
    search && cache ? searchTotals(q, tenant, search, query, now, cache) : totalsOf(q, tenant, search, query, now),
  ]);
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
    nextCursor:
      rows.length > limit && last
        ? encodeCursor(sort, direction, { key: last.sort_key, seq: last.seq, group: last.action_group })
        : null,
    ...totals,
  };
}
