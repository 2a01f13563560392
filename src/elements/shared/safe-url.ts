import { isSafeUrl } from '../../api/schemas/primitives.js';

/** The URL when it is https, http or blob; otherwise undefined, so no link is rendered. */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && isSafeUrl(url) ? url : undefined;
}
