/** Document links of stored answers (`stored-document:<public id>`) as URLs of the server that answers. */
import { STORED_DOCUMENT_URL } from '../store/orders.js';

/** A copy of an answer whose `url` members of the form `stored-document:<id>` become `<base><id>` (then signed). */
export function linkStoredDocuments(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => linkStoredDocuments(item, base));
  if (value === null || typeof value !== 'object') return value;
  const linked: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    linked[key] =
      key === 'url' && typeof inner === 'string' && inner.startsWith(STORED_DOCUMENT_URL)
        ? base + inner.slice(STORED_DOCUMENT_URL.length)
        : linkStoredDocuments(inner, base);
  }
  return linked;
}
