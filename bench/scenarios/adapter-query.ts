/**
 * Where the list's update time goes: the same first-page queries `<order-list>` sends (100 rows), timed on the memory
 * adapter alone and through `checkedApi` (the zod contract check every element's answers pass). No naive counterpart.
 * Every call asks another query than the call before it, so the adapter's kept walk of the last query never answers.
 */
import { checkedApi } from '../../src/api/checked-api.js';
import type { OrderQuery, SupplierApi } from '../../src/api/port.js';
import { clearMarks, startInterval } from '../measure.js';
import { figure, type Figure } from '../stats.js';
import { listData } from './list-data.js';

const QUERIES: readonly OrderQuery[] = [
  'drive shaft',
  'sf-105',
  'pulley',
  'nozzle',
  'sf-1077',
  'heat sink',
  'valve body',
  'bracket',
].map((search) => ({
  search,
  sort: 'lead-time',
  direction: 'asc',
  cursor: null,
  limit: 100,
}));

export interface AdapterQueryResult {
  /** One search query on the memory adapter. */
  readonly raw: Figure;
  /** The same query through checkedApi, as the element calls it. */
  readonly checked: Figure;
}

/** Each query once on `api`, timed. */
async function timeQueries(api: SupplierApi, name: string): Promise<number[]> {
  const durations: number[] = [];
  for (const query of QUERIES) {
    const interval = startInterval(name);
    await api.listOrders(query);
    durations.push(interval.to(performance.now()));
  }
  return durations;
}

/** `samples` (rounded up to whole rounds of the 8 queries) per figure, after one unmeasured round of each. */
export async function adapterQuery({ samples }: { samples: number }): Promise<AdapterQueryResult> {
  const { adapter } = listData();
  const checked = checkedApi(adapter);
  const raw: number[] = [];
  const withCheck: number[] = [];
  const rounds = Math.ceil(samples / QUERIES.length);
  for (let round = 0; round <= rounds; round++) {
    const plain = await timeQueries(adapter, 'adapter-query');
    const wrapped = await timeQueries(checked, 'adapter-query-checked');
    if (round > 0) {
      raw.push(...plain);
      withCheck.push(...wrapped);
    }
  }
  clearMarks();
  return { raw: figure(raw, 'ms'), checked: figure(withCheck, 'ms') };
}
