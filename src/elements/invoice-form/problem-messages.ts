import type { BankDetailsProblem, InvoiceDetailsProblem } from '../../domain/invoice-rules.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { InvoiceFormMessages } from './invoice-form.messages.js';

type I18n = LocalizeController<InvoiceFormMessages>;

/** An invoice detail's problem (number, dates) in words. */
export function detailMessage(i18n: I18n, field: string, problem: InvoiceDetailsProblem): string {
  switch (problem.code) {
    case 'required':
      return i18n.t('error.required', { field: i18n.t(field as 'number').toLowerCase() });
    case 'too-long':
      return i18n.t('error.too-long', { max: problem.maxLength });
    default:
      return i18n.t(`error.${problem.code}`);
  }
}

/** A bank field's problem in words (IBAN and BIC checks name what is wrong). */
export function bankMessage(i18n: I18n, field: string, problem: BankDetailsProblem): string {
  switch (problem.code) {
    case 'required':
      return i18n.t('error.required', { field: i18n.t(field as 'iban') });
    case 'too-long':
      return i18n.t('error.too-long', { max: problem.maxLength });
    case 'iban':
      return i18n.t(`error.iban.${problem.reason}`);
    case 'bic':
      return i18n.t(`error.bic.${problem.reason}`);
    case 'bic-country-mismatch':
      return i18n.t('error.bic-country-mismatch', { bicCountry: problem.bicCountry, ibanCountry: problem.ibanCountry });
  }
}

/** The platform's field errors of a write, a duplicate invoice number said in words. */
export function fieldErrorsInWords(fieldErrors: Readonly<Record<string, string>>, i18n: I18n): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, code]) => [
      field,
      code === 'duplicate' ? i18n.t('error.duplicate') : code,
    ]),
  );
}
