import { expect } from '@open-wc/testing';
import { checkedApi } from '../../src/api/checked-api.js';
import { ContractError, SupplierApiError } from '../../src/api/errors.js';
import type { OrderPage } from '../../src/api/port.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { makeDocument, makeOrder, makePosition, makeShipment } from '../../src/testing/fixtures.js';
import { failure } from './memory-helpers.js';

const pageOf = (items: unknown[]): unknown => ({
  items,
  nextCursor: null,
  total: items.length,
  counts: { all: items.length, needsAction: 0, overdue: 0 },
});
const summary = (overrides: Record<string, unknown> = {}) => ({
  id: 'o-1',
  number: 'SF-1',
  createdAt: '2026-11-01T08:00:00Z',
  leadTime: '2026-12-15',
  timeZone: 'Europe/Berlin',
  partsSummary: 'Bracket',
  totalQuantity: 10,
  value: { amountMinor: 12_500, currency: 'EUR' },
  stage: 'production',
  nextAction: 'confirm-order',
  ...overrides,
});
/** A hostile order: a valid one with one part replaced. */
const orderWith = (overrides: Record<string, unknown>) => ({ ...makeOrder({ id: 'o-1' }), ...overrides });

/** The ContractError path of an answer to getOrder. */
async function orderPath(answer: unknown): Promise<string> {
  const api = checkedApi(createStubAdapter({ getOrder: async () => answer as never }));
  const error = await failure(api.getOrder('o-1'));
  expect(error).to.be.instanceOf(ContractError);
  return (error as unknown as ContractError).path;
}

describe('checkedApi (the boundary)', () => {
  it('passes a valid answer through', async () => {
    const order = makeOrder();
    const api = checkedApi(createStubAdapter({ getOrder: async () => order }));
    expect(await api.getOrder(order.id)).to.deep.equal(order);
  });

  it('names a missing field inside a list, e.g. items.0.leadTime', async () => {
    const { leadTime: _dropped, ...withoutLeadTime } = summary();
    const api = checkedApi(createStubAdapter({ listOrders: async () => pageOf([withoutLeadTime]) as OrderPage }));
    const error = (await failure(api.listOrders({}))) as unknown as ContractError;
    expect(error).to.be.instanceOf(ContractError);
    expect(error.kind).to.equal('contract');
    expect(error.path).to.equal('items.0.leadTime');
    expect(error.operation).to.equal('listOrders');
    expect(error.message).to.include('is missing');
  });

  it('names wrong types, null, NaN and negative quantities', async () => {
    expect(await orderPath(orderWith({ positions: [makePosition({ quantity: '10' as unknown as number })] }))).to.equal(
      'positions.0.quantity',
    );
    expect(await orderPath(orderWith({ number: null }))).to.equal('number');
    expect(await orderPath(null)).to.equal('');
    expect(await orderPath(orderWith({ positions: [makePosition({ unitPriceMinor: Number.NaN })] }))).to.equal(
      'positions.0.unitPriceMinor',
    );
    expect(await orderPath(orderWith({ positions: [makePosition({ quantity: -3 })] }))).to.equal(
      'positions.0.quantity',
    );
  });

  it('refuses impossible calendar dates such as 2026-02-30', async () => {
    expect(await orderPath(orderWith({ leadTime: '2026-02-30' }))).to.equal('leadTime');
    expect(await orderPath(orderWith({ createdAt: 'yesterday' }))).to.equal('createdAt');
  });

  it('refuses javascript: and data: URLs in documents', async () => {
    const javascript = orderWith({
      quality: {
        required: true,
        reports: [makeDocument({ url: 'javascript:alert(1)' })],
        documents: [],
        blocksShipping: false,
      },
    });
    expect(await orderPath(javascript)).to.equal('quality.reports.0.url');
    const data = orderWith({
      shipments: [makeShipment({ documents: [makeDocument({ url: 'data:text/html,<script>alert(1)</script>' })] })],
    });
    expect(await orderPath(data)).to.equal('shipments.0.documents.0.url');
  });

  it('refuses duplicate ids in a list', async () => {
    const twice = makePosition({ id: 'p-1' });
    expect(await orderPath(orderWith({ positions: [twice, { ...twice, lineNo: 2 }] }))).to.equal('positions');
  });

  it('lets an AbortError through untouched', async () => {
    const abort = new DOMException('stop', 'AbortError');
    const api = checkedApi(createStubAdapter({ getOrder: () => Promise.reject(abort) }));
    expect(await failure(api.getOrder('o-1'))).to.equal(abort);
  });

  it('turns a thrown TypeError into a network error, and keeps SupplierApiErrors', async () => {
    const network = checkedApi(createStubAdapter({ getOrder: () => Promise.reject(new TypeError('Failed to fetch')) }));
    const error = await failure(network.getOrder('o-1'));
    expect(error).to.be.instanceOf(SupplierApiError);
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
    const original = new SupplierApiError('conflict', 'locked');
    const conflict = checkedApi(createStubAdapter({ getOrder: () => Promise.reject(original) }));
    expect(await failure(conflict.getOrder('o-1'))).to.equal(original);
  });
});
