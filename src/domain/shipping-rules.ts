import { daysBetween, isCalendarDate } from './dates.js';
import {
  checkTrackingNumber,
  detectCarriers,
  hasKnownTrackingFormat,
  normalizeTrackingNumber,
} from './tracking-numbers.js';
import type { CarrierId } from './tracking-numbers.js';
import type { CalendarDate, PackageInfo, PackagingRules } from './types.js';

/** Packaging limits seen in the seed portal (box ≤ 25 kg, pallet ≤ 350 kg); real limits come from the adapter. */
export const DEMO_PACKAGING_RULES: PackagingRules = {
  box: { maxWeightKg: 25, maxLengthCm: 120 },
  pallet: { maxWeightKg: 350, maxLengthCm: 240 },
  maxPhotoBytes: 10 * 1024 * 1024,
  maxDocumentBytes: 20 * 1024 * 1024,
};

/** A field of the package step. */
export type PackageField = keyof PackageInfo;

/** Why a package field is not valid; limits are those of the chosen package type. */
export type PackageProblem =
  | { readonly code: 'required' }
  | { readonly code: 'not-positive' }
  | { readonly code: 'not-whole' }
  | { readonly code: 'too-heavy'; readonly maxKg: number }
  | { readonly code: 'too-long'; readonly maxCm: number };

/** Problems by field; a field that is absent is valid. */
export type PackageProblems = Partial<Record<PackageField, PackageProblem>>;

const DIMENSIONS = ['lengthCm', 'widthCm', 'heightCm'] as const;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Checks the package step: every field given, a whole count ≥ 1, positive measures, weight and each side within the type's limits. */
export function checkPackage(pkg: Partial<PackageInfo>, rules: PackagingRules): PackageProblems {
  const problems: PackageProblems = {};
  const limits = pkg.type === 'box' || pkg.type === 'pallet' ? rules[pkg.type] : null;
  if (!limits) problems.type = { code: 'required' };
  if (!isNumber(pkg.count)) problems.count = { code: 'required' };
  else if (!Number.isInteger(pkg.count)) problems.count = { code: 'not-whole' };
  else if (pkg.count < 1) problems.count = { code: 'not-positive' };
  for (const field of DIMENSIONS) {
    const value = pkg[field];
    if (!isNumber(value)) problems[field] = { code: 'required' };
    else if (value <= 0) problems[field] = { code: 'not-positive' };
    else if (limits && value > limits.maxLengthCm) problems[field] = { code: 'too-long', maxCm: limits.maxLengthCm };
  }
  if (!isNumber(pkg.weightKg)) problems.weightKg = { code: 'required' };
  else if (pkg.weightKg <= 0) problems.weightKg = { code: 'not-positive' };
  else if (limits && pkg.weightKg > limits.maxWeightKg)
    problems.weightKg = { code: 'too-heavy', maxKg: limits.maxWeightKg };
  return problems;
}

/** At most this many tracking numbers per shipment. */
export const MAX_TRACKING_NUMBERS = 20;
/** The longest tracking number accepted, in characters. */
export const MAX_TRACKING_NUMBER_LENGTH = 64;

/** What the supplier enters when it arranges delivery itself. */
export interface SupplierDeliveryInput {
  readonly carrierId: string | null;
  /** Tracking numbers in the order entered; empty entries are ignored. */
  readonly trackingNumbers: readonly string[];
  readonly expectedShipDate: CalendarDate | null;
}

/** The days the delivery step is checked against, both in the order's time zone. */
export interface DeliveryDates {
  readonly today: CalendarDate;
  readonly shippingDue: CalendarDate;
}

/** A field of the supplier-arranged delivery step; each tracking number is a field of its own (`trackingNumbers.<index>`). */
export type DeliveryField = 'carrierId' | 'expectedShipDate' | `trackingNumbers.${number}`;

/** Why a delivery field blocks publishing; `duplicate` names the index of the earlier entry of the same number. */
export type DeliveryError =
  | { readonly code: 'required' }
  | { readonly code: 'not-a-date' }
  | { readonly code: 'in-past'; readonly today: CalendarDate }
  | { readonly code: 'duplicate'; readonly of: number };

/** Something worth a second look that never blocks publishing. */
export type DeliveryWarning =
  | { readonly code: 'after-shipping-deadline'; readonly shippingDue: CalendarDate }
  | { readonly code: 'tracking-fits-other-carrier'; readonly carriers: readonly CarrierId[] }
  | { readonly code: 'tracking-unknown-format' };

/** Errors (block) and warnings (inform), each by field; an absent field has none. */
export interface DeliveryCheck {
  readonly errors: Partial<Record<DeliveryField, DeliveryError>>;
  readonly warnings: Partial<Record<DeliveryField, DeliveryWarning>>;
}

/**
 * Checks a supplier-arranged delivery: carrier and expected ship date required, the date not in the past,
 * no tracking number twice (compared without separators and case); warns when the date is after the shipping
 * deadline or a tracking number does not look like the carrier's (each number on its own).
 */
export function checkSupplierDelivery(input: SupplierDeliveryInput, dates: DeliveryDates): DeliveryCheck {
  const errors: Partial<Record<DeliveryField, DeliveryError>> = {};
  const warnings: Partial<Record<DeliveryField, DeliveryWarning>> = {};
  const carrierId = input.carrierId?.trim() ?? '';
  if (carrierId === '') errors.carrierId = { code: 'required' };
  const date = input.expectedShipDate?.trim() ?? '';
  if (date === '') errors.expectedShipDate = { code: 'required' };
  else if (!isCalendarDate(date)) errors.expectedShipDate = { code: 'not-a-date' };
  else if (daysBetween(dates.today, date) < 0) errors.expectedShipDate = { code: 'in-past', today: dates.today };
  else if (daysBetween(dates.shippingDue, date) > 0) {
    warnings.expectedShipDate = { code: 'after-shipping-deadline', shippingDue: dates.shippingDue };
  }
  const seen = new Map<string, number>();
  input.trackingNumbers.forEach((number, index) => {
    const tracking = number.trim();
    const normalized = normalizeTrackingNumber(tracking);
    if (tracking === '') return;
    const field = `trackingNumbers.${index}` as const;
    const earlier = seen.get(normalized);
    if (earlier !== undefined) {
      errors[field] = { code: 'duplicate', of: earlier };
      return;
    }
    seen.set(normalized, index);
    if (!hasKnownTrackingFormat(carrierId)) return;
    const fit = checkTrackingNumber(carrierId, tracking);
    if (fit === 'fits-other-carrier')
      warnings[field] = { code: 'tracking-fits-other-carrier', carriers: detectCarriers(tracking) };
    else if (fit === 'unknown-format') warnings[field] = { code: 'tracking-unknown-format' };
  });
  return { errors, warnings };
}
