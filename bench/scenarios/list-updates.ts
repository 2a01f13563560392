/** Search, filter and sort changes on a mounted list: time from setting the properties until the rows show the new result. */
import type { OrderSort, SortDirection } from '../../src/api/port.js';
import type { CurrentStage } from '../../src/domain/types.js';
import { clearMarks, frames, startInterval, waitForDom } from '../measure.js';
import type { Figure } from '../stats.js';
import { takeAdapterCalls } from './list-data.js';
import {
  applyState,
  createList,
  hasRows,
  mountList,
  shown,
  unmountList,
  type ListKind,
  type ListState,
} from './list-element.js';
import { sampleCollector, type SplitFigures } from './split-figures.js';

export type UpdateKind = 'search' | 'filter' | 'sort';

/** Part names and order-number prefixes of the seed (src/api/memory/seed/reference-data.ts, generator.ts) that match at every count. */
const SEARCH_TERMS = [
  'drive shaft',
  'sf-105',
  'pulley',
  'nozzle',
  'sf-1077',
  'heat sink',
  'valve body',
  'bracket',
  'sf-109',
  'guide rail',
  'end cap',
  'sf-1001',
  'hinge plate',
  'motor mount',
  'sf-110',
  'cable gland',
  'spacer sleeve',
  'sf-1066',
  'adapter plate',
  'clamp lever',
];

const filter = (stage: CurrentStage | '', needsAction: boolean, overdue: boolean): Partial<ListState> => ({
  stage,
  needsAction,
  overdue,
});
const FILTERS: readonly Partial<ListState>[] = [
  filter('production', false, false),
  filter('shipping', false, false),
  filter('', true, false),
  filter('', false, true),
  filter('invoice', false, false),
  filter('completed', false, false),
  filter('quality', false, false),
  filter('', true, true),
];

const sort = (key: OrderSort, direction: SortDirection): Partial<ListState> => ({ sort: key, direction });
const SORTS: readonly Partial<ListState>[] = [
  sort('created', 'asc'),
  sort('value', 'desc'),
  sort('lead-time', 'desc'),
  sort('value', 'asc'),
  sort('created', 'desc'),
  sort('lead-time', 'asc'),
];

/** The states a run steps through, in turn; each shows another result than the one before it. */
const STATES: Readonly<Record<UpdateKind, readonly Partial<ListState>[]>> = {
  search: SEARCH_TERMS.map((search) => ({ search })),
  filter: FILTERS,
  sort: SORTS,
};

export interface UpdateResult {
  /** Properties set → rows and result count show the new result in the DOM, after a forced layout. */
  readonly dom: Figure;
  /** Properties set → the frame after that is painted. */
  readonly paint: Figure;
  /** `<order-list>` only: the "rows updated" interval before, in and after the adapter's listOrders. */
  readonly split?: SplitFigures;
}

/**
 * One mounted list; `samples` changes (after one unmeasured warm-up change unless `warmup` is false), each to the next state of `what`.
 * A change counts as done when the first three rows show other orders than before the change (every step of STATES
 * changes them; the result count line renders with the rows, never after them).
 */
export async function listUpdates({
  kind,
  what,
  samples,
  warmup = true,
}: {
  kind: ListKind;
  what: UpdateKind;
  samples: number;
  warmup?: boolean;
}): Promise<UpdateResult> {
  const list = createList(kind);
  mountList(list);
  const root = list.shadowRoot as ShadowRoot;
  await waitForDom(root, () => hasRows(list), 'the first data row');
  await frames(2);
  const states = STATES[what];
  const samplesTaken = sampleCollector();
  const first = warmup ? 0 : 1;
  for (let run = first; run <= samples; run++) {
    const before = shown(list);
    const state = states[run % states.length] as Partial<ListState>;
    takeAdapterCalls();
    const interval = startInterval(`${kind}-${what}`);
    applyState(list, state);
    const shownAt = await waitForDom(
      root,
      () => hasRows(list) && shown(list) !== before,
      `the rows after ${JSON.stringify(state)}`,
    );
    await samplesTaken.take(interval, shownAt, run > 0);
    await frames(1);
  }
  unmountList(list);
  clearMarks();
  return samplesTaken.result();
}
