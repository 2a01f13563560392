import { expect } from '@open-wc/testing';
import {
  countdown,
  DEADLINE_NEAR_DAYS,
  isDeadlineNear,
  leadTimeCountdown,
  orderToday,
  shippingInfoCountdown,
  shippingInfoDueDate,
} from '../../src/domain/deadlines.js';

const berlin = (leadTime: string) => ({ leadTime, timeZone: 'Europe/Berlin' });
const newYork = (leadTime: string) => ({ leadTime, timeZone: 'America/New_York' });

describe('deadlines: countdown', () => {
  it('is due today on the deadline day itself', () => {
    expect(countdown('2026-03-10', '2026-03-10')).to.deep.equal({ days: 0, state: 'due-today' });
  });

  it('is upcoming with one day left the day before', () => {
    expect(countdown('2026-03-11', '2026-03-10')).to.deep.equal({ days: 1, state: 'upcoming' });
  });

  it('is overdue with negative days once past', () => {
    expect(countdown('2026-03-08', '2026-03-10')).to.deep.equal({ days: -2, state: 'overdue' });
  });

  it(`is near within ${DEADLINE_NEAR_DAYS} days, when due and when overdue`, () => {
    expect(isDeadlineNear(countdown('2026-03-13', '2026-03-10'))).to.equal(true);
    expect(isDeadlineNear(countdown('2026-03-14', '2026-03-10'))).to.equal(false);
    expect(isDeadlineNear(countdown('2026-03-10', '2026-03-10'))).to.equal(true);
    expect(isDeadlineNear(countdown('2026-03-01', '2026-03-10'))).to.equal(true);
  });
});

describe('deadlines: lead time in the order time zone', () => {
  const now = Date.parse('2026-03-10T23:30:00Z');

  it('takes today from the order time zone', () => {
    expect(orderToday(berlin('2026-03-11'), now)).to.equal('2026-03-11');
    expect(orderToday(newYork('2026-03-11'), now)).to.equal('2026-03-10');
  });

  it('is due today in Berlin but one day away in New York at the same instant', () => {
    expect(leadTimeCountdown(berlin('2026-03-11'), now)).to.deep.equal({ days: 0, state: 'due-today' });
    expect(leadTimeCountdown(newYork('2026-03-11'), now)).to.deep.equal({ days: 1, state: 'upcoming' });
  });

  it('is overdue in Berlin just after local midnight of the day after the lead time', () => {
    expect(leadTimeCountdown(berlin('2026-03-10'), now).state).to.equal('overdue');
    expect(leadTimeCountdown(newYork('2026-03-10'), now).state).to.equal('due-today');
  });

  it('counts one day across the short Berlin DST night', () => {
    // 2026-03-28T23:30Z is 00:30 on the 29th (UTC+1); the lead time is the 30th.
    expect(leadTimeCountdown(berlin('2026-03-30'), Date.parse('2026-03-28T23:30:00Z')).days).to.equal(1);
    // 2026-03-29T22:30Z is 00:30 on the 30th (UTC+2), only 23 hours later.
    expect(leadTimeCountdown(berlin('2026-03-30'), Date.parse('2026-03-29T22:30:00Z')).days).to.equal(0);
  });
});

describe('deadlines: shipping information', () => {
  it('is due the day before the lead time, across month, year and leap day', () => {
    expect(shippingInfoDueDate({ leadTime: '2026-03-15' })).to.equal('2026-03-14');
    expect(shippingInfoDueDate({ leadTime: '2027-01-01' })).to.equal('2026-12-31');
    expect(shippingInfoDueDate({ leadTime: '2028-03-01' })).to.equal('2028-02-29');
  });

  it('is already overdue on the lead time day itself', () => {
    const now = Date.parse('2026-03-15T10:00:00Z');
    expect(leadTimeCountdown(berlin('2026-03-15'), now).state).to.equal('due-today');
    expect(shippingInfoCountdown(berlin('2026-03-15'), now)).to.deep.equal({ days: -1, state: 'overdue' });
  });

  it('is due today the day before the lead time', () => {
    expect(shippingInfoCountdown(berlin('2026-03-15'), Date.parse('2026-03-14T10:00:00Z')).state).to.equal('due-today');
  });
});
