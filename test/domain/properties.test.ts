import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { addDays, calendarDateIn, daysBetween, fromDayNumber, toDayNumber } from '../../src/domain/dates.js';
import { countdown } from '../../src/domain/deadlines.js';
import { invoiceTotals, lineVat } from '../../src/domain/money.js';
import { checkShipmentItems, remainingQuantity, shippedQuantity } from '../../src/domain/quantities.js';
import type { Order, Position, ShipmentItem } from '../../src/domain/types.js';
import { makeOrder, makePosition, makeShipment } from '../../src/testing/fixtures.js';

const DAY_MS = 86_400_000;

describe('properties: quantities never exceed the order', () => {
  const positions = fc
    .array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 })
    .map((quantities) =>
      quantities.map((quantity, index) => makePosition({ id: `p${index}`, lineNo: index + 1, quantity })),
    );
  const proposal = fc.array(
    fc.record({
      positionId: fc.constantFrom('p0', 'p1', 'p2', 'p3', 'p9'),
      quantity: fc.integer({ min: -2, max: 45 }),
    }),
    {
      maxLength: 5,
    },
  );

  it('applying only the shipments checkShipmentItems accepts never ships more than ordered', () => {
    fc.assert(
      fc.property(
        positions,
        fc.array(proposal, { maxLength: 12 }),
        (orderPositions: Position[], proposals: ShipmentItem[][]) => {
          let order: Order = makeOrder({ positions: orderPositions, shipments: [] });
          for (const items of proposals) {
            if (checkShipmentItems(order, items).length > 0) continue;
            order = { ...order, shipments: [...order.shipments, makeShipment({ items })] };
          }
          for (const position of order.positions) {
            const shipped = shippedQuantity(order, position.id);
            expect(shipped).to.be.at.most(position.quantity);
            expect(remainingQuantity(order, position)).to.equal(position.quantity - shipped);
          }
        },
      ),
    );
  });

  it('accepts exactly what remains, and refuses one more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (ordered, shippedSeed) => {
        const shipped = shippedSeed % (ordered + 1);
        const position = makePosition({ id: 'p', quantity: ordered });
        const order = makeOrder({
          positions: [position],
          shipments: [makeShipment({ items: [{ positionId: 'p', quantity: shipped }] })],
        });
        const remaining = ordered - shipped;
        const exact = checkShipmentItems(order, [{ positionId: 'p', quantity: remaining }]);
        expect(exact).to.deep.equal(remaining === 0 ? [{ kind: 'nothing-selected' }] : []);
        expect(checkShipmentItems(order, [{ positionId: 'p', quantity: remaining + 1 }])).to.deep.equal([
          { kind: 'over-remaining', positionId: 'p', remaining },
        ]);
      }),
    );
  });
});

describe('properties: totals add up per line', () => {
  const line = fc.record({
    quantity: fc.integer({ min: 0, max: 10_000 }),
    unitPriceMinor: fc.integer({ min: -1_000_000, max: 10_000_000 }),
  });
  const rate = fc.integer({ min: 0, max: 2_700 });

  it('gross = net + VAT, net = Σ quantity × price, VAT = Σ per-line VAT', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), rate, (lines, basisPoints) => {
        const totals = invoiceTotals(lines, basisPoints);
        const nets = lines.map((l) => l.quantity * l.unitPriceMinor);
        expect(totals.netMinor).to.equal(nets.reduce((sum, net) => sum + net, 0));
        expect(totals.vatMinor).to.equal(nets.reduce((sum, net) => sum + lineVat(net, basisPoints), 0));
        expect(totals.grossMinor).to.equal(totals.netMinor + totals.vatMinor);
        expect(Number.isInteger(totals.vatMinor)).to.equal(true);
      }),
    );
  });

  it('per-line VAT is the exact VAT rounded half away from zero: an integer within half a minor unit, symmetric in sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), rate, (net, basisPoints) => {
        const vat = lineVat(net, basisPoints);
        const exactTimes10k = net * basisPoints; // exact: well inside the safe integer range
        expect(Number.isInteger(vat)).to.equal(true);
        // |vat·10000 − net·bp| ≤ 5000, compared in integers to avoid floating error
        expect(Math.abs(vat * 10_000 - exactTimes10k)).to.be.at.most(5_000);
        // an exact half goes away from zero
        if (Math.abs(vat * 10_000 - exactTimes10k) === 5_000)
          expect(Math.abs(vat * 10_000)).to.be.greaterThan(Math.abs(exactTimes10k));
        expect(lineVat(-net, basisPoints)).to.equal(-vat);
      }),
    );
  });
});

describe('properties: calendar dates and time zones', () => {
  const dayNumber = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2100-12-31') });
  const offset = fc.integer({ min: -3_000, max: 3_000 });
  const instant = fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2040-12-31T00:00:00Z') });
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Asia/Tokyo',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ];
  const fixedOffsetZones = ['UTC', 'Asia/Tokyo', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

  it('addDays and daysBetween are inverse, and day numbers round-trip', () => {
    fc.assert(
      fc.property(dayNumber, offset, (day, days) => {
        const date = fromDayNumber(day);
        expect(toDayNumber(date)).to.equal(day);
        expect(daysBetween(date, addDays(date, days))).to.equal(days);
        expect(addDays(addDays(date, days), -days)).to.equal(date);
      }),
    );
  });

  it('a countdown of n days is upcoming, due today or overdue by the sign of n', () => {
    fc.assert(
      fc.property(dayNumber, offset, (day, days) => {
        const today = fromDayNumber(day);
        const result = countdown(addDays(today, days), today);
        expect(result.days).to.equal(days);
        expect(result.state).to.equal(days > 0 ? 'upcoming' : days === 0 ? 'due-today' : 'overdue');
      }),
    );
  });

  it('the date in any zone is at most one day from the UTC date', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (t, zone) => {
        expect(Math.abs(daysBetween(calendarDateIn(t, 'UTC'), calendarDateIn(t, zone)))).to.be.at.most(1);
      }),
    );
  });

  it('the date in a zone never goes backwards as time passes', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3 * DAY_MS }), fc.constantFrom(...zones), (t, later, zone) => {
        expect(daysBetween(calendarDateIn(t, zone), calendarDateIn(t + later, zone))).to.be.at.least(0);
      }),
    );
  });

  it('n × 24 hours later is n days later in zones without daylight saving, and at most one day off in zones with it', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -400, max: 400 }), fc.constantFrom(...zones), (t, n, zone) => {
        const shift = daysBetween(addDays(calendarDateIn(t, zone), n), calendarDateIn(t + n * DAY_MS, zone));
        if (fixedOffsetZones.includes(zone)) expect(shift).to.equal(0);
        else expect(Math.abs(shift)).to.be.at.most(1);
      }),
    );
  });
});
