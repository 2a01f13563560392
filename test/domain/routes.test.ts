import { expect } from '@open-wc/testing';
import { formatHashRoute, LIST_ROUTE, parseHashRoute, sameRoute } from '../../src/domain/routes.js';

describe('routes: portal hash routes', () => {
  it('reads My Orders, an order and a stage', () => {
    expect(parseHashRoute('')).to.deep.equal(LIST_ROUTE);
    expect(parseHashRoute('#/orders')).to.deep.equal(LIST_ROUTE);
    expect(parseHashRoute('#/orders/ord%2F1')).to.deep.equal({
      orderId: 'ord/1',
      stage: null,
      step: null,
      shipmentId: null,
    });
    expect(parseHashRoute('#/orders/o1/invoice')).to.deep.equal({
      orderId: 'o1',
      stage: 'invoice',
      step: null,
      shipmentId: null,
    });
    expect(parseHashRoute('#/orders/o1/drop-table')).to.deep.equal({
      orderId: 'o1',
      stage: null,
      step: null,
      shipmentId: null,
    });
  });

  it('reads the shipping wizard, with or without a step, and drops an unknown step', () => {
    expect(parseHashRoute('#/orders/o1/shipping/new')).to.deep.equal({
      orderId: 'o1',
      stage: 'shipping',
      step: 'new',
      shipmentId: null,
    });
    expect(parseHashRoute('#/orders/o1/shipping/new/package')).to.deep.equal({
      orderId: 'o1',
      stage: 'shipping',
      step: 'package',
      shipmentId: null,
    });
    expect(parseHashRoute('#/orders/o1/shipping/new/sideways')).to.deep.equal({
      orderId: 'o1',
      stage: 'shipping',
      step: 'new',
      shipmentId: null,
    });
    expect(parseHashRoute('#/orders/o1/shipping/old')).to.deep.equal({
      orderId: 'o1',
      stage: 'shipping',
      step: null,
      shipmentId: null,
    });
  });

  it('reads a shipment, decoding its id', () => {
    expect(parseHashRoute('#/orders/o1/shipments/o1-s%202')).to.deep.equal({
      orderId: 'o1',
      stage: 'shipping',
      step: null,
      shipmentId: 'o1-s 2',
    });
    expect(parseHashRoute('#/orders/o1/shipments/%E0%A4%A')).to.deep.equal({
      orderId: 'o1',
      stage: 'shipping',
      step: null,
      shipmentId: null,
    });
  });

  it('writes what it reads', () => {
    for (const hash of [
      '#/orders',
      '#/orders/o%2F1',
      '#/orders/o1/quality',
      '#/orders/o1/shipping/new',
      '#/orders/o1/shipping/new/delivery',
      '#/orders/o1/shipments/s%201',
    ]) {
      expect(formatHashRoute(parseHashRoute(hash))).to.equal(hash);
    }
    expect(
      sameRoute(parseHashRoute('#/orders/o1/shipping/new'), parseHashRoute('#/orders/o1/shipping/new/parts')),
    ).to.equal(false);
  });
});
