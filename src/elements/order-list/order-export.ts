import { CursorWalk } from '../../api/cursor-walk.js';
import type { CallOptions, OrderQuery, SupplierApi } from '../../api/port.js';
import { csvCell, type CsvCell } from '../../domain/csv-cell.js';
import type { OrderSummary } from '../../domain/types.js';
import { systemClock, type Clock } from '../shared/clock.js';

/** Orders asked per request while exporting: the most the HTTP contract allows. */
export const EXPORT_PAGE_SIZE = 200;
/** More than this and the export stops: a cursor that never ends is the adapter's fault, not a big order book. */
const MAX_EXPORTED_ORDERS = 1_000_000;
/** Pages asked per second at most: a backend is never hammered, and the main thread gets a turn between pages. */
export const EXPORT_PAGES_PER_SECOND = 20;
/** Rows written to CSV per task: the main thread gets a turn between chunks of a big export. */
const CSV_ROWS_PER_CHUNK = 2_000;

export interface FetchAllOptions extends CallOptions {
  readonly signal: AbortSignal;
  /** After each page: how many orders are in, of how many. */
  readonly onProgress?: (loaded: number, total: number) => void;
  /** The clock the pages are paced by (tests pass a manual one). */
  readonly clock?: Clock;
}

/**
 * Every order matching `query` (all of them, not only the rows on screen), page by page through the adapter's
 * cursor: at most EXPORT_PAGES_PER_SECOND pages a second, each after a turn of the main thread, and never more
 * pages than the adapter's `total` can fill (CursorWalk): a cursor that repeats or never ends is a ContractError
 * naming `nextCursor`.
 */
export async function fetchAllOrders(
  api: Pick<SupplierApi, 'listOrders'>,
  query: Omit<OrderQuery, 'cursor' | 'limit'>,
  options: FetchAllOptions,
): Promise<OrderSummary[]> {
  const clock = options.clock ?? systemClock;
  const walk = new CursorWalk('listOrders', { pageSize: EXPORT_PAGE_SIZE, maxItems: MAX_EXPORTED_ORDERS });
  const orders: OrderSummary[] = [];
  let cursor: string | null = null;
  let askedAt = clock.now();
  for (;;) {
    const page = await api.listOrders({ ...query, cursor, limit: EXPORT_PAGE_SIZE }, { signal: options.signal });
    walk.accept(cursor, page);
    for (const order of page.items) orders.push(order);
    options.onProgress?.(orders.length, Math.max(page.total, orders.length));
    if (page.nextCursor === null) return orders;
    cursor = page.nextCursor;
    await clock.sleep(Math.max(0, askedAt + 1_000 / EXPORT_PAGES_PER_SECOND - clock.now()), options.signal);
    askedAt = clock.now();
  }
}

/**
 * Rows to CSV (RFC 4180, CRLF) with papaparse, loaded on first use, a chunk of rows per task. Every text cell
 * goes through `csvCell` (a spreadsheet never runs one as a formula, OWASP's rule, also behind leading line
 * breaks, which papaparse's `escapeFormulae` misses) and is quoted; numbers are written as numbers.
 */
export async function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { readonly signal?: AbortSignal; readonly clock?: Clock } = {},
): Promise<string> {
  const papa = await import('papaparse');
  // papaparse is a UMD module: bundlers give its functions as named exports, plain ESM loaders only as `default`.
  const unparse = papa.unparse ?? (papa as unknown as { default: typeof papa }).default.unparse;
  const clock = options.clock ?? systemClock;
  const chunks: string[] = [];
  for (let start = 0; start < rows.length; start += CSV_ROWS_PER_CHUNK) {
    if (start > 0) await clock.sleep(0, options.signal);
    const chunk = rows.slice(start, start + CSV_ROWS_PER_CHUNK).map((row) => row.map(csvCell));
    chunks.push(
      unparse(chunk, { quotes: (value: unknown) => typeof value === 'string', escapeFormulae: false, newline: '\r\n' }),
    );
  }
  return chunks.join('\r\n');
}
