/** The answers per line as the supplier types them: kept in a draft (survives a reload) with the idempotency key of their sending. */
import { positionIndex } from '../../domain/positions.js';
import {
  checkLineAnswer,
  lineAnswerInput,
  type LineAnswerInput,
  type LineField,
  type LineFieldErrors,
} from '../../domain/line-acknowledgement.js';
import type { CalendarDate, LineAnswer, Order } from '../../domain/types.js';
import { createDraftStore } from '../shared/drafts.js';
import { newIdempotencyKey } from '../shared/idempotency.js';

/** One line's fields as typed (strings, as the inputs hold them). */
export interface LineDraft {
  readonly kind: string;
  readonly quantity: string;
  readonly date: string;
  readonly reason: string;
  readonly note: string;
}

export interface LinesDraft {
  /** Made when the draft starts and kept until the answers are sent, so a retry sends the same key. */
  readonly idempotencyKey: string;
  /** By position id. */
  readonly lines: Readonly<Record<string, LineDraft>>;
}

/** Errors shown per line and field: a rule's code, or a code the platform answered with. */
export type LineErrors = Readonly<Record<string, Partial<Record<LineField, string>>>>;

export const EMPTY_LINE: LineDraft = { kind: '', quantity: '', date: '', reason: '', note: '' };

const isString = (value: unknown): value is string => typeof value === 'string';

function isLineDraft(value: unknown): value is LineDraft {
  const line = value as Partial<Record<keyof LineDraft, unknown>> | null;
  return (
    !!line && typeof line === 'object' && [line.kind, line.quantity, line.date, line.reason, line.note].every(isString)
  );
}

function isLinesDraft(value: unknown): value is LinesDraft {
  const draft = value as Partial<Record<keyof LinesDraft, unknown>> | null;
  return (
    !!draft &&
    isString(draft.idempotencyKey) &&
    !!draft.lines &&
    typeof draft.lines === 'object' &&
    Object.values(draft.lines).every(isLineDraft)
  );
}

/** Where the drafts live (per order). */
export const lineAnswerDrafts = createDraftStore<LinesDraft>('line-answers', 1, isLinesDraft);

/** A new draft: empty, or the answers sent last time (answering again after a counter-proposal). */
export function newLinesDraft(order: Order): LinesDraft {
  const lines: Record<string, LineDraft> = {};
  for (const { answer } of order.production.lineAcknowledgement?.lines ?? []) {
    const input = lineAnswerInput(answer);
    lines[answer.positionId] = {
      kind: input.kind,
      quantity: input.quantity === null ? '' : String(input.quantity),
      date: input.date,
      reason: input.reason,
      note: input.note,
    };
  }
  return { idempotencyKey: newIdempotencyKey(), lines };
}

/** One line of the draft, empty when untouched. */
export const lineOf = (draft: LinesDraft, positionId: string): LineDraft => draft.lines[positionId] ?? EMPTY_LINE;

/** The domain's input of a drafted line. */
export function inputOf(positionId: string, line: LineDraft): LineAnswerInput {
  const quantity = line.quantity.trim();
  return {
    positionId,
    kind: line.kind,
    quantity: quantity === '' ? null : Number(quantity),
    date: line.date,
    reason: line.reason as LineAnswerInput['reason'],
    note: line.note,
  };
}

/** The rules' errors of every line of the draft (only lines with errors). */
export function draftErrors(order: Order, draft: LinesDraft, today: CalendarDate): Record<string, LineFieldErrors> {
  const errors: Record<string, LineFieldErrors> = {};
  for (const position of order.positions) {
    const found = checkLineAnswer(position, inputOf(position.id, lineOf(draft, position.id)), today);
    if (Object.keys(found).length > 0) errors[position.id] = found;
  }
  return errors;
}

/** How many lines have each kind of answer, and how many have none. */
export function answerCounts(order: Order, draft: LinesDraft): Record<LineAnswer['kind'] | 'open', number> {
  const counts = { accept: 0, 'accept-quantity': 0, 'propose-date': 0, decline: 0, open: 0 };
  for (const position of order.positions) {
    const kind = lineOf(draft, position.id).kind;
    if (kind in counts && kind !== 'open') counts[kind as LineAnswer['kind']] += 1;
    else counts.open += 1;
  }
  return counts;
}

/**
 * The platform's field errors (`answers.<positionId>` or `answers.<positionId>.<field>`) on the lines and
 * fields they name; null when none names a line of this order.
 */
export function serverLineErrors(order: Order, fieldErrors: Readonly<Record<string, string>>): LineErrors | null {
  const errors: Record<string, Partial<Record<LineField, string>>> = {};
  const fields: readonly LineField[] = ['kind', 'quantity', 'date', 'reason', 'note'];
  const positions = positionIndex(order);
  for (const [path, code] of Object.entries(fieldErrors)) {
    if (!path.startsWith(ANSWERS)) continue;
    const named = namedPosition(path.slice(ANSWERS.length), positions);
    if (!named) continue;
    const field = fields.includes(named.rest as LineField) ? (named.rest as LineField) : 'kind';
    (errors[named.positionId] ??= {})[field] ??= code;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

const ANSWERS = 'answers.';

/** The position a field path below `answers.` names (ids may hold dots: the whole path first, then ever shorter prefixes), and the rest. */
function namedPosition(
  path: string,
  positions: ReadonlyMap<string, unknown>,
): { positionId: string; rest: string } | null {
  if (positions.has(path)) return { positionId: path, rest: '' };
  for (let dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
    const positionId = path.slice(0, dot);
    if (positions.has(positionId)) return { positionId, rest: path.slice(dot + 1) };
  }
  return null;
}
