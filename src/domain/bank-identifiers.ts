import {
  electronicFormatIBAN,
  extractBIC,
  friendlyFormatIBAN,
  validateBIC,
  validateIBAN,
  ValidationErrorsBIC,
  ValidationErrorsIBAN,
} from 'ibantools';
import type { CountryCode } from './types.js';

/** Why an IBAN is not valid. */
export type IbanProblem = 'empty' | 'format' | 'country' | 'length' | 'checksum';
/** Why a BIC is not valid. */
export type BicProblem = 'empty' | 'format' | 'country';

/** Result of `checkIban`: the electronic form and country, or why not valid. */
export type IbanCheck =
  | { readonly valid: true; readonly normalized: string; readonly country: CountryCode }
  | { readonly valid: false; readonly reason: IbanProblem };

/** Result of `checkBic`: the normalised BIC and its country, or why not valid. */
export type BicCheck =
  | { readonly valid: true; readonly normalized: string; readonly country: CountryCode }
  | { readonly valid: false; readonly reason: BicProblem };

/** Electronic form of an IBAN: no spaces or dashes, upper case. */
export function normalizeIban(value: string): string {
  return electronicFormatIBAN(value.trim()) ?? '';
}

/** Checks an IBAN (ISO 13616: country, length and BBAN form per country, mod-97 check digits) with ibantools. */
export function checkIban(value: string): IbanCheck {
  const normalized = normalizeIban(value);
  if (normalized === '') return { valid: false, reason: 'empty' };
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(normalized)) return { valid: false, reason: 'format' };
  const { errorCodes } = validateIBAN(normalized);
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry)) return { valid: false, reason: 'country' };
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) return { valid: false, reason: 'length' };
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat)) return { valid: false, reason: 'format' };
  if (errorCodes.length > 0) return { valid: false, reason: 'checksum' };
  return { valid: true, normalized, country: normalized.slice(0, 2) };
}

/** Checks the form of a BIC (ISO 9362: 4 bank letters, country, 2 location, optional 3 branch) with ibantools. */
export function checkBic(value: string): BicCheck {
  const normalized = value.replace(/\s+/g, '').toUpperCase();
  if (normalized === '') return { valid: false, reason: 'empty' };
  if (!/^[A-Z0-9]{8}(?:[A-Z0-9]{3})?$/.test(normalized)) return { valid: false, reason: 'format' };
  const { errorCodes } = validateBIC(normalized);
  if (errorCodes.includes(ValidationErrorsBIC.WrongBICFormat)) return { valid: false, reason: 'format' };
  if (errorCodes.length > 0) return { valid: false, reason: /^[A-Z]{6}/.test(normalized) ? 'country' : 'format' };
  return { valid: true, normalized, country: extractBIC(normalized).countryCode ?? normalized.slice(4, 6) };
}

/** True when the BIC's country (letters 5–6) is the IBAN's country; false when either is not valid. */
export function bicFitsIban(bic: string, iban: string): boolean {
  const bicCheck = checkBic(bic);
  const ibanCheck = checkIban(iban);
  return bicCheck.valid && ibanCheck.valid && bicCheck.country === ibanCheck.country;
}

/** An IBAN in groups of four for display, e.g. `DE89 3704 0044 0532 0130 00`. */
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(normalizeIban(iban)) ?? '';
}

/**
 * An IBAN as it may be shown on screen: grouped in fours from the start, as the IBAN is printed, with every character
 * masked but the country code (not secret, and it tells the supplier which account is meant) and the last four
 * (enough to recognise the account). `DE89 3704 0044 0532 0130 00` → `DE•• •••• •••• •••• ••30 00`. An input too short
 * to hide anything after its country code and last four shows only its last four.
 */
export function maskIban(iban: string): string {
  const normalized = normalizeIban(iban);
  const head = /^[A-Z]{2}/.test(normalized) && normalized.length > 6 ? 2 : 0;
  const tail = Math.min(4, normalized.length - head);
  const masked =
    normalized.slice(0, head) +
    '•'.repeat(normalized.length - head - tail) +
    normalized.slice(normalized.length - tail);
  return masked.replace(/(.{4})(?=.)/gu, '$1 ');
}
