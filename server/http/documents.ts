/**
 * Serving documents safely, apart from any storage: ids of 128 random bits, links signed to expire, file names
 * made harmless, and the headers that keep a document inert in the browser (downloaded, never sniffed, never run).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A stored document: what the supplier uploaded (or the platform made), with its name and checked type. */
export interface StoredDocument {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** A new document id: 128 random bits as 22 base64url characters, so no URL can be guessed. */
export const newDocumentId = (): string => randomBytes(16).toString('base64url');

const DOCUMENT_ID = /^[A-Za-z0-9_-]{22}$/;

/** The documents of one tenant by their random id. */
export class DocumentStore {
  readonly #documents = new Map<string, StoredDocument>();

  /** Stores a document; answers its new id. */
  add(document: StoredDocument): string {
    const id = newDocumentId();
    this.#documents.set(id, document);
    return id;
  }

  get(id: string): StoredDocument | undefined {
    return this.#documents.get(id);
  }
}

/** What a link's signature says: it opens the document, there is none, it was forged or altered, or it is too old. */
export type LinkCheck = 'valid' | 'missing' | 'invalid' | 'expired';

/** Options of a signer. */
export interface LinkSignerOptions {
  /** The HMAC key (default 32 random bytes: links stop working when the server restarts). */
  readonly key?: Uint8Array;
  /** How long a link opens its document (default 15 minutes). */
  readonly ttlSeconds?: number;
  /** The clock (default the real one). */
  readonly now?: () => Date;
}

/**
 * Signs document links (`?expires=<unix seconds>&signature=<HMAC-SHA256 of path and expiry>`), so that a link
 * in an authenticated answer opens the document in a new tab without the bearer token — for a short while only.
 */
export class DocumentLinkSigner {
  readonly #key: Uint8Array;
  readonly #ttlSeconds: number;
  readonly #now: () => Date;

  constructor(options: LinkSignerOptions = {}) {
    this.#key = options.key ?? randomBytes(32);
    this.#ttlSeconds = options.ttlSeconds ?? 15 * 60;
    this.#now = options.now ?? (() => new Date());
  }

  #signature(path: string, expires: string): Buffer {
    return createHmac('sha256', this.#key).update(`${path}\n${expires}`).digest();
  }

  /** The query that makes `path` (a URL's pathname) open for the next `ttlSeconds`. */
  sign(path: string): string {
    const expires = String(Math.floor(this.#now().getTime() / 1000) + this.#ttlSeconds);
    return `?expires=${expires}&signature=${this.#signature(path, expires).toString('base64url')}`;
  }

  /** Whether the query of a request for `path` carries a valid, unexpired signature. */
  check(path: string, query: URLSearchParams): LinkCheck {
    const expires = query.get('expires');
    const signature = query.get('signature');
    if (expires === null && signature === null) return 'missing';
    if (!expires || !/^\d{1,12}$/.test(expires) || !signature) return 'invalid';
    const expected = this.#signature(path, expires);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return Number(expires) * 1000 > this.#now().getTime() ? 'valid' : 'expired';
  }
}

/**
 * A copy of an answer whose document links (`url` members under `base`, ending in a document id) carry a fresh
 * signature. Other strings, even ones that look like links (a comment's text), are left as they are.
 */
export function signDocumentLinks(value: unknown, base: string, signer: DocumentLinkSigner): unknown {
  if (Array.isArray(value)) return value.map((item) => signDocumentLinks(item, base, signer));
  if (value === null || typeof value !== 'object') return value;
  const signed: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const isLink =
      key === 'url' &&
      typeof inner === 'string' &&
      inner.startsWith(base) &&
      DOCUMENT_ID.test(inner.slice(base.length));
    signed[key] = isLink ? inner + signer.sign(new URL(inner).pathname) : signDocumentLinks(inner, base, signer);
  }
  return signed;
}

/** Characters that must not reach a file name: controls, line and paragraph separators, bidirectional overrides. */
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_NAME_LENGTH = 200;

/** An uploaded file's name made harmless: the last path segment, no control or bidi characters, at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).at(-1) ?? '';
  const cleaned = base.replace(LONE_SURROGATE, '\uFFFD').replace(UNSAFE_NAME_CHARACTERS, ' ').trim();
  return Array.from(cleaned).slice(0, MAX_NAME_LENGTH).join('').trim() || 'document';
}

/** RFC 8187 encoding of a header parameter value: UTF-8, every byte but `attr-char` percent-encoded. */
const encodeRfc8187 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<the name, encoded>`: never a raw quote or line break. */
export function contentDisposition(name: string): string {
  const safe = safeFileName(name);
  const ascii = safe.replace(/[^A-Za-z0-9 ._()-]/gu, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(safe)}`;
}

/** The only types a document is served as (what uploads are checked to be); anything else is plain bytes. */
const SERVED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'application/xml']);

/** Headers of a served document: its checked type, a download, no sniffing, a sandbox with nothing allowed, no caching. */
export function documentHeaders(document: StoredDocument): Record<string, string> {
  return {
    'Content-Type': SERVED_TYPES.has(document.contentType) ? document.contentType : 'application/octet-stream',
    'Content-Disposition': contentDisposition(document.name),
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  };
}
