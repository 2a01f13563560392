import * as z from 'zod/mini';
import { PARSE_CHUNK, parseResponse } from './checked-api.js';
import { MAX_ITEMS, uniqueIds } from './schema-primitives.js';

const listLength = z.array(z.unknown()).check(z.maxLength(MAX_ITEMS));
const listIds = z.array(z.unknown()).check(z.refine((items) => uniqueIds(items as { id: string }[]), 'has duplicate ids'));
/** A turn of the main thread between chunks. */
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A long `listOf` answer (3,000 shipments) parsed as `parseResponse` would, with the same errors, but PARSE_CHUNK
 * items per task: its length first, then each chunk of items after a turn of the main thread, then its ids.
 */
export async function parseListInChunks(operation: string, item: z.ZodMiniType, items: readonly unknown[]): Promise<unknown[]> {
  parseResponse(operation, listLength, items);
  const chunkSchema = z.array(item);
  const parsed: unknown[] = [];
  for (let start = 0; start < items.length; start += PARSE_CHUNK) {
    if (start > 0) await turn();
    for (const each of parseResponse(operation, chunkSchema, items.slice(start, start + PARSE_CHUNK), start)) parsed.push(each);
  }
  parseResponse(operation, listIds, parsed);
  return parsed;
}
