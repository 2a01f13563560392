import { expect } from '@open-wc/testing';
import {
  backoffDelay,
  errorFromResponse,
  kindOfStatus,
  matchRoute,
  orderQueryFromParams,
  orderQueryToParams,
  parseRetryAfter,
  pathOf,
  ROUTES,
  STATUS_OF_KIND,
} from '../../../src/api/rest/index.js';
import type { ApiErrorKind } from '../../../src/api/errors.js';

describe('REST contract helpers', () => {
  it('back-off doubles per retry up to the cap, with full jitter', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => backoffDelay(attempt, 300, 2_000, () => 1))).to.deep.equal([
      300, 600, 1_200, 2_000, 2_000,
    ]);
    expect(backoffDelay(3, 300, 2_000, () => 0)).to.equal(0);
    expect(backoffDelay(1, 300, 2_000, () => 0.5)).to.equal(300);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:05 GMT', now)).to.equal(5_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter(null, now)).to.equal(null);
  });

  it('writes and reads order queries symmetrically, leaving defaults out', () => {
    const query = {
      search: 'flange',
      stage: 'shipping',
      needsAction: true,
      overdue: true,
      sort: 'value',
      direction: 'desc',
      cursor: 'abc',
      limit: 25,
    } as const;
    const params = orderQueryToParams(query);
    expect(params.toString()).to.equal(
      'search=flange&stage=shipping&needsAction=true&overdue=true&sort=value&direction=desc&cursor=abc&limit=25',
    );
    expect(orderQueryFromParams(params)).to.deep.equal({ query });
    expect(orderQueryToParams({ search: '  ', needsAction: false }).toString()).to.equal('');
  });

  it('names the bad query parameter', () => {
    expect(orderQueryFromParams(new URLSearchParams('limit=500'))).to.deep.include({ field: 'limit' });
    expect(orderQueryFromParams(new URLSearchParams('stage=shipped'))).to.deep.include({ field: 'stage' });
  });

  it('fills path parameters encoded, and matches them back decoded', () => {
    const path = pathOf(ROUTES.getTracking, { orderId: 'ord/1', shipmentId: 's 2' });
    expect(path).to.equal('/orders/ord%2F1/shipments/s%202/tracking');
    expect(matchRoute('GET', path)).to.deep.equal({
      operation: 'getTracking',
      params: { orderId: 'ord/1', shipmentId: 's 2' },
    });
    expect(matchRoute('PATCH', '/orders/x')).to.equal('method-not-allowed');
    expect(matchRoute('GET', '/nowhere')).to.equal(null);
  });

  it('has one route per verb and path', () => {
    const keys = Object.values(ROUTES).map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('maps statuses to kinds, and every kind a server sends back to itself', () => {
    for (const [kind, status] of Object.entries(STATUS_OF_KIND) as [ApiErrorKind, number][]) {
      if (['validation', 'conflict', 'not-found', 'unauthorized', 'forbidden'].includes(kind))
        expect(kindOfStatus(status), kind).to.equal(kind);
    }
    expect(kindOfStatus(413)).to.equal('validation');
    expect(kindOfStatus(408)).to.equal('timeout');
    expect(kindOfStatus(503)).to.equal('server');
  });

  it('builds an error from a problem body, tolerating bodies that are not problems', () => {
    expect(errorFromResponse(413, null).fieldErrors).to.deep.equal({ file: 'too-large' });
    const odd = errorFromResponse(409, { detail: 42, fieldErrors: 'no' });
    expect([odd.kind, odd.message]).to.deep.equal(['conflict', 'It changed in the meantime.']);
  });
});
