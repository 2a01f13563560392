import { expect } from '@open-wc/testing';
import {
  canReduceQuantity,
  checkLineAnswer,
  checkLineAnswers,
  lineAnswerInput,
  MAX_LINE_NOTE,
  toLineAnswer,
  type LineAnswerInput,
} from '../../src/domain/line-acknowledgement.js';
import { currentStage, nextAction, productionStatus, qualityStatus, stageStatuses } from '../../src/domain/stages.js';
import type { Order } from '../../src/domain/types.js';
import { makeLineAcknowledgement, makeLineResponse, makeOrder } from '../../src/testing/fixtures.js';

const TODAY = '2026-12-02';
const position = { id: 'p1', quantity: 10 };
const input = (overrides: Partial<LineAnswerInput>): LineAnswerInput => ({
  positionId: 'p1',
  kind: '',
  quantity: null,
  date: '',
  reason: '',
  note: '',
  ...overrides,
});

describe('line acknowledgement: one line', () => {
  it('asks for an answer when none is chosen, and refuses an unknown kind', () => {
    expect(checkLineAnswer(position, input({}), TODAY)).to.deep.equal({ kind: 'required' });
    expect(checkLineAnswer(position, input({ kind: 'maybe' }), TODAY)).to.deep.equal({ kind: 'unknown' });
  });

  it('accepts "accept" with nothing else', () => {
    expect(checkLineAnswer(position, input({ kind: 'accept' }), TODAY)).to.deep.equal({});
  });

  it('takes a smaller quantity only from 1 to ordered − 1, in whole pieces', () => {
    const quantity = (value: number | null) =>
      checkLineAnswer(position, input({ kind: 'accept-quantity', quantity: value }), TODAY).quantity;
    expect(quantity(null)).to.equal('required');
    expect(quantity(Number.NaN)).to.equal('not-whole');
    expect(quantity(2.5)).to.equal('not-whole');
    expect(quantity(0)).to.equal('too-small');
    expect(quantity(-3)).to.equal('too-small');
    expect(quantity(10)).to.equal('not-smaller');
    expect(quantity(11)).to.equal('not-smaller');
    expect(quantity(1)).to.equal(undefined);
    expect(quantity(9)).to.equal(undefined);
  });

  it('takes a proposed date only after today, and a real date', () => {
    const date = (value: string) => checkLineAnswer(position, input({ kind: 'propose-date', date: value }), TODAY).date;
    expect(date('')).to.equal('required');
    expect(date('2026-02-30')).to.equal('invalid');
    expect(date('next week')).to.equal('invalid');
    expect(date(TODAY)).to.equal('not-after-today');
    expect(date('2026-11-30')).to.equal('not-after-today');
    expect(date('2026-12-03')).to.equal(undefined);
    expect(date('2027-06-30'), 'after the lead time is the point').to.equal(undefined);
  });

  it('declines only with a reason from the list, and a note for "other"', () => {
    const decline = (reason: string, note = '') =>
      checkLineAnswer(position, input({ kind: 'decline', reason: reason as LineAnswerInput['reason'], note }), TODAY);
    expect(decline('')).to.deep.equal({ reason: 'required' });
    expect(decline('too-lazy')).to.deep.equal({ reason: 'unknown' });
    expect(decline('capacity')).to.deep.equal({});
    expect(decline('other')).to.deep.equal({ note: 'required' });
    expect(decline('other', '   ')).to.deep.equal({ note: 'required' });
    expect(decline('other', 'Tooling broken until March')).to.deep.equal({});
    expect(decline('price', 'x'.repeat(MAX_LINE_NOTE + 1))).to.deep.equal({ note: 'too-long' });
  });

  it('cannot reduce a position of one piece', () => {
    expect(canReduceQuantity({ quantity: 1 })).to.equal(false);
    expect(canReduceQuantity({ quantity: 2 })).to.equal(true);
  });

  it('turns a checked input into the answer to send, and back', () => {
    const answer = toLineAnswer(input({ kind: 'decline', reason: 'other', note: '  Tooling  ' }));
    expect(answer).to.deep.equal({ positionId: 'p1', kind: 'decline', reason: 'other', note: 'Tooling' });
    expect(toLineAnswer(input({ kind: 'accept-quantity', quantity: 4 }))).to.deep.equal({
      positionId: 'p1',
      kind: 'accept-quantity',
      quantity: 4,
    });
    expect(lineAnswerInput({ positionId: 'p1', kind: 'propose-date', date: '2027-01-10' })).to.deep.equal(
      input({ kind: 'propose-date', date: '2027-01-10' }),
    );
  });
});

