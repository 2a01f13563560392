/**
 * `Intl` formatters are costly to create (tens to hundreds of µs each) and cheap
 * to reuse: a list of a hundred rows would otherwise build several per row on
 * every render. One cache per kind, keyed by locale and options.
 */
const MAX_CACHED = 500;

function cached<T>(cache: Map<string, T>, locale: string, options: object | undefined, create: () => T): T {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    value = create();
    cache.set(key, value);
  }
  return value;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));

export const relativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  cached(relativeTimeFormats, locale, options, () => new Intl.RelativeTimeFormat(locale, options));

export const displayNamesOf = (locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames =>
  cached(displayNames, locale, options, () => new Intl.DisplayNames(locale, options));

export const listFormat = (locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  cached(listFormats, locale, options, () => new Intl.ListFormat(locale, options));
