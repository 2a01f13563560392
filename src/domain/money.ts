import type { CurrencyCode, InvoiceTotals, Money } from './types.js';

const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency from Intl (EUR 2, JPY 0, KWD 3). */
export function currencyDigits(currency: CurrencyCode): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

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
  return match[1] ? -minor : minor;
}

/** Half away from zero, the usual commercial rounding. */
export function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** VAT of one line in minor units, rounded per line. */
export function lineVat(netMinor: number, vatRateBasisPoints: number): number {
  return roundHalfAwayFromZero((netMinor * vatRateBasisPoints) / 10_000);
}

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

export function formatMoney(value: Money, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(toMajor(value));
}
