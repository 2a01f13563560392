import { expect } from '@open-wc/testing';
import {
  checkShipmentItems,
  invoiceableQuantity,
  invoicedQuantity,
  isFullyShipped,
  remainingQuantity,
  shippedQuantity,
} from '../../src/domain/quantities.js';
import { makeInvoice, makeOrder, makeShipment } from '../../src/testing/fixtures.js';

/** An order with p1 (10 pieces) and p2 (4 pieces). */
function order(shipped: ReadonlyArray<Readonly<Record<string, number>>> = []) {
  const base = makeOrder({ id: 'o' });
  const shipments = shipped.map((items) =>
    makeShipment({
      items: Object.entries(items).map(([position, quantity]) => ({ positionId: `o-${position}`, quantity })),
    }),
  );
  return { ...base, shipments };
}
const p1 = () => order().positions[0]!;
const p2 = () => order().positions[1]!;

describe('quantities: remaining', () => {
  it('is the ordered quantity when nothing shipped', () => {
    expect(remainingQuantity(order(), p1())).to.equal(10);
  });

  it('subtracts a partial shipment', () => {
    expect(remainingQuantity(order([{ p1: 3 }]), p1())).to.equal(7);
    expect(isFullyShipped(order([{ p1: 3 }]))).to.equal(false);
  });

  it('sums several shipments per position and keeps positions apart', () => {
    const shipped = order([{ p1: 3, p2: 1 }, { p1: 5 }, { p2: 2 }]);
    expect(shippedQuantity(shipped, 'o-p1')).to.equal(8);
    expect(remainingQuantity(shipped, p1())).to.equal(2);
    expect(remainingQuantity(shipped, p2())).to.equal(1);
  });

  it('is zero when complete, and never negative if the data over-ships', () => {
    expect(remainingQuantity(order([{ p1: 10, p2: 4 }]), p1())).to.equal(0);
    expect(isFullyShipped(order([{ p1: 10, p2: 4 }]))).to.equal(true);
    expect(remainingQuantity(order([{ p1: 12 }]), p1())).to.equal(0);
  });
});

describe('quantities: invoiceable', () => {
  it('is what was shipped minus what is on counting invoices; rejected invoices do not count', () => {
    const shipped = order([{ p1: 6 }]);
    const invoices = [
      makeInvoice({ status: 'submitted', items: [{ positionId: 'o-p1', quantity: 4, unitPriceMinor: 1_250 }] }),
      makeInvoice({ status: 'rejected', items: [{ positionId: 'o-p1', quantity: 2, unitPriceMinor: 1_250 }] }),
    ];
    const withInvoices = { ...shipped, invoices };
    expect(invoicedQuantity(withInvoices, 'o-p1')).to.equal(4);
    expect(invoiceableQuantity(withInvoices, p1())).to.equal(2);
  });

  it('is nothing for a position not shipped yet', () => {
    expect(invoiceableQuantity(order([{ p1: 6 }]), p2())).to.equal(0);
  });
});

describe('quantities: checkShipmentItems', () => {
  it('accepts whole quantities within what remains', () => {
    expect(
      checkShipmentItems(order([{ p1: 3 }]), [
        { positionId: 'o-p1', quantity: 7 },
        { positionId: 'o-p2', quantity: 0 },
      ]),
    ).to.deep.equal([]);
  });

  it('refuses more than remains and says how much remains', () => {
    expect(checkShipmentItems(order([{ p1: 3 }]), [{ positionId: 'o-p1', quantity: 8 }])).to.deep.equal([
      { kind: 'over-remaining', positionId: 'o-p1', remaining: 7 },
    ]);
  });

  it('adds up several items of one position before comparing', () => {
    const items = [
      { positionId: 'o-p1', quantity: 6 },
      { positionId: 'o-p1', quantity: 5 },
    ];
    expect(checkShipmentItems(order(), items)).to.deep.equal([
      { kind: 'over-remaining', positionId: 'o-p1', remaining: 10 },
    ]);
  });

  it('refuses a shipment of nothing', () => {
    expect(
      checkShipmentItems(order(), [
        { positionId: 'o-p1', quantity: 0 },
        { positionId: 'o-p2', quantity: 0 },
      ]),
    ).to.deep.equal([{ kind: 'nothing-selected' }]);
    expect(checkShipmentItems(order(), [])).to.deep.equal([{ kind: 'nothing-selected' }]);
  });

  it('names an unknown position', () => {
    expect(
      checkShipmentItems(order(), [
        { positionId: 'o-p1', quantity: 1 },
        { positionId: 'elsewhere', quantity: 1 },
      ]),
    ).to.deep.equal([{ kind: 'unknown-position', positionId: 'elsewhere' }]);
  });

  it('refuses fractions and negatives, also when items of one position would add up to a whole number', () => {
    expect(checkShipmentItems(order(), [{ positionId: 'o-p1', quantity: 2.5 }])).to.deep.equal([
      { kind: 'not-whole', positionId: 'o-p1' },
    ]);
    const halves = [
      { positionId: 'o-p1', quantity: 0.5 },
      { positionId: 'o-p1', quantity: 0.5 },
    ];
    expect(checkShipmentItems(order(), halves)).to.deep.equal([{ kind: 'not-whole', positionId: 'o-p1' }]);
    expect(
      checkShipmentItems(order(), [
        { positionId: 'o-p2', quantity: 1 },
        { positionId: 'o-p1', quantity: -1 },
      ]),
    ).to.deep.equal([{ kind: 'not-whole', positionId: 'o-p1' }]);
  });
});
