/** Order acknowledgement per line: what a valid answer is, and what the platform's responses mean for the Production stage. */
import { isCalendarDate } from './dates.js';
import { positionIndex } from './positions.js';
import type {
  CalendarDate,
  DeclineReason,
  LineAcknowledgement,
  LineAnswer,
  Order,
  Position,
  StageStatus,
} from './types.js';
import { DECLINE_REASONS } from './types.js';

/** The longest note a supplier may give with a line. */
export const MAX_LINE_NOTE = 500;

/** One line's answer as the supplier is typing it: any field may still be empty or wrong. */
export interface LineAnswerInput {
  readonly positionId: string;
  /** One of LINE_ANSWER_KINDS; '' while none is chosen (anything else is refused as unknown). */
  readonly kind: string;
  /** The quantity for `accept-quantity`; null when empty, NaN when not a number. */
  readonly quantity: number | null;
  readonly date: string;
  readonly reason: DeclineReason | '';
  readonly note: string;
}

/** The field of a line an error belongs to. */
export type LineField = 'kind' | 'quantity' | 'date' | 'reason' | 'note';

export type LineProblemCode =
  | 'required'
  | 'duplicate'
  | 'unknown-position'
  | 'not-whole'
  | 'too-small'
  | 'not-smaller'
  | 'invalid'
  | 'not-after-today'
  | 'unknown'
  | 'too-long';

/** One problem of one line's answer. */
export interface LineProblem {
  readonly positionId: string;
  readonly field: LineField;
  readonly code: LineProblemCode;
}

/** Field errors of one line, by field. */
export type LineFieldErrors = Partial<Record<LineField, LineProblemCode>>;

/** True when a smaller quantity can be accepted: at least one piece less than ordered remains. */
export const canReduceQuantity = (position: Pick<Position, 'quantity'>): boolean => position.quantity > 1;

/** The problems of one line's answer: quantity 1 … ordered − 1, a date after `today` (the order's time zone), a reason from the list, a note for "other". */
export function checkLineAnswer(
  position: Pick<Position, 'id' | 'quantity'>,
  input: LineAnswerInput,
  today: CalendarDate,
): LineFieldErrors {
  const errors: LineFieldErrors = {};
  switch (input.kind) {
    case 'accept':
      break;
    case 'accept-quantity': {
      const quantity = input.quantity;
      if (quantity === null) errors.quantity = 'required';
      else if (!Number.isInteger(quantity)) errors.quantity = 'not-whole';
      else if (quantity < 1) errors.quantity = 'too-small';
      else if (quantity >= position.quantity) errors.quantity = 'not-smaller';
      break;
    }
    case 'propose-date':
      if (input.date.trim() === '') errors.date = 'required';
      else if (!isCalendarDate(input.date)) errors.date = 'invalid';
      else if (input.date <= today) errors.date = 'not-after-today';
      break;
    case 'decline':
      if (input.reason === '') errors.reason = 'required';
      else if (!DECLINE_REASONS.includes(input.reason as DeclineReason)) errors.reason = 'unknown';
      if (input.note.length > MAX_LINE_NOTE) errors.note = 'too-long';
      else if (input.reason === 'other' && input.note.trim() === '') errors.note = 'required';
      break;
    default:
      errors.kind = input.kind === '' ? 'required' : 'unknown';
  }
  return errors;
}

/** The input form of a sent answer (for checking answers that came over the wire, or prefilling a new draft). */
export function lineAnswerInput(answer: LineAnswer): LineAnswerInput {
  const loose = answer as Partial<Record<string, unknown>>;
  return {
    positionId: String(loose['positionId'] ?? ''),
    kind: typeof loose['kind'] === 'string' ? loose['kind'] : '',
    quantity:
      typeof loose['quantity'] === 'number'
        ? loose['quantity']
        : loose['quantity'] === undefined || loose['quantity'] === null
          ? null
          : Number.NaN,
    date: typeof loose['date'] === 'string' ? loose['date'] : '',
    reason: typeof loose['reason'] === 'string' ? (loose['reason'] as DeclineReason) : '',
    note: typeof loose['note'] === 'string' ? loose['note'] : '',
  };
}

/** The answer to send for a checked input (call only when `checkLineAnswer` found nothing). */
export function toLineAnswer(input: LineAnswerInput): LineAnswer {
  const positionId = input.positionId;
  switch (input.kind) {
    case 'accept-quantity':
      return { positionId, kind: 'accept-quantity', quantity: input.quantity ?? 0 };
    case 'propose-date':
      return { positionId, kind: 'propose-date', date: input.date };
    case 'decline':
      return { positionId, kind: 'decline', reason: input.reason as DeclineReason, note: input.note.trim() || null };
    default:
      return { positionId, kind: 'accept' };
  }
}

/** Every problem of a whole set of answers: exactly one answer per position, each one valid. */
export function checkLineAnswers(
  order: Pick<Order, 'positions'>,
  answers: readonly LineAnswer[],
  today: CalendarDate,
): LineProblem[] {
  const problems: LineProblem[] = [];
  const seen = new Set<string>();
  const positions = positionIndex(order);
  for (const answer of answers) {
    const input = lineAnswerInput(answer);
    const position = positions.get(input.positionId);
    if (!position) {
      problems.push({ positionId: input.positionId, field: 'kind', code: 'unknown-position' });
      continue;
    }
    if (seen.has(position.id)) {
      problems.push({ positionId: position.id, field: 'kind', code: 'duplicate' });
      continue;
    }
    seen.add(position.id);
    for (const [field, code] of Object.entries(checkLineAnswer(position, input, today)))
      problems.push({ positionId: position.id, field: field as LineField, code });
  }
  for (const position of order.positions)
    if (!seen.has(position.id)) problems.push({ positionId: position.id, field: 'kind', code: 'required' });
  return problems;
}

/**
 * The Production stage while answers per line are with the platform: a counter-proposal asks the supplier
 * again (accept it with Order Confirmation, or answer again); else any pending line waits; all accepted is done.
 */
export function lineAcknowledgementStatus(acknowledgement: Pick<LineAcknowledgement, 'lines'>): StageStatus {
  const statuses = acknowledgement.lines.map((line) => line.response.status);
  if (statuses.includes('counter-proposal')) return 'action-required';
  if (statuses.includes('pending')) return 'waiting';
  return 'done';
}
