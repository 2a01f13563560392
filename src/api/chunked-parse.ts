import * as z from 'zod/mini';

/** What `checkedApi` hands over (passed in, not imported, so that this chunk shares no module with the first load). */
export interface ChunkedList {
  /** The schema of one item of the list. */
  readonly item: z.ZodMiniType;
  /** Items parsed per task. */
  readonly chunk: number;
  /** The most items a list may hold. */
  readonly maxItems: number;
  readonly uniqueIds: (items: readonly { id: string }[]) => boolean;
  /** `parseResponse` of checked-api: a ContractError naming the first bad field, `firstIndex` added to its index. */
  readonly parse: <T>(operation: string, schema: z.ZodMiniType<T>, value: unknown, firstIndex?: number) => T;
}

/** A turn of the main thread between chunks. */
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A long `listOf` answer (3,000 shipments) parsed as the whole-list schema would, with the same errors, but a
 * chunk of items per task: its length first, then each chunk after a turn of the main thread, then its ids.
 */
export async function parseListInChunks(operation: string, items: readonly unknown[], list: ChunkedList): Promise<unknown[]> {
  list.parse(operation, z.array(z.unknown()).check(z.maxLength(list.maxItems)), items);
  const chunkSchema = z.array(list.item);
  const parsed: unknown[] = [];
  for (let start = 0; start < items.length; start += list.chunk) {
    if (start > 0) await turn();
    for (const each of list.parse(operation, chunkSchema, items.slice(start, start + list.chunk), start)) parsed.push(each);
  }
  list.parse(operation, z.array(z.unknown()).check(z.refine((all) => list.uniqueIds(all as { id: string }[]), 'has duplicate ids')), parsed);
  return parsed;
}
