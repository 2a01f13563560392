/** Calendar dates of instants in IANA time zones, with one cached formatter per zone (fast for 100,000 orders). */
import type { CalendarDate } from '../../domain/types.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
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
    date = formatDate(instant, timeZone);
    dates.set(key, date);
  }
  return date;
}

function formatDate(instant: Date | number, timeZone: string): CalendarDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
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
