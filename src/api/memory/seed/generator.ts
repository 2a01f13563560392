/** Deterministic demo data: realistic orders in every stage and state, relative to `now`. */
import { addDays, dateInZone } from '../../../domain/dates.js';
import { invoiceTotals } from '../../../domain/money.js';
import type {
  CalendarDate,
  CompanyProfile,
  Delivery,
  DocumentRef,
  Incoterm,
  Invoice,
  InvoiceStatus,
  Order,
  PackageInfo,
  Position,
  Shipment,
  ShipmentItem,
} from '../../../domain/types.js';
import {
  CARRIERS,
  PLATFORM_BUYER,
  MARKETS,
  MINOR_PER_EUR_CENT,
  PART_NAMES,
  PROCESSES,
  REJECTION_REASONS,
} from './reference-data.js';
import { INTERNAL_URL_PREFIX, SEED_DOCUMENT_SIZE } from '../backend/documents.js';
import { typedQualityFor } from './quality-seeds.js';
import { Random } from './random.js';
import type { Scenario } from './scenarios.js';
import { scenarioOf } from './scenarios.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What the generator needs: a seed, how many orders, and the moment they are relative to. */
export interface GeneratorOptions {
  readonly seed: number;
  readonly count: number;
  readonly now: Date;
}

/** The order number of the order at `index` (0-based): SF-10001, SF-10002, … */
export const orderNumberOf = (index: number): string => `SF-${10_001 + index}`;
/** The order id of the order at `index` (0-based): ord-000001, … */
export const orderIdOf = (index: number): string => `ord-${String(index + 1).padStart(6, '0')}`;

/** A document stored by the memory adapter; its URL is an internal placeholder until served. */
export function storedDocument(
  id: string,
  name: string,
  contentType: string,
  sizeBytes: number,
  createdAt: string,
): DocumentRef {
  return { id, name, contentType, sizeBytes, url: INTERNAL_URL_PREFIX + id, createdAt };
}

const shiftedDates = new Map<string, CalendarDate>();
/** `addDays`, memoised: the seed shifts few distinct dates by few distinct day counts. */
function shiftDate(date: CalendarDate, days: number): CalendarDate {
  const key = `${date}|${days}`;
  let shifted = shiftedDates.get(key);
  if (shifted === undefined) {
    shifted = addDays(date, days);
    shiftedDates.set(key, shifted);
  }
  return shifted;
}

/** An instant rounded to the hour (seeded events happen on the hour; fewer distinct dates to compute). */
const onTheHour = (ms: number) => Math.round(ms / HOUR) * HOUR;

const seedPdf = (id: string, name: string, createdAt: string) =>
  storedDocument(id, name, 'application/pdf', SEED_DOCUMENT_SIZE, createdAt);

/** The demo supplier's company profile (bank details not yet entered). */
export function seedCompanyProfile(): CompanyProfile {
  const address = {
    name: 'Feinmechanik Huber GmbH',
    street: 'Industriestraße 12',
    postalCode: '70565',
    city: 'Stuttgart',
    country: 'DE',
  };
  return {
    legalName: 'Feinmechanik Huber GmbH',
    address,
    vatId: 'DE136695976',
    pickupAddress: { ...address, name: 'Feinmechanik Huber GmbH – Warenausgang', street: 'Industriestraße 14' },
    bankDetails: null,
    contact: { name: 'Anna Huber', phone: '+49 711 123456-0', email: 'rechnung@huber-feinmechanik.example' },
    electronicAddress: { scheme: 'EM', value: 'rechnung@huber-feinmechanik.example' },
  };
}

function quantityFor(process: string, random: Random): number {
  if (process === 'Injection moulding') return random.int(5, 200) * 100;
  if (process === 'Sheet metal') return random.int(10, 500);
  if (process.startsWith('3D')) return random.int(1, 100);
  return random.pick([1, 2, 4, 5, 10, 12, 20, 25, 50, 100, 150, 200]);
}

function positionsFor(orderId: string, scenario: Scenario, random: Random): Position[] {
  const count = scenario.shipping.startsWith('partial') ? random.int(2, 4) : random.pick([1, 1, 1, 2, 2, 3, 4]);
  const factor = MINOR_PER_EUR_CENT[scenario.currency] ?? 1;
  return Array.from({ length: count }, (_, index) => {
    const process = random.pick(PROCESSES);
    return {
      id: `${orderId}-p${index + 1}`,
      lineNo: index + 1,
      partNumber: `XM-${random.digits(5)}`,
      partName: random.pick(PART_NAMES),
      material: random.pick(process.materials),
      process: process.name,
      quantity: quantityFor(process.name, random),
      unitPriceMinor: Math.max(1, Math.round(random.int(process.minPrice, process.maxPrice) * factor)),
    };
  });
}

