/**
 * The demo platform's responses to answers per line: it accepts accepted lines, smaller quantities and
 * declines, and answers a later date with a counter-proposal halfway between the lead time (or today, when
 * that is later) and the date asked for; a date at most a day beyond that it accepts. Once every line is
 * accepted it amends the order: accepted smaller quantities become the positions' quantities.
 */
import { addDays, daysBetween } from '../../../domain/dates.js';
import { lineAcknowledgementStatus } from '../../../domain/line-acknowledgement.js';
import type { AcknowledgedLine, CalendarDate, LineResponse, Order } from '../../../domain/types.js';

function responseTo(line: AcknowledgedLine, order: Order, today: CalendarDate, respondedAt: string): LineResponse {
  const accepted: LineResponse = { status: 'accepted', quantity: null, date: null, note: null, respondedAt };
  if (line.answer.kind !== 'propose-date') return accepted;
  const from = order.leadTime > today ? order.leadTime : today;
  const days = daysBetween(from, line.answer.date);
  if (days <= 1) return accepted;
  return {
    status: 'counter-proposal',
    quantity: null,
    date: addDays(from, Math.ceil(days / 2)),
    note: 'We can wait until this date, not longer.',
    respondedAt,
  };
}

/** The order with every pending line responded to (and, when all are accepted, its positions amended). */
export function respondToLines(order: Order, today: CalendarDate, respondedAt: string): Order {
  const acknowledgement = order.production.lineAcknowledgement;
  if (!acknowledgement) return order;
  const lines = acknowledgement.lines.map((line) =>
    line.response.status === 'pending' ? { ...line, response: responseTo(line, order, today, respondedAt) } : line,
  );
  const production = { ...order.production, lineAcknowledgement: { ...acknowledgement, lines } };
  if (lineAcknowledgementStatus({ lines }) !== 'done') return { ...order, production };
  const reduced = new Map<string, number>();
  for (const { answer } of lines)
    if (answer.kind === 'accept-quantity') reduced.set(answer.positionId, answer.quantity);
  const positions = order.positions.map((position) =>
    reduced.has(position.id) ? { ...position, quantity: reduced.get(position.id)! } : position,
  );
  return { ...order, positions, production };
}

/** True while the platform still owes a response to some line. */
export const hasPendingLines = (order: Order): boolean =>
  order.production.lineAcknowledgement?.lines.some((line) => line.response.status === 'pending') ?? false;
