import { ContractError } from '../../api/errors.js';
import type { CallOptions, OrderQuery, SupplierApi } from '../../api/port.js';
import type { OrderSummary } from '../../domain/types.js';

/** Orders asked per request while exporting: the most the HTTP contract allows. */
export const EXPORT_PAGE_SIZE = 200;
/** More than this and the export stops: a cursor that never ends is the adapter's fault, not a big order book. */
const MAX_EXPORTED_ORDERS = 1_000_000;

export interface FetchAllOptions extends CallOptions {
  readonly signal: AbortSignal;
  /** After each page: how many orders are in, of how many. */
  readonly onProgress?: (loaded: number, total: number) => void;
}

/** Every order matching `query` (all of them, not only the rows on screen), page by page through the adapter's cursor. */
export async function fetchAllOrders(
  api: Pick<SupplierApi, 'listOrders'>,
  query: Omit<OrderQuery, 'cursor' | 'limit'>,
  options: FetchAllOptions,
): Promise<OrderSummary[]> {
  const orders: OrderSummary[] = [];
  const seenCursors = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await api.listOrders({ ...query, cursor, limit: EXPORT_PAGE_SIZE }, { signal: options.signal });
    orders.push(...page.items);
    options.onProgress?.(orders.length, Math.max(page.total, orders.length));
    cursor = page.nextCursor;
    if (cursor !== null && (seenCursors.has(cursor) || orders.length > MAX_EXPORTED_ORDERS)) {
      throw new ContractError('listOrders', 'nextCursor', 'repeats or never ends; the export was stopped');
    }
    if (cursor !== null) seenCursors.add(cursor);
  } while (cursor !== null);
  return orders;
}

/**
 * Rows to CSV (RFC 4180, CRLF) with papaparse, loaded on first use. Cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) are
 * quoted as text: an order's part name must never become a formula.
 */
export async function toCsv(rows: readonly (readonly (string | number)[])[]): Promise<string> {
  const papa = await import('papaparse');
  // papaparse is a UMD module: bundlers give its functions as named exports, plain ESM loaders only as `default`.
  const unparse = papa.unparse ?? (papa as unknown as { default: typeof papa }).default.unparse;
  return unparse(rows as (string | number)[][], { escapeFormulae: true, newline: '\r\n' });
}
