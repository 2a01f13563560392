import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseResponse } from '../../src/api/parse-response.js';
import { RESPONSE_SCHEMAS } from '../../src/api/schemas/responses.js';
import { ContractError } from '../../src/api/errors.js';
import { OrderSchema } from '../../src/api/schemas/entities.js';
import { makeOrder, makeShippedOrder } from '../../src/testing/fixtures.js';
import { hostileCases } from './mutations.js';

describe('schemas at the adapter boundary', () => {
  it('any JSON either parses or yields a ContractError, for every response schema', () => {
    const schemas = Object.entries(RESPONSE_SCHEMAS).filter(([, schema]) => schema !== null);
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.jsonValue(), ([method, schema], value) => {
        try {
          parseResponse(method, schema!, value);
        } catch (error) {
          if (!(error instanceof ContractError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every hostile variant of an order is either accepted as data or refused naming the changed field and what is wrong with it', function () {
    // 442 full orders parsed (some with 1 MB strings): seconds on a busy machine.
    this.timeout(60_000);
    const valid = JSON.parse(
      JSON.stringify(
        makeShippedOrder({ quality: { required: true, reports: [], documents: [], blocksShipping: false } }),
      ),
    );
    const cases = hostileCases(valid);
    expect(cases.length).to.be.greaterThan(300);
    const wrongReasons: string[] = [];
    let named = 0;
    for (const hostile of cases) {
      try {
        parseResponse('getOrder', OrderSchema, hostile.value);
      } catch (error) {
        expect(error, hostile.name).to.be.instanceOf(ContractError);
        const { path, message } = error as ContractError;
        const changed = hostile.path.replace(/\.unexpectedExtra$/, '');
        expect(changed.startsWith(path) || path.startsWith(changed), `${hostile.name} → ${path}`).to.equal(true);
        if (path !== hostile.path) continue;
        named += 1;
        if (!hostile.reason.test(message)) wrongReasons.push(`${hostile.name}: ${message.slice(0, 200)}`);
      }
    }
    expect(wrongReasons, wrongReasons.join('\n')).to.deep.equal([]);
    expect(named, 'cases refused at the very field changed').to.be.greaterThan(250);
  });

  it('refuses the unsafe and impossible values outright', () => {
    const order = makeOrder();
    const refuse = (value: unknown, path: string) => {
      expect(() => parseResponse('getOrder', OrderSchema, value))
        .to.throw(ContractError)
        .with.property('path', path);
    };
    refuse({ ...order, leadTime: '2026-02-30' }, 'leadTime');
    refuse({ ...order, positions: [{ ...order.positions[0], quantity: -1 }] }, 'positions.0.quantity');
    refuse(
      { ...order, positions: [{ ...order.positions[0], unitPriceMinor: Number.NaN }] },
      'positions.0.unitPriceMinor',
    );
    refuse({ ...order, positions: [order.positions[0], order.positions[0]] }, 'positions');
    refuse(
      {
        ...order,
        quality: {
          required: true,
          documents: [],
          blocksShipping: false,
          reports: [
            {
              id: 'r',
              name: 'r.pdf',
              contentType: 'application/pdf',
              sizeBytes: 1,
              createdAt: '2026-01-01T00:00:00Z',
              url: 'javascript:alert(1)',
            },
          ],
        },
      },
      'quality.reports.0.url',
    );
    refuse({ ...order, timeZone: 'Mars/Olympus' }, 'timeZone');
  });

  it('accepts an order with 5,000 positions', () => {
    const order = makeOrder();
    const positions = Array.from({ length: 5_000 }, (_, index) => ({
      ...order.positions[0]!,
      id: `p${index}`,
      lineNo: index + 1,
    }));
    expect(parseResponse('getOrder', OrderSchema, { ...order, positions }).positions).to.have.length(5_000);
  });
});
