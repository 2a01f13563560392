/**
 * A response field that is there but wrong says what is wrong with it as it came (not "is missing"):
 * table-driven over every kind of field of the order schema, and once as the element shows it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseResponse } from '../../src/api/parse-response.js';
import { ContractError } from '../../src/api/errors.js';
import { OrderSchema } from '../../src/api/schemas/entities.js';
import '../../src/elements/order-details/order-details.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { makeDocument, makeInvoice, makeShippedOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { deepText, findByRole } from '../helpers/queries.js';
import { newTenant } from './rest/reference-server.js';

type Json = Record<string, unknown>;

/** A valid order with one of everything: positions, a shipment with a package, an invoice, a quality report. */
function validOrder(): Json {
  const order = makeShippedOrder({ id: 'o-1', invoices: [makeInvoice({ id: 'i-1' })] });
  return structuredClone({
    ...order,
    quality: { ...order.quality, reports: [makeDocument({ id: 'r-1' })] },
  }) as unknown as Json;
}

/** `order` with the value at `path` replaced by `value` (or removed, for `REMOVE`). */
const REMOVE = Symbol('remove');
function withValue(path: string, value: unknown): unknown {
  if (path === '') return value;
  const order = validOrder();
  const keys = path.split('.');
  let parent = order as Json;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Json;
  if (value === REMOVE) delete parent[keys[keys.length - 1]!];
  else parent[keys[keys.length - 1]!] = value;
  return order;
}

/** [field path, hostile value, the field the error names, what it says is wrong]. */
const CASES: readonly (readonly [string, unknown, string, string])[] = [
  // An integer count (1 … 1,000,000,000).
  ['positions.0.quantity', 2.5, 'positions.0.quantity', 'must be an integer, got 2.5'],
  ['positions.0.quantity', Number.NaN, 'positions.0.quantity', 'is not a finite number, got NaN'],
  ['positions.0.quantity', Number.POSITIVE_INFINITY, 'positions.0.quantity', 'is not a finite number, got Infinity'],
  ['positions.0.quantity', Number.NEGATIVE_INFINITY, 'positions.0.quantity', 'is not a finite number, got -Infinity'],
  ['positions.0.quantity', '100', 'positions.0.quantity', 'must be a number, got the string "100"'],
  ['positions.0.quantity', 0, 'positions.0.quantity', 'must be ≥ 1, got 0'],
  ['positions.0.quantity', 2e9, 'positions.0.quantity', 'must be ≤ 1000000000, got 2000000000'],
  [
    'positions.0.quantity',
    1e308,
    'positions.0.quantity',
    'must be a safe integer (within ±9007199254740991), got 1e+308',
  ],
  ['positions.0.quantity', true, 'positions.0.quantity', 'must be a number, got true'],
  ['positions.0.quantity', null, 'positions.0.quantity', 'must be a number, got null'],
  ['positions.0.quantity', [10], 'positions.0.quantity', 'must be a number, got an array'],
  ['positions.0.quantity', { value: 10 }, 'positions.0.quantity', 'must be a number, got an object'],
  ['positions.0.quantity', 10n, 'positions.0.quantity', 'must be a number, got the bigint 10n'],
  ['positions.0.quantity', REMOVE, 'positions.0.quantity', 'is missing'],
  // An amount in minor units.
  ['positions.0.unitPriceMinor', 12.34, 'positions.0.unitPriceMinor', 'must be an integer, got 12.34'],
  ['positions.0.unitPriceMinor', -1, 'positions.0.unitPriceMinor', 'must be ≥ 0, got -1'],
  ['invoices.0.totals.grossMinor', '0', 'invoices.0.totals.grossMinor', 'must be a number, got the string "0"'],
  // A positive measure.
  ['shipments.0.package.weightKg', 0, 'shipments.0.package.weightKg', 'must be > 0, got 0'],
  ['shipments.0.package.weightKg', Number.NaN, 'shipments.0.package.weightKg', 'is not a finite number, got NaN'],
  ['shipments.0.package.weightKg', '5', 'shipments.0.package.weightKg', 'must be a number, got the string "5"'],
  // Texts.
  ['number', 42, 'number', 'must be a string, got 42'],
  ['number', '', 'number', 'is too short: at least 1 character, got 0'],
  ['positions.0.partName', 'W'.repeat(2_001), 'positions.0.partName', 'is too long: at most 2000 characters, got 2001'],
  ['number', new Date('2026-11-01T00:00:00Z'), 'number', 'must be a string, got a Date'],
  [
    'currency',
    'C'.repeat(100),
    'currency',
    `must be a 3-letter ISO 4217 currency code, got the string "${'C'.repeat(40)}…"`,
  ],
  ['currency', 'eur', 'currency', 'must be a 3-letter ISO 4217 currency code, got the string "eur"'],
  ['timeZone', 'Mars/Olympus', 'timeZone', 'must be an IANA time zone, got the string "Mars/Olympus"'],
  ['kind', 'special', 'kind', 'must be one of "regular", "test", got the string "special"'],
  // Dates and instants.
  ['leadTime', '2026-02-30', 'leadTime', 'must be a calendar date (YYYY-MM-DD), got the string "2026-02-30"'],
  ['leadTime', new Date('2026-12-15T00:00:00Z'), 'leadTime', 'must be a string, got a Date'],
  [
    'createdAt',
    'yesterday',
    'createdAt',
    'must be a date and time with a UTC offset (ISO 8601), got the string "yesterday"',
  ],
  ['invoices.0.paidOn', 20261201, 'invoices.0.paidOn', 'must be a string, got 20261201'],
  // Booleans.
  [
    'production.confirmedAtApplication',
    'false',
    'production.confirmedAtApplication',
    'must be a boolean, got the string "false"',
  ],
  ['production.confirmedAtApplication', 0, 'production.confirmedAtApplication', 'must be a boolean, got 0'],
  // Objects.
  ['production', 'confirmed', 'production', 'must be an object, got the string "confirmed"'],
  ['production', new Date('2026-11-01T00:00:00Z'), 'production', 'must be an object, got a Date'],
  ['buyer', new Date('2026-11-01T00:00:00Z'), 'buyer', 'must be an object, got a Date'],
  ['quality', new Map([['required', false]]), 'quality', 'must be an object, got a Map'],
  ['production', [], 'production', 'must be an object, got an array'],
  ['shipments.0.package', null, 'shipments.0.package', 'must be an object, got null'],
  ['', null, '', 'must be an object, got null'],
  ['', 'an order', '', 'must be an object, got the string "an order"'],
  ['', new Date('2026-11-01T00:00:00Z'), '', 'must be an object, got a Date'],
  // Enums and the discriminator of a union (zod reports the object holding it).
  ['kind', REMOVE, 'kind', 'is missing'],
  ['shipments.0.delivery.arrangedBy', REMOVE, 'shipments.0.delivery.arrangedBy', 'is missing'],
  [
    'shipments.0.delivery.arrangedBy',
    'drone',
    'shipments.0.delivery.arrangedBy',
    'must be one of "platform", "supplier", got the string "drone"',
  ],
  ['shipments.0.delivery', new Date('2026-11-01T00:00:00Z'), 'shipments.0.delivery', 'must be an object, got a Date'],
  // Lists.
  ['positions', { 0: {} }, 'positions', 'must be an array, got an object'],
  ['positions', [], 'positions', 'has too few items: at least 1, got 0'],
  // Links.
  [
    'quality.reports.0.url',
    'javascript:alert(1)',
    'quality.reports.0.url',
    'must be an https, http or blob URL, got the string "javascript:alert(1)"',
  ],
];

