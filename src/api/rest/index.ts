/** The REST adapter and the HTTP contract it speaks (routes, query parameters, error bodies). */
export { createRestAdapter } from './rest-adapter.js';
export type { RestAdapterOptions } from './rest-adapter.js';
export { ROUTES, pathOf, matchRoute } from './routes.js';
export type { HttpMethod, MatchedRoute, RequestBody, Route } from './routes.js';
export { orderQueryFromParams, orderQueryToParams, OrderQueryParamsSchema } from './order-query.js';
export { errorFromResponse, kindOfStatus, problemOf, ProblemSchema, STATUS_OF_KIND } from './problem.js';
export type { Problem } from './problem.js';
export { backoffDelay, parseRetryAfter } from './backoff.js';
