import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import { respondToLines } from '../../src/api/memory/backend/line-responses.js';
import type { LineAnswer, Order } from '../../src/domain/types.js';
import { makeLineAcknowledgement, makeOrder } from '../../src/testing/fixtures.js';
import { installClock } from '../helpers/clock.js';

const AT = '2026-12-02T12:00:00Z';
const TODAY = '2026-12-02';

function answeredOrder(answers: readonly LineAnswer[], leadTime = '2026-12-15'): Order {
  const base = makeOrder({ id: 'o', leadTime });
  return {
    ...base,
    production: {
      confirmedAt: null,
      confirmedAtApplication: false,
      lineAcknowledgement: makeLineAcknowledgement(
        base,
        answers.map((answer) => ({ answer })),
      ),
    },
  };
}

describe('the demo platform’s responses per line', () => {
  it('accepts accepted lines, smaller quantities and declines, and then amends the reduced quantities', () => {
    const order = answeredOrder([
      { positionId: 'o-p1', kind: 'accept-quantity', quantity: 6 },
      { positionId: 'o-p2', kind: 'decline', reason: 'capacity', note: null },
    ]);
    const responded = respondToLines(order, TODAY, AT);
    expect(responded.production.lineAcknowledgement!.lines.map((line) => line.response.status)).to.deep.equal([
      'accepted',
      'accepted',
    ]);
    expect(responded.production.lineAcknowledgement!.lines[0]!.response.respondedAt).to.equal(AT);
    expect(responded.positions.map((position) => position.quantity)).to.deep.equal([6, 4]);
  });

  it('counter-proposes halfway between the lead time and a later date, and leaves the quantities alone until all are accepted', () => {
    const order = answeredOrder([
      { positionId: 'o-p1', kind: 'propose-date', date: '2026-12-25' },
      { positionId: 'o-p2', kind: 'accept-quantity', quantity: 2 },
    ]);
    const responded = respondToLines(order, TODAY, AT);
    const [first, second] = responded.production.lineAcknowledgement!.lines;
    expect(first!.response).to.include({ status: 'counter-proposal', date: '2026-12-20', quantity: null });
    expect(second!.response.status).to.equal('accepted');
    expect(responded.positions.map((position) => position.quantity)).to.deep.equal([10, 4]);
  });

  it('accepts a date at most a day past the lead time, and counts from today when the lead time has passed', () => {
    expect(
      respondToLines(
        answeredOrder([
          { positionId: 'o-p1', kind: 'propose-date', date: '2026-12-16' },
          { positionId: 'o-p2', kind: 'accept' },
        ]),
        TODAY,
        AT,
      ).production.lineAcknowledgement!.lines[0]!.response.status,
    ).to.equal('accepted');
    const late = respondToLines(
      answeredOrder(
        [
          { positionId: 'o-p1', kind: 'propose-date', date: '2026-12-12' },
          { positionId: 'o-p2', kind: 'accept' },
        ],
        '2026-11-20',
      ),
      TODAY,
      AT,
    );
    expect(late.production.lineAcknowledgement!.lines[0]!.response.date).to.equal('2026-12-07');
  });

  it('answers on its own after lineResponseDelayMs, and refuses answers while it has not', async () => {
    const timers = installClock();
    const memory = createMemoryAdapter({ persist: false, lineResponseDelayMs: 5_000 });
    try {
      const [summary] = (await memory.listOrders({ needsAction: true, stage: 'production', limit: 1 })).items;
      const order = await memory.getOrder(summary!.id);
      const answers: LineAnswer[] = order.positions.map((position) => ({ positionId: position.id, kind: 'accept' }));
      const sent = await memory.acknowledgeOrderLines(order.id, answers, { idempotencyKey: 'a' });
      expect(sent.production.lineAcknowledgement!.lines.every((line) => line.response.status === 'pending')).to.equal(
        true,
      );
      const refused = await memory
        .acknowledgeOrderLines(order.id, answers, { idempotencyKey: 'b' })
        .catch((error: unknown) => error);
      expect((refused as { kind?: string }).kind).to.equal('conflict');
      await timers.advance(5_000);
      const answered = async () =>
        (await memory.getOrder(order.id)).production.lineAcknowledgement!.lines.every(
          (line) => line.response.status === 'accepted',
        );
      await waitUntil(answered, 'the platform answered after the delay');
      expect((await memory.listOrders({ search: order.number })).items[0]!.nextAction).to.not.equal('confirm-order');
    } finally {
      memory.close();
      timers.uninstall();
    }
  });
});
