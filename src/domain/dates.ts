import { dateTimeFormat } from './intl.js';
import type { CalendarDate } from './types.js';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date (no time zone involved); throws on anything but a real `YYYY-MM-DD` date. */
export function toDayNumber(date: CalendarDate): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  const time = new Date(0);
  time.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = time.getTime() / DAY_MS;
  if (fromDayNumber(day) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return day;
}

/** The calendar date of a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date in `YYYY-MM-DD` form (not `2026-02-30`). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The date `days` calendar days after `date` (before it when negative); DST never shifts it. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The calendar date of an instant in an IANA time zone, e.g. 23:30 UTC is already tomorrow in Berlin. */
export function calendarDateIn(instant: Date | number, timeZone: string): CalendarDate {
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    instant,
  );
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const zoneDates = new Map<string, CalendarDate>();
/** Every time zone offset is a multiple of 15 minutes, so within a quarter hour the date is the same. */
const QUARTER_HOUR = 900_000;
const MAX_CACHED_ZONE_DATES = 50_000;

/** `calendarDateIn`, cached per time zone and quarter hour: for the many orders a list or a filter looks at. */
export function dateInZone(instant: Date | number, timeZone: string): CalendarDate {
  const key = `${timeZone}|${Math.floor(Number(instant) / QUARTER_HOUR)}`;
  let date = zoneDates.get(key);
  if (date === undefined) {
    if (zoneDates.size >= MAX_CACHED_ZONE_DATES) zoneDates.clear();
    date = calendarDateIn(instant, timeZone);
    zoneDates.set(key, date);
  }
  return date;
}
