/**
 * The domain's computations over a long order stay linear: each position, item and answer is read a bounded number of
 * times however many positions there are (counted through getters, not timed), so 10,000 positions cost 10,000 steps,
 * not 100,000,000.
 */
import { expect } from '@open-wc/testing';
import { eInvoiceFor } from '../../src/domain/e-invoice/from-order.js';
import { checkInvoiceItems } from '../../src/domain/invoice-rules.js';
import { checkLineAnswers } from '../../src/domain/line-acknowledgement.js';
import { positionById } from '../../src/domain/positions.js';
import {
  checkShipmentItems,
  invoiceableQuantity,
  isFullyShipped,
  remainingQuantity,
} from '../../src/domain/quantities.js';
import type { Order, Position, ShipmentItem } from '../../src/domain/types.js';
import { makeCompanyProfile, makeOrder, makePositions, makeShipment } from '../../src/testing/fixtures.js';

const COUNT = 2_000;

/** Copies of `items` whose `key` is read through a getter that counts. */
function counted<T extends object>(items: readonly T[], key: keyof T): { items: T[]; reads: () => number } {
  let reads = 0;
  const copies = items.map((item) => {
    const value = item[key];
    const copy = { ...item };
    Object.defineProperty(copy, key, {
      enumerable: true,
      get: () => {
        reads += 1;
        return value;
      },
    });
    return copy;
  });
  return { items: copies, reads: () => reads };
}

function longOrder(): { order: Order; positionReads: () => number; itemReads: () => number } {
  const positions = counted<Position>(makePositions(COUNT, 'long'), 'id');
  const items = counted<ShipmentItem>(
    positions.items.map((position) => ({ positionId: `long-p${position.lineNo}`, quantity: 1 })),
    'positionId',
  );
  const order = makeOrder({
    id: 'long',
    positions: positions.items,
    shipments: [makeShipment({ items: items.items })],
  });
  return { order, positionReads: positions.reads, itemReads: items.reads };
}

describe('domain on an order of many positions', () => {
  it('reads each shipped item once for the remaining quantity of every position', () => {
    const { order, itemReads } = longOrder();
    const remaining = order.positions.map((position) => remainingQuantity(order, position));
    expect(remaining[0]).to.equal(0);
    expect(remaining[COUNT - 1]).to.equal(order.positions[COUNT - 1]!.quantity - 1);
    expect(isFullyShipped(order)).to.equal(false);
    expect(itemReads()).to.be.at.most(COUNT);
  });

  it('sums again for an order with another shipment (a new array)', () => {
    const { order } = longOrder();
    const first = order.positions[COUNT - 1]!;
    expect(remainingQuantity(order, first)).to.equal(first.quantity - 1);
    const more = {
      ...order,
      shipments: [...order.shipments, makeShipment({ items: [{ positionId: first.id, quantity: 2 }] })],
    };
    expect(remainingQuantity(more, first)).to.equal(first.quantity - 3);
    expect(invoiceableQuantity(more, first)).to.equal(3);
  });

  it('checks a shipment of every position reading each position a bounded number of times', () => {
    const { order, positionReads } = longOrder();
    const before = positionReads();
    const items = order.positions.map((position) => ({ positionId: `long-p${position.lineNo}`, quantity: 999 }));
    const problems = checkShipmentItems(order, items);
    expect(problems).to.have.length(COUNT);
    expect(checkInvoiceItems(order, items)).to.have.length(COUNT);
    expect(positionReads() - before).to.be.at.most(10 * COUNT);
  });

  it('checks an answer for every line reading each position a bounded number of times', () => {
    const { order, positionReads } = longOrder();
    const before = positionReads();
    const answers = order.positions.map((position) => ({
      positionId: `long-p${position.lineNo}`,
      kind: 'accept' as const,
    }));
    expect(checkLineAnswers(order, answers, '2026-12-01')).to.deep.equal([]);
    expect(positionReads() - before).to.be.at.most(10 * COUNT);
  });

  it('writes the e-invoice lines of every position reading each position a bounded number of times', () => {
    const { order, positionReads } = longOrder();
    const before = positionReads();
    const items = order.positions.map((position) => ({ positionId: `long-p${position.lineNo}`, quantity: 1 }));
    const result = eInvoiceFor({
      order,
      profile: makeCompanyProfile(),
      bankDetails: { accountHolder: 'A', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'B' },
      number: 'RE-1',
      invoiceDate: '2026-11-22',
      paymentDate: '2026-12-22',
      items,
    });
    expect(result.ok && result.invoice.lines).to.have.length(COUNT);
    expect(positionReads() - before).to.be.at.most(10 * COUNT);
  });

  it('finds a position by id, the first of duplicate ids', () => {
    const positions = makePositions(3, 'dup');
    const order = makeOrder({ positions: [...positions, { ...positions[1]!, partName: 'Duplicate' }] });
    expect(positionById(order, 'dup-p2')?.partName).to.equal(positions[1]!.partName);
    expect(positionById(order, 'missing')).to.equal(undefined);
  });
});