function packageFor(items: readonly ShipmentItem[], random: Random): PackageInfo {
  const pieces = items.reduce((sum, item) => sum + item.quantity, 0);
  if (pieces > 2_000 || random.chance(0.15)) {
    return {
      type: 'pallet',
      count: random.int(1, 3),
      lengthCm: 120,
      widthCm: 80,
      heightCm: random.int(60, 150),
      weightKg: random.int(80, 320),
    };
  }
  return {
    type: 'box',
    count: random.int(1, 4),
    lengthCm: random.int(30, 80),
    widthCm: random.int(20, 60),
    heightCm: random.int(10, 50),
    weightKg: random.int(2, 22),
  };
}

const TRACKING_FORMATS: Readonly<Record<string, (random: Random) => string>> = {
  dhl: (random) => random.digits(10),
  ups: (random) => `1Z${random.digits(3)}E${random.digits(2)}${random.digits(10)}`,
  fedex: (random) => random.digits(12),
  dpd: (random) => `0${random.digits(13)}`,
  gls: (random) => random.digits(11),
  tnt: (random) => random.digits(9),
  'db-schenker': (random) => random.digits(10),
};

/** One number, or two (parcels with consecutive numbers) when the first ends in an even digit; draws no more than one number from `random`, so the rest of the seed stays as it was. */
function trackingNumbersFor(format: (random: Random) => string, random: Random): string[] {
  const first = format(random);
  const last = Number(first.at(-1));
  return last % 2 === 0 ? [first, `${first.slice(0, -1)}${last + 1}`] : [first];
}

function deliveryFor(
  scenario: Scenario,
  profile: CompanyProfile,
  shippedAt: number,
  timeZone: string,
  random: Random,
): Delivery {
  if (scenario.delivery === 'platform') return { arrangedBy: 'platform', pickupAddress: profile.pickupAddress };
  const carrier = random.pick(CARRIERS.filter((candidate) => candidate.id !== 'other'));
  const format = TRACKING_FORMATS[carrier.id];
  return {
    arrangedBy: 'supplier',
    carrierId: carrier.id,
    trackingNumbers: scenario.tracking && format ? trackingNumbersFor(format, random) : [],
    expectedShipDate: dateInZone(shippedAt, timeZone),
  };
}

interface Context {
  readonly orderId: string;
  readonly number: string;
  readonly scenario: Scenario;
  readonly timeZone: string;
  readonly profile: CompanyProfile;
  readonly random: Random;
}

function shipment(
  context: Context,
  sequence: number,
  items: ShipmentItem[],
  exactly: number,
  processing: boolean,
): Shipment {
  const at = onTheHour(exactly);
  const id = `${context.orderId}-s${sequence}`;
  const number = `${context.number}-S${sequence}`;
  const createdAt = new Date(at).toISOString();
  const delivery = deliveryFor(context.scenario, context.profile, at, context.timeZone, context.random);
  const documents = processing
    ? []
    : [
        seedPdf(`${id}-label`, `Label ${number}.pdf`, createdAt),
        seedPdf(`${id}-slip`, `Packing slip ${number}.pdf`, createdAt),
      ];
  return {
    id,
    number,
    createdAt,
    items,
    package: packageFor(items, context.random),
    photo: null,
    delivery,
    status: processing ? 'processing' : 'ready',
    documents,
  };
}

function shipmentsFor(
  context: Context,
  positions: readonly Position[],
  start: number,
  span: number,
  now: number,
): Shipment[] {
  const all = positions.map((position) => ({ positionId: position.id, quantity: position.quantity }));
  const { shipping } = context.scenario;
  if (shipping === 'none') return [];
  if (shipping.startsWith('partial')) {
    return [
      shipment(
        context,
        1,
        all.slice(0, 1),
        shipping === 'partial-processing' ? now - 3 * HOUR : start + span * 0.5,
        shipping === 'partial-processing',
      ),
    ];
  }
  const processing = shipping === 'full-processing';
  const lastAt = processing ? now - 2 * HOUR : start + span * 0.55;
  if (all.length > 1 && context.random.chance(0.4)) {
    return [
      shipment(context, 1, all.slice(0, 1), start + span * 0.45, false),
      shipment(context, 2, all.slice(1), lastAt, processing),
    ];
  }
  return [shipment(context, 1, all, lastAt, processing)];
}

