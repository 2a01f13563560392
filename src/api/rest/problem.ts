/**
 * Error bodies (RFC 9457 problem details, `application/problem+json`) and the mapping between HTTP statuses
 * and the library's error kinds, both ways: the adapter reads them, the reference server writes them.
 */
import * as z from 'zod/mini';
import '../zod-config.js';
import { SupplierApiError } from '../errors.js';
import type { ApiErrorKind, FieldErrors } from '../errors.js';

/** What an error body may carry; every member is optional, unknown members are ignored. */
export const ProblemSchema = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string().check(z.maxLength(500))),
  status: z.optional(z.int()),
  detail: z.optional(z.string().check(z.maxLength(2_000))),
  /** The library's error kind, when the server uses its words (informative: the status decides). */
  kind: z.optional(z.string().check(z.maxLength(50))),
  /** Field path (as in the request body, e.g. `items.0.quantity`) → message. */
  fieldErrors: z.optional(z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(500)))),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** The status a server answers for each error kind. */
export const STATUS_OF_KIND: Readonly<Record<ApiErrorKind, number>> = {
  validation: 422,
  conflict: 409,
  'not-found': 404,
  unauthorized: 401,
  forbidden: 403,
  timeout: 504,
  network: 502,
  server: 500,
  contract: 500,
  'not-configured': 500,
};

/** The kind an HTTP error status means to the adapter. */
export function kindOfStatus(status: number): ApiErrorKind {
  if (status === 400 || status === 413 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 409 || status === 412) return 'conflict';
  return 'server';
}

const DEFAULT_MESSAGES: Readonly<Partial<Record<ApiErrorKind, string>>> = {
  validation: 'The server refused the data.',
  unauthorized: 'You are not signed in, or your session has ended.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'It was not found.',
  conflict: 'It changed in the meantime.',
  timeout: 'The server took too long.',
};

/** The SupplierApiError an HTTP error response stands for; `body` is the parsed JSON body, if any. */
export function errorFromResponse(status: number, body: unknown): SupplierApiError {
  const kind = kindOfStatus(status);
  const parsed = z.safeParse(ProblemSchema, body);
  const problem: Problem = parsed.success ? parsed.data : {};
  const fieldErrors: FieldErrors = { ...(status === 413 && { file: 'too-large' }), ...problem.fieldErrors };
  const message = problem.detail || problem.title || DEFAULT_MESSAGES[kind] || `The server answered ${status}.`;
  return new SupplierApiError(kind, message, { fieldErrors, cause: { status, body } });
}

/** The problem body a server sends for an error. */
export function problemOf(error: SupplierApiError): Problem & { status: number; kind: ApiErrorKind } {
  const status = STATUS_OF_KIND[error.kind];
  return {
    type: 'about:blank',
    title: error.kind,
    status,
    kind: error.kind,
    detail: error.message,
    ...(Object.keys(error.fieldErrors).length > 0 && { fieldErrors: { ...error.fieldErrors } }),
  };
}
