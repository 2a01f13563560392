/** The contract of order acknowledgement per line: the answers a supplier sends and the platform's responses (zod/mini). */
import * as z from 'zod/mini';
import { calendarDate, id, instant, MAX_ITEMS, text } from './primitives.js';
import { DECLINE_REASONS } from '../../domain/types.js';
import type * as D from '../../domain/types.js';
import { MAX_LINE_NOTE } from '../../domain/line-acknowledgement.js';

const pieces = z.int().check(z.gte(1), z.lte(1_000_000_000));

export const DeclineReasonSchema = z.enum(DECLINE_REASONS as [D.DeclineReason, ...D.DeclineReason[]]);

export const LineAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ positionId: id, kind: z.literal('accept') }),
  z.object({ positionId: id, kind: z.literal('accept-quantity'), quantity: pieces }),
  z.object({ positionId: id, kind: z.literal('propose-date'), date: calendarDate }),
  z.object({
    positionId: id,
    kind: z.literal('decline'),
    reason: DeclineReasonSchema,
    note: z.nullable(z.string().check(z.maxLength(MAX_LINE_NOTE))),
  }),
]);

/** The body of POST /orders/{orderId}/line-acknowledgement: one answer per position. */
export const NewLineAcknowledgementSchema = z.object({
  answers: z.array(LineAnswerSchema).check(z.minLength(1), z.maxLength(MAX_ITEMS)),
});

export const LineResponseSchema = z
  .object({
    status: z.enum(['pending', 'accepted', 'counter-proposal']),
    quantity: z.nullable(pieces),
    date: z.nullable(calendarDate),
    note: z.nullable(text),
    respondedAt: z.nullable(instant),
  })
  .check(
    z.refine(
      (response) => response.status !== 'counter-proposal' || response.quantity !== null || response.date !== null,
      {
        message: 'a counter-proposal must propose a quantity or a date',
        path: ['status'],
      },
    ),
    z.refine((response) => (response.status === 'pending') === (response.respondedAt === null), {
      message: 'must be null exactly while the response is pending',
      path: ['respondedAt'],
    }),
  );

const uniquePositions = (lines: readonly { answer: { positionId: string } }[]) =>
  new Set(lines.map((line) => line.answer.positionId)).size === lines.length;

export const LineAcknowledgementSchema = z.object({
  submittedAt: instant,
  lines: z
    .array(z.object({ answer: LineAnswerSchema, response: LineResponseSchema }))
    .check(z.minLength(1), z.maxLength(MAX_ITEMS), z.refine(uniquePositions, 'has two lines for one position')),
});

/* Compile-time proof that the schemas produce the domain types. */
type Fits<Parsed, Domain> = [Parsed] extends [Domain] ? true : false;
const fits = <T extends true>(): T | undefined => undefined;
fits<Fits<z.infer<typeof LineAnswerSchema>, D.LineAnswer>>();
fits<Fits<z.infer<typeof LineAcknowledgementSchema>, D.LineAcknowledgement>>();