function invoiceFor(
  context: Context,
  index: number,
  positions: readonly Position[],
  vatRate: number,
  currency: string,
  exactly: number,
  end: number,
): Invoice {
  const at = onTheHour(exactly);
  const status = context.scenario.invoice as InvoiceStatus;
  const items = positions.map((position) => ({
    positionId: position.id,
    quantity: position.quantity,
    unitPriceMinor: position.unitPriceMinor,
  }));
  const totals = invoiceTotals(items, vatRate);
  const invoiceDate = dateInZone(at, context.timeZone);
  const number = `RE-${new Date(end).getUTCFullYear()}-${String(index + 1).padStart(5, '0')}`;
  const submittedAt = new Date(at).toISOString();
  return {
    id: `${context.orderId}-i1`,
    number,
    invoiceDate,
    paymentDate: shiftDate(invoiceDate, 30),
    currency,
    items,
    totals,
    document: seedPdf(`${context.orderId}-i1-doc`, `Invoice ${number}.pdf`, submittedAt),
    status,
    submittedAt,
    rejectionReason: status === 'rejected' ? context.random.pick(REJECTION_REASONS) : null,
    paidOn: status === 'paid' ? dateInZone(onTheHour(end), context.timeZone) : null,
    paidAmountMinor: status === 'paid' ? totals.grossMinor : null,
  };
}

const PLATFORM_INCOTERMS: readonly Incoterm[] = ['FCA', 'FCA', 'EXW', 'CPT', 'DDP'];

/** The order at `index` of a seed. */
export function generateOrder(seed: number, index: number, now: Date, profile: CompanyProfile): Order {
  const random = Random.forItem(seed, index);
  const scenario = scenarioOf(index, random);
  const market = MARKETS[scenario.currency] ?? (MARKETS['EUR'] as (typeof MARKETS)[string]);
  const timeZone =
    scenario.currency === 'EUR' && random.chance(0.1)
      ? random.pick(['Europe/Vienna', 'Europe/Amsterdam', 'Europe/Paris'])
      : market.timeZone;
  const orderId = orderIdOf(index);
  const number = orderNumberOf(index);
  const context: Context = { orderId, number, scenario, timeZone, profile, random };
  const nowMs = now.getTime();
  const start = onTheHour(nowMs) - random.int(12, 60) * DAY - random.int(0, 23) * HOUR;
  const span = onTheHour(nowMs) - start;
  const positions = positionsFor(orderId, scenario, random);
  const shipments = shipmentsFor(context, positions, start, span, nowMs);
  const invoices =
    scenario.invoice === 'none'
      ? []
      : [
          invoiceFor(
            context,
            index,
            positions,
            market.vatRateBasisPoints,
            scenario.currency,
            start + span * 0.7,
            start + span * 0.95,
          ),
        ];
  const reportAt = new Date(onTheHour(start + span * 0.3)).toISOString();
  return {
    id: orderId,
    number,
    createdAt: new Date(start).toISOString(),
    leadTime: shiftDate(dateInZone(now, timeZone), scenario.leadDays),
    timeZone,
    currency: scenario.currency,
    kind: scenario.delivery === 'test' ? 'test' : 'regular',
    incoterm: scenario.delivery === 'dap' ? 'DAP' : random.pick(PLATFORM_INCOTERMS),
    paymentTermsDays: random.pick([14, 30, 30, 30, 45, 60]),
    vatRateBasisPoints: market.vatRateBasisPoints,
    positions,
    production: {
      confirmedAt: scenario.production === 'confirmed' ? new Date(onTheHour(start + span * 0.1)).toISOString() : null,
      confirmedAtApplication: scenario.production === 'at-application',
    },
    quality: {
      required: scenario.quality !== 'none' || scenario.typedQuality !== undefined,
      reports: scenario.quality === 'done' ? [seedPdf(`${orderId}-qc1`, `QC report ${number}.pdf`, reportAt)] : [],
      ...typedQualityFor(scenario.typedQuality, { orderId, number, uploadedAt: onTheHour(start + span * 0.2) }),
    },
    shipments,
    invoices,
    buyer: PLATFORM_BUYER,
  };
}

/** `count` orders of a seed, relative to `now`; the same seed and moment always give the same orders. */
export function generateOrders(options: GeneratorOptions): Order[] {
  const profile = seedCompanyProfile();
  const orders: Order[] = new Array<Order>(options.count);
  for (let index = 0; index < options.count; index++)
    orders[index] = generateOrder(options.seed, index, options.now, profile);
  return orders;
}
