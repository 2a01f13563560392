import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSettings } from '../settings/settings.js';
import { daysBetween } from '../domain/dates.js';
import { dateTimeFormat, displayNamesOf, listFormat, numberFormat, relativeTimeFormat } from '../domain/intl.js';
import { toMajor } from '../domain/money.js';
import type { CalendarDate, CurrencyCode, Instant } from '../domain/types.js';
import {
  formatMessage,
  loadTranslations,
  needsTranslations,
  pickMessages,
  type Catalog,
  type MessageParams,
  type Messages,
  type PluralMessage,
} from './message-catalog.js';
import { resolveLocale, watchLocaleSources } from './locale-source.js';
import { sharedMessages } from './shared.messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its locale, its messages and `Intl` formatting; re-renders
 * the host when `<html lang>`, `configure({ locale })` or its `locale` attribute change,
 * and again when a locale's translations, loaded on first use, arrive.
 */
export class LocalizeController<M extends Messages> implements ReactiveController {
  private readonly host: Host;
  private readonly catalog: Catalog<M>;
  private stopWatching: (() => void) | undefined;
  /** The locale as last resolved: kept between host updates (rows a virtualizer renders ask for it often), resolved again at each. */
  private resolved: string | undefined;

  constructor(host: Host, catalog: Catalog<M>) {
    this.host = host;
    this.catalog = catalog;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolved = undefined;
    this.stopWatching = watchLocaleSources(() => {
      this.resolved = undefined;
      this.host.requestUpdate();
    });
    const locale = this.locale;
    for (const catalog of [this.catalog, sharedMessages] as Catalog<Messages>[]) {
      if (needsTranslations(catalog, locale)) void loadTranslations(catalog);
    }
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  hostUpdate(): void {
    this.resolved = undefined;
  }

  /** The resolved BCP 47 locale. */
  get locale(): string {
    this.resolved ??= resolveLocale(
      this.host,
      (this.host as { locale?: string }).locale ?? this.host.getAttribute('locale'),
    );
    return this.resolved;
  }

  /** Changes whenever what this controller formats could: with the locale, and when that locale's translations arrive. */
  get formatKey(): string {
    const locale = this.locale;
    return `${locale}|${needsTranslations(this.catalog, locale)}|${needsTranslations(sharedMessages, locale)}`;
  }

  /** The host platform's name, from `configure({ platformName })`. */
  get platformName(): string {
    const locale = this.locale;
    return (
      getSettings().platformName ?? formatMessage(this.messagesOf(sharedMessages, locale).platformFallback, locale)
    );
  }

  /** A message of this element's catalog; `{platform}` is always available. */
  t(key: keyof M & string, params: MessageParams = {}): string {
    const locale = this.locale;
    return formatMessage(this.messagesOf(this.catalog, locale)[key], locale, {
      platform: this.platformName,
      ...params,
    });
  }

  /** A message of the shared catalog (loading, retry, error kinds, validity…). */
  shared(key: keyof typeof sharedMessages.en & string, params: MessageParams = {}): string {
    const locale = this.locale;
    return formatMessage(this.messagesOf(sharedMessages, locale)[key], locale, {
      platform: this.platformName,
      ...params,
    });
  }

  /** The catalog's messages for `locale`; English until its translations are loaded, then a re-render. */
  private messagesOf<C extends Messages>(
    catalog: Catalog<C>,
    locale: string,
  ): { readonly [K in keyof C]: string | PluralMessage } {
    if (needsTranslations(catalog, locale)) {
      void loadTranslations(catalog).then(() => {
        if (!needsTranslations(catalog, locale)) this.host.requestUpdate();
      });
    }
    return pickMessages(catalog, locale);
  }

  /** A calendar date (`YYYY-MM-DD`), formatted without any time-zone shift. */
  date(value: CalendarDate, style: 'medium' | 'long' | 'short' = 'medium'): string {
    const [year, month, day] = value.split('-').map(Number);
    return dateTimeFormat(this.locale, { dateStyle: style, timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day!));
  }

  /** An instant, in the given IANA time zone (default: the browser's). */
  dateTime(value: Instant, timeZone?: string): string {
    return dateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(value));
  }

  /** "in 3 days", "today", "2 days ago" between two calendar dates. */
  relativeDays(target: CalendarDate, today: CalendarDate): string {
    return relativeTimeFormat(this.locale, { numeric: 'auto' }).format(daysBetween(today, target), 'day');
  }

  money(amountMinor: number, currency: CurrencyCode): string {
    return numberFormat(this.locale, { style: 'currency', currency }).format(toMajor({ amountMinor, currency }));
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.locale, options).format(value);
  }

  /** A unit value, e.g. `12 kg`, `40 cm`. */
  unit(value: number, unit: 'kilogram' | 'centimeter'): string {
    return numberFormat(this.locale, { style: 'unit', unit, maximumFractionDigits: 2 }).format(value);
  }

  list(values: readonly string[]): string {
    return listFormat(this.locale, { type: 'conjunction' }).format(values);
  }

  /** A file size in the locale's words: "622 bytes", "1.2 MB" (bytes spelled out, larger units short). */
  fileSize(bytes: number): string {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
    let value = bytes;
    let index = 0;
    while (value >= 1024 && index < units.length - 1) {
      value /= 1024;
      index += 1;
    }
    const unitDisplay = index === 0 ? 'long' : 'short';
    return numberFormat(this.locale, {
      style: 'unit',
      unit: units[index],
      unitDisplay,
      maximumFractionDigits: 1,
    }).format(value);
  }

  /** A country or region's name in the locale ("DE" → "Germany", "Deutschland"); the code itself when unknown. */
  region(code: string): string {
    try {
      return displayNamesOf(this.locale, { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  }
}
