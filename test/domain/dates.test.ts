import { expect } from '@open-wc/testing';
import {
  addDays,
  calendarDateIn,
  dateInZone,
  daysBetween,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
} from '../../src/domain/dates.js';

describe('dates: calendar arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).to.equal(0);
    expect(toDayNumber('1970-02-01')).to.equal(31);
    expect(fromDayNumber(-1)).to.equal('1969-12-31');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
  });

  it('adds whole calendar days over daylight-saving changes (no 23- or 25-hour days)', () => {
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
  });

  it('counts days between dates, negative backwards', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).to.equal(2);
    expect(daysBetween('2028-02-27', '2028-03-01')).to.equal(3);
    expect(daysBetween('2026-03-01', '2026-02-27')).to.equal(-2);
  });

  it('refuses impossible or malformed dates instead of rolling them over', () => {
    expect(() => toDayNumber('2026-02-30')).to.throw(RangeError);
    expect(() => toDayNumber('2026-13-01')).to.throw(RangeError);
    expect(() => toDayNumber('26-01-01')).to.throw(RangeError);
    expect(isCalendarDate('2028-02-29')).to.equal(true);
    expect(isCalendarDate('2026-02-29')).to.equal(false);
    expect(isCalendarDate('2026-1-5')).to.equal(false);
    expect(isCalendarDate('')).to.equal(false);
  });
});

describe('dates: calendar date of an instant in a time zone', () => {
  const lateEvening = Date.parse('2026-03-10T23:30:00Z');

  it('is already the next day east of UTC and still the same day west of it', () => {
    expect(calendarDateIn(lateEvening, 'UTC')).to.equal('2026-03-10');
    expect(calendarDateIn(lateEvening, 'Europe/Berlin')).to.equal('2026-03-11'); // 00:30 CET
    expect(calendarDateIn(lateEvening, 'America/New_York')).to.equal('2026-03-10'); // 19:30 EDT
  });

  it('is the same from the per-quarter-hour cache, on both sides of a midnight that falls on a quarter hour', () => {
    expect(dateInZone(lateEvening, 'Europe/Berlin')).to.equal('2026-03-11');
    expect(dateInZone(lateEvening, 'America/New_York')).to.equal('2026-03-10');
    expect(dateInZone(Date.parse('2026-03-10T18:14:59Z'), 'Asia/Kathmandu')).to.equal('2026-03-10'); // UTC+5:45: 23:59:59
    expect(dateInZone(Date.parse('2026-03-10T18:15:00Z'), 'Asia/Kathmandu')).to.equal('2026-03-11'); // 00:00
  });

  it('spans up to three dates at once around the world', () => {
    const instant = new Date('2026-03-10T10:30:00Z');
    expect(calendarDateIn(instant, 'Pacific/Kiritimati')).to.equal('2026-03-11'); // UTC+14: 00:30
    expect(calendarDateIn(instant, 'Pacific/Pago_Pago')).to.equal('2026-03-09'); // UTC−11: 23:30
  });

  it('follows the offset change on Berlin DST days (last Sunday of March and of October)', () => {
    expect(calendarDateIn(Date.parse('2026-03-28T23:30:00Z'), 'Europe/Berlin')).to.equal('2026-03-29'); // UTC+1: 00:30
    expect(calendarDateIn(Date.parse('2026-03-29T21:30:00Z'), 'Europe/Berlin')).to.equal('2026-03-29'); // UTC+2: 23:30
    expect(calendarDateIn(Date.parse('2026-03-29T22:30:00Z'), 'Europe/Berlin')).to.equal('2026-03-30'); // UTC+2: 00:30
    expect(calendarDateIn(Date.parse('2026-10-25T22:30:00Z'), 'Europe/Berlin')).to.equal('2026-10-25'); // UTC+1 again: 23:30
    expect(calendarDateIn(Date.parse('2026-10-25T23:00:00Z'), 'Europe/Berlin')).to.equal('2026-10-26'); // UTC+1: 00:00
  });

  it('follows the offset change on the New York DST day (second Sunday of March)', () => {
    expect(calendarDateIn(Date.parse('2026-03-08T04:30:00Z'), 'America/New_York')).to.equal('2026-03-07'); // EST −5: 23:30
    expect(calendarDateIn(Date.parse('2026-03-09T03:30:00Z'), 'America/New_York')).to.equal('2026-03-08'); // EDT −4: 23:30
    expect(calendarDateIn(Date.parse('2026-03-09T04:30:00Z'), 'America/New_York')).to.equal('2026-03-09'); // EDT −4: 00:30
  });
});
