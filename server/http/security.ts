/**
 * The reference server's HTTP security rules, apart from any storage: CORS by an allow-list, the headers every
 * API answer carries, the bearer token check and the request target check. A host backend copies these.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Origins allowed by default: the demo's dev server (`npm start`) and the test runner's default page. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = ['http://localhost:5173', 'http://localhost:8000'];

/** Request headers a browser may send cross-origin when a host adds none of its own. */
const CONTRACT_REQUEST_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
/** A header list as browsers send it in `Access-Control-Request-Headers`: tokens and commas only. */
const HEADER_LIST = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+(?:\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$/;

/**
 * The CORS headers of an answer to `origin`: an allowed origin is named (with credentials); any other origin
 * gets no Access-Control-Allow-* header at all, so its page cannot read the answer. Always `Vary: Origin`.
 */
export function corsHeaders(
  origin: string | undefined,
  allowed: ReadonlySet<string>,
  requestedHeaders: string | undefined,
): Record<string, string> {
  if (origin === undefined || !allowed.has(origin)) return { Vary: 'Origin' };
  const requested = requestedHeaders?.trim();
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': requested && HEADER_LIST.test(requested) ? requested : CONTRACT_REQUEST_HEADERS,
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
  };
}

/** Headers of every API answer: never sniffed, never cached (it is the supplier's data), never framed or run. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
};

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether an Authorization header carries exactly `Bearer <token>` (compared in constant time). */
export function hasBearerToken(authorization: string | undefined, token: string): boolean {
  return timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${token}`));
}

/** What a backend stores instead of a bearer token: its SHA-256, hex. */
export const tokenDigest = (token: string): string => digest(token).toString('hex');

/** Whether an Authorization header carries exactly `Bearer <token>` for the token whose digest is stored (constant time). */
export function hasBearerTokenDigest(authorization: string | undefined, storedDigest: string): boolean {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null;
  const expected = Buffer.from(storedDigest, 'hex');
  const given = digest(token ?? `no token: ${storedDigest}`);
  return token !== null && expected.length === given.length && timingSafeEqual(given, expected);
}

/** A request target split into its path and query, or why it is malformed. */
export type RequestTarget = { readonly url: URL } | { readonly problem: string };

/** Whether every percent-escape in `text` is two hex digits and they decode to UTF-8. */
function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a request target (`request.url`): an absolute path (no `*`, no absolute URL, no `//host`) whose path
 * segments and query parameters are well-formed percent-encoded UTF-8. Anything else is a 400, never a 500.
 */
export function parseRequestTarget(target: string | undefined, origin: string): RequestTarget {
  if (!target?.startsWith('/') || target.startsWith('//') || target.includes('\\'))
    return { problem: 'The request target must be an absolute path.' };
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  if (!path.split('/').every(decodes)) return { problem: 'The path has a malformed percent-encoding.' };
  const search = query === -1 ? '' : target.slice(query + 1);
  if (!search.split('&').every((part) => decodes(part.replace(/\+/g, ' '))))
    return { problem: 'The query has a malformed percent-encoding.' };
  const url = new URL(target, origin);
  return url.origin === origin ? { url } : { problem: 'The request target must be an absolute path.' };
}
