/**
 * The building blocks of the contract's schemas (zod/mini): ids, bounded texts,
 * counts and amounts, ISO dates and instants, currencies, countries, time zones,
 * safe URLs and lists with unique ids. Shared by every schema module.
 */
import '../zod-config.js';
import * as z from 'zod/mini';

export const MAX_TEXT = 2_000;
export const MAX_ITEMS = 10_000;

export const id = z.string().check(z.minLength(1), z.maxLength(200));
export const text = z.string().check(z.maxLength(MAX_TEXT));
export const requiredText = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
export const count = z.int().check(z.gte(0), z.lte(1_000_000_000));
export const amountMinor = z.int().check(z.gte(-1e15), z.lte(1e15));
export const positiveMeasure = z.number().check(z.gt(0), z.lte(100_000));
export const calendarDate = z.iso.date();
export const instant = z.iso.datetime({ offset: true });
export const currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 currency code'));
export const country = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a 2-letter ISO 3166 country code'));
/** Time zones already checked: `Intl` is asked once per zone, not once per order of a page. */
const knownTimeZones = new Map<string, boolean>();
function isTimeZone(value: string): boolean {
  let valid = knownTimeZones.get(value);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      valid = true;
    } catch {
      valid = false;
    }
    if (knownTimeZones.size < 1_000) knownTimeZones.set(value, valid);
  }
  return valid;
}
export const timeZone = z.string().check(z.refine(isTimeZone, 'must be an IANA time zone'));

/** Links are only ever https, http or blob URLs. */
export const SAFE_URL_PROTOCOLS: readonly string[] = ['https:', 'http:', 'blob:'];
export function isSafeUrl(value: string): boolean {
  try {
    return SAFE_URL_PROTOCOLS.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
export const safeUrl = z.string().check(z.maxLength(8_000), z.refine(isSafeUrl, 'must be an https, http or blob URL'));

function uniqueIds<T extends { id: string }>(items: readonly T[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}
export const listOf = <T extends z.ZodMiniType<{ id: string }>>(item: T) =>
  z.array(item).check(z.maxLength(MAX_ITEMS), z.refine(uniqueIds, 'has duplicate ids'));

/**
 * Marks the issue of a union's fallback member (`params`), meaning "this value is for another member":
 * `parseResponse` then reports the issue of the member that claims the value.
 */
export const UNION_FALLBACK = 'unionFallback';
