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

/** English is the complete source; every other locale must have every key (a test checks). */
export interface Catalog<M extends Messages> {
  readonly en: M;
  readonly [locale: string]: { readonly [K in keyof M]: Message };
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Locales with a complete catalog. */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr'] as const;

/** Picks the catalog entry for a locale: exact (`de-AT`), then language (`de`), then English. */
export function pickMessages<M extends Messages>(catalog: Catalog<M>, locale: string): { readonly [K in keyof M]: Message } {
  const language = locale.split('-')[0]!.toLowerCase();
  return catalog[locale] ?? catalog[language] ?? catalog.en;
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRulesCache.get(locale);
  if (!rules) pluralRulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/** Fills `{name}` placeholders; plural messages pick their form from `params.count`. */
export function formatMessage(message: Message, locale: string, params: MessageParams = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params['count'] ?? 0);
    text = (count === 0 ? message.zero : undefined) ?? message[pluralCategory(locale, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
