import { numberFormat } from '../domain/intl.js';
/** A message with plural forms, chosen by `Intl.PluralRules` from the `count` parameter. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;
export type Messages = Readonly<Record<string, Message>>;

/** What a locale other than English holds: every English key, plural messages as plural messages. */
export type Translation<M extends Messages> = { readonly [K in keyof M]: M[K] extends string ? string : PluralMessage };

/** Translations by locale (`de`, `fr`, or a regional one such as `de-AT`). */
export type Translations<M extends Messages> = Readonly<Record<string, Translation<M>>>;

/**
 * An element's messages: English, always there, and a loader for every other
 * locale, a chunk of its own fetched the first time the element shows another
 * language (a page in English downloads no translation).
 */
export interface Catalog<M extends Messages> {
  readonly en: M;
  readonly load: () => Promise<{ readonly translations: Translations<M> }>;
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Locales with a complete catalog. */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr'] as const;

const languageOf = (locale: string) => locale.split('-')[0]!.toLowerCase();
const loaded = new WeakMap<Catalog<Messages>, Translations<Messages>>();
const loading = new WeakMap<Catalog<Messages>, Promise<void>>();
const inFlight = new Set<Promise<void>>();

/** Whether showing `locale` still needs `catalog`'s translations to be loaded. */
export function needsTranslations(catalog: Catalog<Messages>, locale: string): boolean {
  const language = languageOf(locale);
  return language !== 'en' && (SUPPORTED_LOCALES as readonly string[]).includes(language) && !loaded.has(catalog);
}

/**
 * Loads `catalog`'s translations once; later calls share the first load. A load
 * that fails (offline) leaves English in place for the life of the page.
 */
export function loadTranslations(catalog: Catalog<Messages>): Promise<void> {
  const pending = loading.get(catalog);
  if (pending) return pending;
  const load = catalog
    .load()
    .then((module) => void loaded.set(catalog, module.translations))
    .catch((error: unknown) => {
      console.warn('supplier-flow: translations could not be loaded; showing English.', error);
    })
    .finally(() => inFlight.delete(load));
  loading.set(catalog, load);
  inFlight.add(load);
  return load;
}

/** Whether a translation load is under way. */
export const translationsInFlight = (): boolean => inFlight.size > 0;

/** Settles when every translation load started so far has settled. */
export async function translationsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all(inFlight);
}

/** The messages for a locale: exact (`de-AT`), then language (`de`), then English (also while loading). */
export function pickMessages<M extends Messages>(
  catalog: Catalog<M>,
  locale: string,
): { readonly [K in keyof M]: Message } {
  const translations = loaded.get(catalog as unknown as Catalog<Messages>) as Translations<M> | undefined;
  return translations?.[locale] ?? translations?.[languageOf(locale)] ?? catalog.en;
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRulesCache.get(locale);
  if (!rules) pluralRulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/** A placeholder's text: numbers in the locale's digits and grouping (a count of 10,000 lines reads "10,000", "10.000"). */
const paramText = (value: unknown, locale: string): string =>
  typeof value === 'number' ? numberFormat(locale).format(value) : String(value);

/** Fills `{name}` placeholders; plural messages pick their form from `params.count`. */
export function formatMessage(message: Message, locale: string, params: MessageParams = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params['count'] ?? 0);
    text = (count === 0 ? message.zero : undefined) ?? message[pluralCategory(locale, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? paramText(params[name], locale) : whole,
  );
}
