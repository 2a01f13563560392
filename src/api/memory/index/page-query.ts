/** The paging part of an order query, checked the same by the memory index and the reference server's SQL list. */
import { SupplierApiError } from '../../errors.js';
import type { OrderQuery, OrderSort, SortDirection } from '../../port.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/** The sorts an order list offers. */
export const SORTS: readonly OrderSort[] = ['lead-time', 'created', 'value'];

/** Page size (default 50, at most 200), sort (default lead time) and direction (default ascending); throws 'validation' otherwise. */
export function pageQuery(query: OrderQuery): {
  readonly limit: number;
  readonly sort: OrderSort;
  readonly direction: SortDirection;
} {
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new SupplierApiError('validation', `The page size must be 1 to ${MAX_LIMIT}.`, {
      fieldErrors: { limit: 'out-of-range' },
    });
  }
  const sort = query.sort ?? 'lead-time';
  const direction = query.direction ?? 'asc';
  if (!SORTS.includes(sort) || (direction !== 'asc' && direction !== 'desc')) {
    throw new SupplierApiError('validation', 'Unknown sort.', { fieldErrors: { sort: 'invalid' } });
  }
  return { limit, sort, direction };
}

/** The error of a cursor made for another query (or no cursor at all). */
export const foreignCursor = (): SupplierApiError =>
  new SupplierApiError('validation', 'The cursor does not belong to this query.', {
    fieldErrors: { cursor: 'invalid' },
  });
