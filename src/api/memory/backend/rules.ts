/** The checks a real backend must make, with the domain rules, turned into field errors keyed by field path. */
import { deliveryResponsibility } from '../../../domain/delivery.js';
import { shippingInfoDueDate } from '../../../domain/deadlines.js';
import { checkBankDetails, checkInvoiceDetails, checkInvoiceItems } from '../../../domain/invoice-rules.js';
import { checkLineAnswers } from '../../../domain/line-acknowledgement.js';
import { checkShipmentItems } from '../../../domain/quantities.js';
import {
  checkPackage,
  checkSupplierDelivery,
  MAX_TRACKING_NUMBER_LENGTH,
  MAX_TRACKING_NUMBERS,
} from '../../../domain/shipping-rules.js';
import type {
  BankDetails,
  CalendarDate,
  Carrier,
  LineAnswer,
  NewInvoice,
  NewShipment,
  Order,
  PackagingRules,
} from '../../../domain/types.js';
import { SupplierApiError } from '../../errors.js';
import type { FieldErrors } from '../../errors.js';
import type { UploadRecord } from '../store.js';

type Errors = Record<string, string>;

/** Throws a 'validation' SupplierApiError when there are field errors. */
export function assertValid(errors: FieldErrors, message: string): void {
  if (Object.keys(errors).length > 0) throw new SupplierApiError('validation', message, { fieldErrors: errors });
}

function itemErrors(errors: Errors, problems: readonly { kind: string; positionId?: string }[]): void {
  for (const problem of problems)
    errors[problem.positionId === undefined ? 'items' : `items.${problem.positionId}`] = problem.kind;
}

/** What a shipment is checked against besides the order. */
export interface ShipmentContext {
  readonly rules: PackagingRules;
  readonly carriers: readonly Carrier[];
  readonly photo: UploadRecord | undefined;
  readonly today: CalendarDate;
}

/** Tracking numbers: a list of at most MAX_TRACKING_NUMBERS non-empty strings of at most MAX_TRACKING_NUMBER_LENGTH characters. */
function trackingNumberErrors(errors: Errors, numbers: unknown): void {
  if (!Array.isArray(numbers)) {
    errors['delivery.trackingNumbers'] = 'required';
    return;
  }
  if (numbers.length > MAX_TRACKING_NUMBERS) errors['delivery.trackingNumbers'] = 'too-many';
  numbers.forEach((number: unknown, index) => {
    if (typeof number !== 'string' || number.trim() === '' || number.length > MAX_TRACKING_NUMBER_LENGTH)
      errors[`delivery.trackingNumbers.${index}`] ??= 'invalid';
  });
}

/** Field errors of a new shipment: terms, quantities (never over-shipping), package limits, photo, who arranges delivery and its fields. */
export function shipmentErrors(order: Order, shipment: NewShipment, context: ShipmentContext): FieldErrors {
  const errors: Errors = {};
  if (shipment.termsAccepted !== true) errors['termsAccepted'] = 'must-accept';
  itemErrors(errors, checkShipmentItems(order, Array.isArray(shipment.items) ? shipment.items : []));
  for (const [field, problem] of Object.entries(checkPackage(shipment.package ?? {}, context.rules)))
    errors[`package.${field}`] = problem.code;
  if (shipment.photoId !== null && (context.photo?.kind !== 'package-photo' || context.photo.orderId !== order.id))
    errors['photoId'] = 'unknown';
  const delivery = shipment.delivery;
  if (delivery?.arrangedBy !== deliveryResponsibility(order)) {
    errors['delivery.arrangedBy'] = 'wrong-party';
  } else if (delivery.arrangedBy === 'platform') {
    const address = delivery.pickupAddress;
    if (!address?.street?.trim() || !address.city?.trim() || !address.postalCode?.trim())
      errors['delivery.pickupAddress'] = 'required';
  } else {
    const trackingNumbers: unknown = delivery.trackingNumbers;
    const numbers = Array.isArray(trackingNumbers)
      ? trackingNumbers.map((number: unknown) => (typeof number === 'string' ? number : ''))
      : [];
    const check = checkSupplierDelivery(
      { ...delivery, trackingNumbers: numbers },
      { today: context.today, shippingDue: shippingInfoDueDate(order) },
    );
    for (const [field, problem] of Object.entries(check.errors))
      if (problem) errors[`delivery.${field}`] = problem.code;
    if (!errors['delivery.carrierId'] && !context.carriers.some((carrier) => carrier.id === delivery.carrierId))
      errors['delivery.carrierId'] = 'unknown';
    trackingNumberErrors(errors, trackingNumbers);
  }
  return errors;
}

/** What an invoice is checked against besides the order. */
export interface InvoiceContext {
  readonly today: CalendarDate;
  /** Invoice numbers the supplier has used (rejected invoices of this order excepted: a correction may keep its number). */
  readonly existingNumbers: readonly string[];
  readonly document: UploadRecord | undefined;
  /** The upload `eInvoiceDocumentId` names, if the invoice has one. */
  readonly eInvoice?: UploadRecord | undefined;
}

/** Field errors of a new invoice: number (unique), dates, only shipped and not yet invoiced quantities, the uploaded PDF and e-invoice XML. */
export function invoiceErrors(order: Order, invoice: NewInvoice, context: InvoiceContext): FieldErrors {
  const errors: Errors = {};
  const details = checkInvoiceDetails(
    {
      number: String(invoice.number ?? ''),
      invoiceDate: invoice.invoiceDate ?? null,
      paymentDate: invoice.paymentDate ?? null,
    },
    { today: context.today, existingNumbers: context.existingNumbers },
  );
  for (const [field, problem] of Object.entries(details)) errors[field] = problem.code;
  itemErrors(errors, checkInvoiceItems(order, Array.isArray(invoice.items) ? invoice.items : []));
  const isInvoiceUpload = (upload: UploadRecord | undefined, contentType: string) =>
    upload?.kind === 'invoice' && upload.orderId === order.id && upload.ref.contentType === contentType;
  if (!isInvoiceUpload(context.document, 'application/pdf')) errors['documentId'] = 'unknown';
  if (invoice.eInvoiceDocumentId && !isInvoiceUpload(context.eInvoice, 'application/xml'))
    errors['eInvoiceDocumentId'] = 'unknown';
  return errors;
}

/** Field errors of bank details: holder, IBAN (mod 97), BIC form and country, bank name. */
export function bankDetailsErrors(details: BankDetails): FieldErrors {
  const errors: Errors = {};
  for (const [field, problem] of Object.entries(checkBankDetails(details)))
    errors[field] = 'reason' in problem ? problem.reason : problem.code;
  return errors;
}

/**
 * Field errors of answers per line, keyed `answers.<positionId>` (no, two or an unknown answer for a position)
 * or `answers.<positionId>.<field>` (quantity, date, reason, note).
 */
export function lineAnswerErrors(order: Order, answers: unknown, today: CalendarDate): FieldErrors {
  if (!Array.isArray(answers) || answers.length === 0) return { answers: 'required' };
  const errors: Errors = {};
  for (const problem of checkLineAnswers(order, answers as LineAnswer[], today)) {
    errors[
      problem.field === 'kind' ? `answers.${problem.positionId}` : `answers.${problem.positionId}.${problem.field}`
    ] ??= problem.code;
  }
  return errors;
}
