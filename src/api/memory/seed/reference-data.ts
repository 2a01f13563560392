/** Static reference data of the memory adapter: carriers, packaging rules, parts and materials for the demo seed. */
import type { Buyer, Carrier, PackagingRules } from '../../../domain/types.js';

/** The carriers a supplier may choose; tracking pages are https templates with `{number}`. */
export const CARRIERS: readonly Carrier[] = [
  {
    id: 'dhl',
    name: 'DHL',
    trackingUrlTemplate:
      'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={number}',
  },
  { id: 'ups', name: 'UPS', trackingUrlTemplate: 'https://www.ups.com/track?tracknum={number}' },
  { id: 'fedex', name: 'FedEx', trackingUrlTemplate: 'https://www.fedex.com/fedextrack/?trknbr={number}' },
  { id: 'dpd', name: 'DPD', trackingUrlTemplate: 'https://tracking.dpd.de/status/en_US/parcel/{number}' },
  { id: 'gls', name: 'GLS', trackingUrlTemplate: 'https://gls-group.com/EU/en/parcel-tracking?match={number}' },
  {
    id: 'tnt',
    name: 'TNT',
    trackingUrlTemplate:
      'https://www.tnt.com/express/en_gb/site/shipping-tools/tracking.html?searchType=con&cons={number}',
  },
  {
    id: 'db-schenker',
    name: 'DB Schenker',
    trackingUrlTemplate: 'https://www.dbschenker.com/app/tracking-public/?refNumber={number}',
  },
  { id: 'other', name: 'Other', trackingUrlTemplate: null },
];

/** Demo packaging limits: a box at most 25 kg, a pallet at most 350 kg; photos and documents at most 10 MB. */
export const PACKAGING_RULES: PackagingRules = {
  box: { maxWeightKg: 25, maxLengthCm: 120 },
  pallet: { maxWeightKg: 350, maxLengthCm: 240 },
  maxPhotoBytes: 10 * 1024 * 1024,
  maxDocumentBytes: 10 * 1024 * 1024,
};

/** Part names the seed draws from. */
export const PART_NAMES: readonly string[] = [
  'Mounting bracket',
  'Drive shaft',
  'Gearbox housing',
  'Pipe flange',
  'Sensor cover',
  'Bearing block',
  'Spacer sleeve',
  'Heat sink',
  'Adapter plate',
  'Pulley',
  'Clamp lever',
  'Valve body',
  'Motor mount',
  'Cable gland',
  'Guide rail',
  'End cap',
  'Hinge plate',
  'Nozzle',
  'Enclosure lid',
  'Threaded bushing',
];

/** A process with the materials it is usually run with and a typical unit price range (EUR cents). */
export interface ProcessProfile {
  readonly name: string;
  readonly materials: readonly string[];
  readonly minPrice: number;
  readonly maxPrice: number;
}

/** Manufacturing processes the seed draws from. */
export const PROCESSES: readonly ProcessProfile[] = [
  {
    name: 'CNC milling',
    materials: ['Aluminium 6082', 'Aluminium 7075', 'Steel 1.4301', 'POM-C', 'Brass CW614N'],
    minPrice: 1_200,
    maxPrice: 48_000,
  },
  {
    name: 'CNC turning',
    materials: ['Steel 1.4301', 'Steel 1.4404', 'Brass CW614N', 'Aluminium 6082', 'POM-C'],
    minPrice: 450,
    maxPrice: 19_000,
  },
  { name: 'Sheet metal', materials: ['Steel DC01', 'Steel 1.4301', 'Aluminium 5754'], minPrice: 300, maxPrice: 9_500 },
  { name: '3D printing (SLS)', materials: ['PA12', 'PA12 GF'], minPrice: 600, maxPrice: 14_000 },
  { name: '3D printing (MJF)', materials: ['PA12', 'PA11'], minPrice: 500, maxPrice: 12_000 },
  { name: 'Injection moulding', materials: ['ABS', 'PC', 'PA6 GF30', 'POM-C'], minPrice: 35, maxPrice: 900 },
];

/** Currency of an order with the time zone of its customer site and its VAT rate. */
export interface Market {
  readonly currency: string;
  readonly timeZone: string;
  readonly vatRateBasisPoints: number;
}

/** The market of each seed currency. */
export const MARKETS: Readonly<Record<string, Market>> = {
  EUR: { currency: 'EUR', timeZone: 'Europe/Berlin', vatRateBasisPoints: 1_900 },
  USD: { currency: 'USD', timeZone: 'America/Chicago', vatRateBasisPoints: 0 },
  GBP: { currency: 'GBP', timeZone: 'Europe/London', vatRateBasisPoints: 0 },
  CHF: { currency: 'CHF', timeZone: 'Europe/Zurich', vatRateBasisPoints: 0 },
  PLN: { currency: 'PLN', timeZone: 'Europe/Warsaw', vatRateBasisPoints: 0 },
  JPY: { currency: 'JPY', timeZone: 'Asia/Tokyo', vatRateBasisPoints: 0 },
  KWD: { currency: 'KWD', timeZone: 'Asia/Kuwait', vatRateBasisPoints: 0 },
};

/** Rough EUR → currency factors for minor units (JPY has no minor unit, KWD three digits). */
export const MINOR_PER_EUR_CENT: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 1.08,
  GBP: 0.85,
  CHF: 0.95,
  PLN: 4.3,
  JPY: 1.6,
  KWD: 3.3,
};

/** Reasons a platform manager gives when rejecting an invoice. */
export const REJECTION_REASONS: readonly string[] = [
  'The order number is missing on the invoice PDF.',
  'The invoice is not signed.',
  'The VAT amount does not match the order (19 % expected).',
  'The bank details on the PDF differ from your company profile.',
];

/** The buyer of every demo order: the platform, which buys from suppliers and sells to its customers; e-invoices go to its e-mail address. */
export const PLATFORM_BUYER: Buyer = {
  legalName: 'Werkbank Fertigungsplattform GmbH',
  address: {
    name: 'Werkbank Fertigungsplattform GmbH',
    street: 'Torstraße 49',
    postalCode: '10119',
    city: 'Berlin',
    country: 'DE',
  },
  vatId: 'DE311946851',
  electronicAddress: { scheme: 'EM', value: 'e-rechnung@werkbank-plattform.example' },
  reference: null,
};