describe('line acknowledgement: all lines', () => {
  const order = makeOrder({ id: 'o' });
  const [first, second] = order.positions as [Order['positions'][0], Order['positions'][0]];

  it('wants exactly one answer per position', () => {
    expect(checkLineAnswers(order, [{ positionId: first.id, kind: 'accept' }], TODAY)).to.deep.equal([
      { positionId: second.id, field: 'kind', code: 'required' },
    ]);
    const twice = checkLineAnswers(
      order,
      [
        { positionId: first.id, kind: 'accept' },
        { positionId: first.id, kind: 'accept' },
        { positionId: second.id, kind: 'accept' },
      ],
      TODAY,
    );
    expect(twice).to.deep.equal([{ positionId: first.id, field: 'kind', code: 'duplicate' }]);
    const unknown = checkLineAnswers(
      order,
      [
        { positionId: first.id, kind: 'accept' },
        { positionId: second.id, kind: 'accept' },
        { positionId: 'nope', kind: 'accept' },
      ],
      TODAY,
    );
    expect(unknown).to.deep.equal([{ positionId: 'nope', field: 'kind', code: 'unknown-position' }]);
  });

  it('names each line and field that is wrong', () => {
    const problems = checkLineAnswers(
      order,
      [
        { positionId: first.id, kind: 'accept-quantity', quantity: first.quantity },
        { positionId: second.id, kind: 'decline', reason: 'other', note: null },
      ],
      TODAY,
    );
    expect(problems).to.deep.equal([
      { positionId: first.id, field: 'quantity', code: 'not-smaller' },
      { positionId: second.id, field: 'note', code: 'required' },
    ]);
    expect(
      checkLineAnswers(
        order,
        [
          { positionId: first.id, kind: 'propose-date', date: '2027-01-04' },
          { positionId: second.id, kind: 'accept' },
        ],
        TODAY,
      ),
    ).to.deep.equal([]);
  });
});

describe('line acknowledgement: the Production stage', () => {
  const order = makeOrder();
  const withResponses = (...statuses: ('pending' | 'accepted' | 'counter-proposal')[]): Order =>
    makeOrder({
      ...order,
      production: {
        confirmedAt: null,
        confirmedAtApplication: false,
        lineAcknowledgement: makeLineAcknowledgement(
          order,
          statuses.map((status) => ({
            response: makeLineResponse({ status, date: status === 'counter-proposal' ? '2027-01-10' : null }),
          })),
        ),
      },
    });

  it('waits while any response is pending', () => {
    const waiting = withResponses('accepted', 'pending');
    expect(productionStatus(waiting)).to.equal('waiting');
    expect(nextAction(stageStatuses(waiting))).to.equal('wait-for-platform');
    expect(currentStage(stageStatuses(waiting))).to.equal('production');
  });

  it('is done when every line is accepted, like a confirmation (QC opens)', () => {
    const accepted = withResponses('accepted', 'accepted');
    expect(productionStatus(accepted)).to.equal('done');
    expect(
      qualityStatus({ ...accepted, quality: { required: true, reports: [], documents: [], blocksShipping: false } }),
    ).to.equal('action-required');
  });

  it('is the supplier’s turn again on a counter-proposal, even while other lines are pending', () => {
    expect(productionStatus(withResponses('counter-proposal', 'pending'))).to.equal('action-required');
    expect(nextAction(stageStatuses(withResponses('accepted', 'counter-proposal')))).to.equal('confirm-order');
  });

  it('is done once the order is confirmed, whatever the lines say (a counter-proposal accepted with Order Confirmation)', () => {
    const countered = withResponses('counter-proposal', 'accepted');
    expect(productionStatus({ production: { ...countered.production, confirmedAt: '2026-11-04T08:00:00Z' } })).to.equal(
      'done',
    );
  });

  it('asks for confirmation when no answers were sent (null or absent)', () => {
    expect(
      productionStatus({ production: { confirmedAt: null, confirmedAtApplication: false, lineAcknowledgement: null } }),
    ).to.equal('action-required');
    expect(productionStatus({ production: { confirmedAt: null, confirmedAtApplication: false } })).to.equal(
      'action-required',
    );
  });
});