describe('contract errors say what is wrong with the field as it came', () => {
  it(`names the field and the fault, for ${CASES.length} hostile values`, () => {
    const wrong: string[] = [];
    for (const [path, value, field, reason] of CASES) {
      let error: unknown = null;
      try {
        parseResponse('getOrder', OrderSchema, withValue(path, value));
      } catch (caught) {
        error = caught;
      }
      const expected = `getOrder: the response field "${field || '(root)'}" ${reason}`;
      if (!(error instanceof ContractError) || error.path !== field || error.message !== expected) {
        wrong.push(
          `${path || '(root)'} = ${String(value).slice(0, 30)}:\n    got      ${error instanceof Error ? error.message : 'no error'}\n    expected ${expected}`,
        );
      }
    }
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
  });

  it('the element shows the field and the fault after its own lead-in, with "Try again"', async () => {
    const order = validOrder();
    (order['positions'] as Json[])[0]!['quantity'] = 2.5;
    const api = createStubAdapter({ getOrder: async () => order as never });
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${api}><order-details order-id="o-1"></order-details></supplier-provider>`,
    );
    const el = wrapper.querySelector('order-details')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'an error', { timeout: 5000 });
    expect(deepText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.include(
      'The data received is not valid: getOrder: the response field "positions.0.quantity" must be an integer, got 2.5',
    );
    expect(findByRole(el.shadowRoot!, 'button', 'Try again')).to.not.equal(null);
  });

  it('the reference server says the same of a request body: a 422 naming the field and the fault', async () => {
    const baseUrl = await newTenant();
    const post = async (body: unknown) => {
      const response = await fetch(`${baseUrl}/orders/${encodeURIComponent('o-any')}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `k-${Math.random()}` },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        fieldErrors: ((await response.json()) as { fieldErrors?: Record<string, string> }).fieldErrors,
      };
    };
    expect(await post({ text: 42 })).to.deep.equal({ status: 422, fieldErrors: { text: 'must be a string, got 42' } });
    expect(await post({})).to.deep.equal({ status: 422, fieldErrors: { text: 'is missing' } });
  });
});
