import { numberFormat } from './intl.js';
import type { CurrencyCode, InvoiceTotals, Money } from './types.js';

const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency from Intl (EUR 2, JPY 0, KWD 3). */
export function currencyDigits(currency: CurrencyCode): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** A `Money` value from minor units and a currency. */
export const money = (amountMinor: number, currency: CurrencyCode): Money => ({ amountMinor, currency });

/** Major units as a number, for `Intl.NumberFormat` only (never for arithmetic). */
export function toMajor(value: Money): number {
  return value.amountMinor / 10 ** currencyDigits(value.currency);
}

/** Parses a decimal string in major units into minor units without floating-point error; null when not a valid amount. */
export function parseMajor(text: string, currency: CurrencyCode): number | null {
  const digits = currencyDigits(currency);
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[3] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(match[2]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return match[1] && minor !== 0 ? -minor : minor;
}

/** Half away from zero, the usual commercial rounding (never returns -0). */
export function roundHalfAwayFromZero(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}

/** VAT of one line in minor units, rounded per line (half away from zero), in integer arithmetic when the product is safe. */
export function lineVat(netMinor: number, vatRateBasisPoints: number): number {
  const product = netMinor * vatRateBasisPoints;
  if (!Number.isSafeInteger(product)) return roundHalfAwayFromZero(product / 10_000);
  const whole = Math.trunc(product / 10_000);
  const rest = Math.abs(product % 10_000);
  const rounded = rest * 2 >= 10_000 ? whole + Math.sign(product) : whole;
  return rounded === 0 ? 0 : rounded;
}

/** One invoice line: quantity and unit price in minor units. */
export interface PricedLine {
  readonly quantity: number;
  readonly unitPriceMinor: number;
}

/** Net, VAT and gross in minor units; VAT rounded per line, then summed. */
export function invoiceTotals(lines: readonly PricedLine[], vatRateBasisPoints: number): InvoiceTotals {
  let netMinor = 0;
  let vatMinor = 0;
  for (const line of lines) {
    const net = line.quantity * line.unitPriceMinor;
    netMinor += net;
    vatMinor += lineVat(net, vatRateBasisPoints);
  }
  return { netMinor, vatMinor, grossMinor: netMinor + vatMinor };
}

/** Money formatted for a locale with `Intl.NumberFormat`, with the currency's own number of decimals. */
export function formatMoney(value: Money, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency: value.currency }).format(toMajor(value));
}
