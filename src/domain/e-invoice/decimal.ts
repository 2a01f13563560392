/** Amounts in e-invoices are decimals in major units ("1234.50"); the library keeps integer minor units. */

/** Minor units as a decimal string with `digits` decimals, without floating-point arithmetic. */
export function minorToDecimal(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const whole = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + whole;
  return `${sign}${whole.slice(0, -digits)}.${whole.slice(-digits)}`;
}

/**
 * A decimal string ("1234.5", "-0.10", "100.000") in minor units with `digits` decimals; null when it is
 * not a plain decimal or has more significant decimals than the currency (those are not an amount of it).
 */
export function decimalToMinor(text: string, digits: number): number | null {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return null;
  const minor = Number(match[2]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return match[1] === '-' && minor !== 0 ? -minor : minor;
}

/** A VAT rate in basis points as the percentage an invoice writes ("19", "7", "5.5"). */
export function basisPointsToPercent(basisPoints: number): string {
  return minorToDecimal(basisPoints, 2).replace(/\.?0+$/, '') || '0';
}
