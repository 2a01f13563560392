/** Time from appending a list (data already in the adapter) until its first data row is in the DOM, and painted. */
import { clearMarks, frames, heapAfterGc, startInterval, waitForDom } from '../measure.js';
import type { Figure } from '../stats.js';
import { takeAdapterCalls } from './list-data.js';
import { createList, hasRows, mountList, unmountList, type ListKind } from './list-element.js';
import { sampleCollector, type SplitFigures } from './split-figures.js';

export interface FirstRowsResult {
  /** Append → first data row in the shadow DOM, after a forced layout. */
  readonly dom: Figure;
  /** Append → the frame after that row is painted. */
  readonly paint: Figure;
  /** `<order-list>` only: the "in DOM" interval before, in and after the adapter's listOrders. */
  readonly split?: SplitFigures;
}

/** `samples` mounts of a fresh list, after one unmeasured warm-up mount unless `warmup` is false; garbage is collected between mounts. */
export async function firstRows({
  kind,
  samples,
  warmup = true,
}: {
  kind: ListKind;
  samples: number;
  warmup?: boolean;
}): Promise<FirstRowsResult> {
  const samplesTaken = sampleCollector();
  const first = warmup ? 0 : 1;
  for (let run = first; run <= samples; run++) {
    await heapAfterGc();
    await frames(2);
    const list = createList(kind);
    takeAdapterCalls();
    const interval = startInterval(`${kind}-first-rows`);
    mountList(list);
    const shownAt = await waitForDom(list.shadowRoot as ShadowRoot, () => hasRows(list), 'the first data row');
    await samplesTaken.take(interval, shownAt, run > 0);
    unmountList(list);
  }
  clearMarks();
  return samplesTaken.result();
}
