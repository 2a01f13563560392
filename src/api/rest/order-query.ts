/** `listOrders` queries as URL search parameters, both ways (the adapter writes them, a server reads them). */
import * as z from 'zod/mini';
import '../zod-config.js';
import type { OrderQuery } from '../port.js';

/** The query parameters of `GET /orders`, as the server must accept them. */
export const OrderQueryParamsSchema = z.object({
  search: z.optional(z.string().check(z.maxLength(200))),
  stage: z.optional(z.enum(['production', 'quality', 'shipping', 'invoice', 'completed'])),
  needsAction: z.optional(z.enum(['true', 'false'])),
  overdue: z.optional(z.enum(['true', 'false'])),
  sort: z.optional(z.enum(['lead-time', 'created', 'value'])),
  direction: z.optional(z.enum(['asc', 'desc'])),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(1_000))),
  limit: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|1\d\d|200)$/, 'must be a whole number from 1 to 200'))),
});

/** The search parameters of a query; empty and default values are left out. */
export function orderQueryToParams(query: OrderQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search?.trim()) params.set('search', query.search.trim());
  if (query.stage) params.set('stage', query.stage);
  if (query.needsAction) params.set('needsAction', 'true');
  if (query.overdue) params.set('overdue', 'true');
  if (query.sort) params.set('sort', query.sort);
  if (query.direction) params.set('direction', query.direction);
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return params;
}

/** The query search parameters describe, or the name of the first bad parameter and what is wrong with it. */
export function orderQueryFromParams(
  params: URLSearchParams,
): { query: OrderQuery } | { field: string; message: string } {
  const raw = Object.fromEntries([...params.keys()].map((key) => [key, params.get(key)!]));
  const result = z.safeParse(OrderQueryParamsSchema, raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { field: issue.path.map(String).join('.') || 'query', message: issue.message };
  }
  const value = result.data;
  return {
    query: {
      ...(value.search !== undefined && { search: value.search }),
      ...(value.stage !== undefined && { stage: value.stage }),
      ...(value.needsAction === 'true' && { needsAction: true }),
      ...(value.overdue === 'true' && { overdue: true }),
      ...(value.sort !== undefined && { sort: value.sort }),
      ...(value.direction !== undefined && { direction: value.direction }),
      ...(value.cursor !== undefined && { cursor: value.cursor }),
      ...(value.limit !== undefined && { limit: Number(value.limit) }),
    },
  };
}
