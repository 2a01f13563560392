import type * as z from 'zod/mini';
import { ContractError } from './errors.js';

/** A list answer's schema taken apart (`LIST_ANSWERS` of schemas/responses.ts): an array of its item, its length cap, the list's own checks. */
export interface ListAnswer {
  readonly items: z.ZodMiniType<readonly unknown[]>;
  readonly length: z.ZodMiniType;
  readonly checks: z.ZodMiniType;
}

/** `parseResponse` of checked-api: the parsed value, or a ContractError naming the first bad field. */
type Parse = <T>(operation: string, schema: z.ZodMiniType<T>, value: unknown) => T;

/** `parse` of a chunk of a list that starts at index `start`: a bad item is named by its index in the whole list. */
function parseChunk<T>(
  parse: Parse,
  operation: string,
  schema: z.ZodMiniType<readonly T[]>,
  chunk: readonly unknown[],
  start: number,
): readonly T[] {
  try {
    return parse(operation, schema, chunk);
  } catch (error) {
    if (!(error instanceof ContractError) || start === 0) throw error;
    const [index, ...rest] = error.path.split('.');
    const path = /^\d+$/.test(index ?? '') ? [Number(index) + start, ...rest].join('.') : error.path;
    throw new ContractError(operation, path, error.detail);
  }
}

/** A turn of the main thread between chunks. */
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A long list answer (3,000 shipments) parsed as its whole-list schema would, with the same errors, but `chunk`
 * items per task: its length first, then each chunk after a turn of the main thread, then the list's checks. What
 * checked-api has comes in as arguments, so this chunk (loaded with the first long answer) adds nothing to the first load.
 */
export async function parseListInChunks(
  operation: string,
  answer: readonly unknown[],
  list: ListAnswer,
  chunk: number,
  parse: Parse,
): Promise<unknown[]> {
  parse(operation, list.length, answer);
  const parsed: unknown[] = [];
  for (let start = 0; start < answer.length; start += chunk) {
    if (start > 0) await turn();
    for (const item of parseChunk(parse, operation, list.items, answer.slice(start, start + chunk), start))
      parsed.push(item);
  }
  parse(operation, list.checks, parsed);
  return parsed;
}
