/** Calendar dates of instants in IANA time zones, cached per zone and quarter hour (fast for 100,000 orders). */
import { calendarDateIn } from '../../domain/dates.js';
import type { CalendarDate } from '../../domain/types.js';

const dates = new Map<string, CalendarDate>();
/** Every time zone offset is a multiple of 15 minutes, so within a quarter hour the date is the same. */
const QUARTER_HOUR = 900_000;
const MAX_CACHED = 50_000;

/** The calendar date of an instant in a time zone, e.g. 23:30 UTC is already tomorrow in Berlin. */
export function dateInZone(instant: Date | number, timeZone: string): CalendarDate {
  const key = `${timeZone}|${Math.floor(Number(instant) / QUARTER_HOUR)}`;
  let date = dates.get(key);
  if (date === undefined) {
    if (dates.size >= MAX_CACHED) dates.clear();
    date = calendarDateIn(instant, timeZone);
    dates.set(key, date);
  }
  return date;
}

/** Memoises "today" per time zone for one moment, for filters that look at many orders at once. */
export function todayByZone(now: Date): (timeZone: string) => CalendarDate {
  const cache = new Map<string, CalendarDate>();
  return (timeZone) => {
    let today = cache.get(timeZone);
    if (today === undefined) {
      today = dateInZone(now, timeZone);
      cache.set(timeZone, today);
    }
    return today;
  };
}
