import { checkVAT, countries } from 'jsvat-next';
import type { CountryCode } from './types.js';

/** Why a VAT number is not valid: missing, an unsupported country prefix, a wrong form, or a wrong check digit. */
export type VatIdProblem = 'empty' | 'country' | 'format' | 'checksum';

/** Result of `checkVatId`: valid with country, or the country if recognised and why not valid. */
export type VatIdCheck =
  | { readonly valid: true; readonly normalized: string; readonly country: CountryCode; readonly reason: null }
  | { readonly valid: false; readonly country: CountryCode | null; readonly reason: VatIdProblem };

/**
 * Checks the form and check digits of a European VAT number with its country prefix
 * (e.g. `DE136695976`, `ATU13585627`, `EL094259216`) with jsvat-next. Whether the number is
 * registered is the backend's question (VIES), which can also answer "unknown".
 */
export function checkVatId(value: string): VatIdCheck {
  const compact = value.replace(/[\s.-]/g, '').toUpperCase();
  if (compact === '') return { valid: false, country: null, reason: 'empty' };
  if (!/^[A-Z]{2}[A-Z0-9]+$/.test(compact)) return { valid: false, country: null, reason: 'format' };
  const result = checkVAT(compact, countries);
  const country = result.country?.isoCode.short ?? null;
  if (!result.isSupportedCountry || country === null) return { valid: false, country: null, reason: 'country' };
  if (!result.isValidFormat) return { valid: false, country, reason: 'format' };
  if (!result.isValid) return { valid: false, country, reason: 'checksum' };
  return { valid: true, normalized: result.value ?? compact, country, reason: null };
}
