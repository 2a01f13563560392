import { checkBic, checkIban } from './bank-identifiers.js';
import type { BicProblem, IbanProblem } from './bank-identifiers.js';
import { addDays, daysBetween, isCalendarDate } from './dates.js';
import { checkItemQuantities, invoiceableQuantity } from './quantities.js';
import type { BankDetails, CalendarDate, Order, ShipmentItem } from './types.js';

/** Longest invoice number accepted. */
export const MAX_INVOICE_NUMBER_LENGTH = 64;
/** Longest account holder name a SEPA transfer carries. */
export const MAX_ACCOUNT_HOLDER_LENGTH = 70;

/** The invoice details the supplier types. */
export interface InvoiceDetailsInput {
  readonly number: string;
  readonly invoiceDate: CalendarDate | null;
  readonly paymentDate: CalendarDate | null;
}

/** Today in the order's time zone, and the supplier's invoice numbers already used. */
export interface InvoiceDetailsContext {
  readonly today: CalendarDate;
  readonly existingNumbers?: readonly string[];
}

/** Why an invoice detail field is not valid. */
export type InvoiceDetailsProblem =
  | { readonly code: 'required' }
  | { readonly code: 'too-long'; readonly maxLength: number }
  | { readonly code: 'duplicate' }
  | { readonly code: 'not-a-date' }
  | { readonly code: 'in-future'; readonly today: CalendarDate }
  | { readonly code: 'before-invoice-date'; readonly invoiceDate: CalendarDate };

/** Problems by field; an absent field is valid. */
export type InvoiceDetailsProblems = Partial<Record<keyof InvoiceDetailsInput, InvoiceDetailsProblem>>;

const sameNumber = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * Checks invoice number (required, at most 64 characters, unique for the supplier ignoring case and outer spaces),
 * invoice date (required, not in the future) and payment date (required, not before the invoice date).
 */
export function checkInvoiceDetails(
  input: InvoiceDetailsInput,
  context: InvoiceDetailsContext,
): InvoiceDetailsProblems {
  const problems: InvoiceDetailsProblems = {};
  const number = input.number.trim();
  if (number === '') problems.number = { code: 'required' };
  else if (number.length > MAX_INVOICE_NUMBER_LENGTH)
    problems.number = { code: 'too-long', maxLength: MAX_INVOICE_NUMBER_LENGTH };
  else if ((context.existingNumbers ?? []).some((existing) => sameNumber(existing, number)))
    problems.number = { code: 'duplicate' };
  const invoiceDate = input.invoiceDate?.trim() ?? '';
  if (invoiceDate === '') problems.invoiceDate = { code: 'required' };
  else if (!isCalendarDate(invoiceDate)) problems.invoiceDate = { code: 'not-a-date' };
  else if (daysBetween(context.today, invoiceDate) > 0)
    problems.invoiceDate = { code: 'in-future', today: context.today };
  const paymentDate = input.paymentDate?.trim() ?? '';
  if (paymentDate === '') problems.paymentDate = { code: 'required' };
  else if (!isCalendarDate(paymentDate)) problems.paymentDate = { code: 'not-a-date' };
  else if (isCalendarDate(invoiceDate) && daysBetween(invoiceDate, paymentDate) < 0) {
    problems.paymentDate = { code: 'before-invoice-date', invoiceDate };
  }
  return problems;
}

/** The payment date the payment terms give: invoice date plus the term's days. */
export function defaultPaymentDate(invoiceDate: CalendarDate, paymentTermsDays: number): CalendarDate {
  return addDays(invoiceDate, paymentTermsDays);
}

/** A problem of the positions chosen for an invoice. */
export type InvoiceItemProblem =
  | { readonly kind: 'nothing-selected' }
  | { readonly kind: 'unknown-position'; readonly positionId: string }
  | { readonly kind: 'not-whole'; readonly positionId: string }
  | { readonly kind: 'over-invoiceable'; readonly positionId: string; readonly invoiceable: number };

/** Checks invoice items: only quantities already shipped and not yet on an invoice that counts (rejected ones do not). */
export function checkInvoiceItems(
  order: Pick<Order, 'positions' | 'shipments' | 'invoices'>,
  items: readonly ShipmentItem[],
): InvoiceItemProblem[] {
  return checkItemQuantities(order.positions, items, (position) => invoiceableQuantity(order, position)).map(
    (problem) =>
      problem.kind === 'over-limit'
        ? { kind: 'over-invoiceable', positionId: problem.positionId, invoiceable: problem.limit }
        : problem,
  );
}

/** Why a bank detail field is not valid: `required`/`too-long`, an IBAN or BIC reason, or a BIC of another country than the IBAN. */
export type BankDetailsProblem =
  | { readonly code: 'required' }
  | { readonly code: 'too-long'; readonly maxLength: number }
  | { readonly code: 'iban'; readonly reason: Exclude<IbanProblem, 'empty'> }
  | { readonly code: 'bic'; readonly reason: Exclude<BicProblem, 'empty'> }
  | { readonly code: 'bic-country-mismatch'; readonly ibanCountry: string; readonly bicCountry: string };

/** Problems by field; an absent field is valid. */
export type BankDetailsProblems = Partial<Record<keyof BankDetails, BankDetailsProblem>>;

/** Checks bank details: every field given, a valid IBAN, a BIC of valid form whose country is the IBAN's. */
export function checkBankDetails(details: BankDetails): BankDetailsProblems {
  const problems: BankDetailsProblems = {};
  const holder = details.accountHolder.trim();
  if (holder === '') problems.accountHolder = { code: 'required' };
  else if (holder.length > MAX_ACCOUNT_HOLDER_LENGTH)
    problems.accountHolder = { code: 'too-long', maxLength: MAX_ACCOUNT_HOLDER_LENGTH };
  const iban = checkIban(details.iban);
  if (!iban.valid)
    problems.iban = iban.reason === 'empty' ? { code: 'required' } : { code: 'iban', reason: iban.reason };
  const bic = checkBic(details.bic);
  if (!bic.valid) problems.bic = bic.reason === 'empty' ? { code: 'required' } : { code: 'bic', reason: bic.reason };
  else if (iban.valid && bic.country !== iban.country) {
    problems.bic = { code: 'bic-country-mismatch', ibanCountry: iban.country, bicCountry: bic.country };
  }
  if (details.bankName.trim() === '') problems.bankName = { code: 'required' };
  return problems;
}
