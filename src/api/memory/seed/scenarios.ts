/** The states the demo seed puts orders in: a fixed script for the first orders, random picks after. */
import type { InvoiceStatus } from '../../../domain/types.js';
import type { Random } from './random.js';

export type ProductionSeed = 'unconfirmed' | 'confirmed' | 'at-application';
export type QualitySeed = 'none' | 'pending' | 'done';
export type ShippingSeed = 'none' | 'partial-ready' | 'partial-processing' | 'full-processing' | 'full-ready';
/** platform: regular order, platform arranges; test: test order; dap: regular order on DAP terms (both supplier-arranged). */
export type DeliverySeed = 'platform' | 'test' | 'dap';
/** Typed quality documents (see quality-seeds.ts); absent: the plain QC-report path. */
export type TypedQualitySeed = 'missing-and-rejected' | 'in-review' | 'not-blocking' | 'before-confirmation';

/** What state one seeded order is in. */
export interface Scenario {
  readonly production: ProductionSeed;
  readonly quality: QualitySeed;
  readonly shipping: ShippingSeed;
  readonly invoice: InvoiceStatus | 'none';
  readonly delivery: DeliverySeed;
  /** Supplier-arranged shipments carry a tracking number. */
  readonly tracking: boolean;
  /** Lead time in days from today (negative: past). */
  readonly leadDays: number;
  readonly currency: string;
  readonly typedQuality?: TypedQualitySeed;
}

const base: Scenario = {
  production: 'confirmed',
  quality: 'none',
  shipping: 'none',
  invoice: 'none',
  delivery: 'platform',
  tracking: true,
  leadDays: 14,
  currency: 'EUR',
};
const s = (overrides: Partial<Scenario>): Scenario => ({ ...base, ...overrides });

/** The first orders of every seed, in order: SF-10001 is SCRIPT[0], SF-10002 is SCRIPT[1], and so on; element tests rely on them. */
export const SCRIPT: readonly Scenario[] = [
  s({ production: 'unconfirmed', leadDays: 21 }),
  s({ production: 'unconfirmed', quality: 'pending', leadDays: 1 }),
  s({ production: 'unconfirmed', leadDays: -3, currency: 'USD' }),
  s({ production: 'at-application', quality: 'pending', leadDays: 10 }),
  s({ quality: 'pending', leadDays: 0, currency: 'GBP' }),
  s({ leadDays: 0 }),
  s({ production: 'at-application', quality: 'done', leadDays: 1, currency: 'CHF' }),
  s({ shipping: 'partial-ready', leadDays: 5 }),
  s({ shipping: 'partial-processing', leadDays: 2, currency: 'PLN' }),
  s({ shipping: 'full-processing', leadDays: 3 }),
  s({ quality: 'done', shipping: 'full-ready', leadDays: 7 }),
  s({ shipping: 'full-ready', delivery: 'test', leadDays: -1, currency: 'JPY' }),
  s({ production: 'at-application', shipping: 'full-ready', invoice: 'submitted', delivery: 'dap', leadDays: 4 }),
  s({ shipping: 'full-ready', invoice: 'under-review', leadDays: -2 }),
  s({ quality: 'done', shipping: 'full-ready', invoice: 'approved', leadDays: -6, currency: 'KWD' }),
  s({ shipping: 'full-ready', invoice: 'rejected', leadDays: -1 }),
  s({ shipping: 'full-ready', invoice: 'paid', leadDays: -20 }),
  s({ delivery: 'test', leadDays: -2 }),
  s({ shipping: 'partial-ready', delivery: 'dap', tracking: false, leadDays: 14 }),
  s({
    production: 'at-application',
    quality: 'done',
    shipping: 'full-ready',
    invoice: 'paid',
    delivery: 'test',
    leadDays: -30,
    currency: 'USD',
  }),
  s({ leadDays: -5 }),
  s({ production: 'unconfirmed', leadDays: 35 }),
  s({ quality: 'pending', leadDays: -1 }),
  s({ production: 'at-application', shipping: 'full-ready', invoice: 'paid', leadDays: -45 }),
];

/**
 * Orders with typed quality documents, at the end of the 48 demo orders (SF-10045 … SF-10048), apart from
 * SCRIPT so that the random orders stay as they were.
 */
export const TYPED_QUALITY_SCRIPT: Readonly<Record<number, Scenario>> = {
  44: s({ typedQuality: 'missing-and-rejected', leadDays: 9 }),
  45: s({ typedQuality: 'in-review', leadDays: 12 }),
  46: s({ typedQuality: 'not-blocking', leadDays: 6, currency: 'USD' }),
  47: s({ production: 'unconfirmed', typedQuality: 'before-confirmation', leadDays: 25 }),
};

const CURRENCY_WEIGHTS: readonly string[] = [
  'EUR',
  'EUR',
  'EUR',
  'EUR',
  'EUR',
  'EUR',
  'EUR',
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'PLN',
  'JPY',
  'KWD',
];
const DELIVERY_WEIGHTS: readonly DeliverySeed[] = ['platform', 'platform', 'platform', 'platform', 'test', 'dap'];

/** A random scenario (the state of a scripted one, with random terms, currency and lead time). */
export function randomScenario(random: Random): Scenario {
  const template = random.pick(SCRIPT);
  const delivery = random.pick(DELIVERY_WEIGHTS);
  const shipping =
    delivery !== 'platform' && template.shipping.endsWith('processing') ? 'partial-ready' : template.shipping;
  const leadDays = template.invoice === 'paid' ? -random.int(5, 60) : random.int(-10, 60);
  return {
    ...template,
    delivery,
    shipping,
    tracking: random.chance(0.8),
    leadDays,
    currency: random.pick(CURRENCY_WEIGHTS),
  };
}

/** The scenario of order `index`. */
export function scenarioOf(index: number, random: Random): Scenario {
  return SCRIPT[index] ?? TYPED_QUALITY_SCRIPT[index] ?? randomScenario(random);
}
