import { addDays, calendarDateIn, daysBetween } from './dates.js';
import type { CalendarDate, Order } from './types.js';

/** Where today is relative to a deadline day. */
export type DeadlineState = 'upcoming' | 'due-today' | 'overdue';

/** Days left to a deadline and its state. */
export interface Countdown {
  /** Days from today to the deadline; negative once past. */
  readonly days: number;
  readonly state: DeadlineState;
}

/** Countdown from `today` to a deadline day; the deadline day itself is due today, not overdue. */
export function countdown(deadline: CalendarDate, today: CalendarDate): Countdown {
  const days = daysBetween(today, deadline);
  return { days, state: days > 0 ? 'upcoming' : days === 0 ? 'due-today' : 'overdue' };
}

/** Today in the order's time zone. */
export function orderToday(order: Pick<Order, 'timeZone'>, now: Date | number): CalendarDate {
  return calendarDateIn(now, order.timeZone);
}

/** Lead time countdown of an order, counted in the order's time zone. */
export function leadTimeCountdown(order: Pick<Order, 'leadTime' | 'timeZone'>, now: Date | number): Countdown {
  return countdown(order.leadTime, orderToday(order, now));
}

/** Shipping information is due at least one day before the lead time day. */
export function shippingInfoDueDate(order: Pick<Order, 'leadTime'>): CalendarDate {
  return addDays(order.leadTime, -1);
}

/** Countdown to the shipping-information deadline, in the order's time zone. */
export function shippingInfoCountdown(order: Pick<Order, 'leadTime' | 'timeZone'>, now: Date | number): Countdown {
  return countdown(shippingInfoDueDate(order), orderToday(order, now));
}

/** The shipping deadline is "near" within this many days; elements then show it prominently. */
export const DEADLINE_NEAR_DAYS = 3;

/** True when a deadline is due, overdue or at most `DEADLINE_NEAR_DAYS` away. */
export function isDeadlineNear(value: Countdown): boolean {
  return value.state !== 'upcoming' || value.days <= DEADLINE_NEAR_DAYS;
}
