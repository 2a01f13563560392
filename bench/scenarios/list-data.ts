/** The orders the list scenarios run on: one memory adapter per order count, and every summary for the naive list. */
import { createMemoryAdapter, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi } from '../../src/api/port.js';
import type { OrderSummary } from '../../src/domain/types.js';
import { configure } from '../../src/configure.js';

export interface ListData {
  readonly count: number;
  readonly adapter: MemoryAdapter;
  /** Every summary, in the adapter's default order (lead time), as a host would hand them to the naive list; empty until `prepareNaive`. */
  summaries: readonly OrderSummary[];
}

let current: ListData | undefined;

/** When a listOrders call of `<order-list>` started and when the memory adapter answered it (before the contract check). */
export interface AdapterCall {
  readonly start: number;
  readonly end: number;
}

const calls: AdapterCall[] = [];

/** The listOrders calls recorded since the last take. */
export const takeAdapterCalls = (): AdapterCall[] => calls.splice(0);

/** The adapter as `<order-list>` gets it: every method of `adapter`, with listOrders calls timed. */
function timed(adapter: MemoryAdapter): SupplierApi {
  return new Proxy(adapter, {
    get(target, key) {
      if (key !== 'listOrders') {
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (...args: Parameters<SupplierApi['listOrders']>) => {
        const start = performance.now();
        try {
          return await target.listOrders(...args);
        } finally {
          calls.push({ start, end: performance.now() });
        }
      };
    },
  });
}

/** The data of the last `prepareList` call. */
export function listData(): ListData {
  if (!current) throw new Error('call bench.prepareList({ count }) first');
  return current;
}

/** Every summary, paged through listOrders (200 a page, the adapter's maximum). */
async function allSummaries(adapter: MemoryAdapter): Promise<OrderSummary[]> {
  const summaries: OrderSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listOrders({ cursor, limit: 200 });
    summaries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return summaries;
}

/**
 * Makes `count` orders (seed 1) and gives the adapter (listOrders timed) to every element with `configure({ adapter })`.
 * Generation, index building and a first `listOrders({})` happen here, so the scenarios measure "after data".
 */
export async function prepareList({ count }: { count: number }): Promise<{ generateMs: number }> {
  current?.adapter.close();
  current = undefined;
  const started = performance.now();
  const adapter = createMemoryAdapter({ orderCount: count, persist: false, seed: 1 });
  await adapter.ready;
  await adapter.listOrders({});
  configure({ adapter: timed(adapter) });
  takeAdapterCalls();
  current = { count, adapter, summaries: [] };
  return { generateMs: performance.now() - started };
}

/** Gives the naive list its data: every summary as a plain array (after `<order-list>` is measured, so its heap does not carry them). */
export async function prepareNaive(): Promise<{ loadAllMs: number }> {
  const data = listData();
  const started = performance.now();
  data.summaries = await allSummaries(data.adapter);
  return { loadAllMs: performance.now() - started };
}

/** How the interval `start` → `shownAt` splits around the last listOrders call within it (null when none was made). */
export interface AdapterSplit {
  /** Until `<order-list>` called listOrders (property set → update → task started). */
  readonly before: number;
  /** In the memory adapter. */
  readonly adapter: number;
  /** From the adapter's answer until the rows are in the DOM: contract check (checkedApi), task completion, lit render, virtualizer. */
  readonly render: number;
  /** The forced style and layout pass that ends the interval. */
  readonly layout: number;
}

export function splitAtAdapter(start: number, shownAt: number, layout: number): AdapterSplit | null {
  const call = takeAdapterCalls()
    .filter((candidate) => candidate.start >= start && candidate.end <= shownAt)
    .at(-1);
  return call
    ? { before: call.start - start, adapter: call.end - call.start, render: shownAt - layout - call.end, layout }
    : null;
}
