import type * as z from 'zod/mini';

/** A list answer's schema taken apart (`LIST_ANSWERS` of response-schemas.ts): an array of its item, its length cap, the list's own checks. */
export interface ListAnswer {
  readonly items: z.ZodMiniType<readonly unknown[]>;
  readonly length: z.ZodMiniType;
  readonly checks: z.ZodMiniType;
}

/** `parseResponse` of checked-api: a ContractError naming the first bad field, `firstIndex` added to its index. */
type Parse = <T>(operation: string, schema: z.ZodMiniType<T>, value: unknown, firstIndex?: number) => T;

/** A turn of the main thread between chunks. */
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A long list answer (3,000 shipments) parsed as its whole-list schema would, with the same errors, but `chunk`
 * items per task: its length first, then each chunk after a turn of the main thread, then the list's checks. Everything
 * comes in as arguments: this chunk, loaded with the first long answer, shares no module with the first load.
 */
export async function parseListInChunks(operation: string, answer: readonly unknown[], list: ListAnswer, chunk: number, parse: Parse): Promise<unknown[]> {
  parse(operation, list.length, answer);
  const parsed: unknown[] = [];
  for (let start = 0; start < answer.length; start += chunk) {
    if (start > 0) await turn();
    for (const item of parse(operation, list.items, answer.slice(start, start + chunk), start)) parsed.push(item);
  }
  parse(operation, list.checks, parsed);
  return parsed;
}
