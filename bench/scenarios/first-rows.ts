/** Time from appending a list (data already in the adapter) until its first data row is in the DOM, and painted. */
import { afterNextPaint, clearMarks, frames, heapAfterGc, lastLayoutMs, startInterval, waitForDom } from '../measure.js';
import { figure, type Figure } from '../stats.js';
import { splitAtAdapter, takeAdapterCalls, type AdapterSplit } from './list-data.js';
import { createList, hasRows, mountList, unmountList, type ListKind } from './list-element.js';
import { splitFigures, type SplitFigures } from './split-figures.js';

export interface FirstRowsResult {
  /** Append → first data row in the shadow DOM, after a forced layout. */
  readonly dom: Figure;
  /** Append → the frame after that row is painted. */
  readonly paint: Figure;
  /** `<order-list>` only: the "in DOM" interval before, in and after the adapter's listOrders. */
  readonly split?: SplitFigures;
}

/** `samples` mounts of a fresh list, after one unmeasured warm-up mount unless `warmup` is false; garbage is collected between mounts. */
export async function firstRows({ kind, samples, warmup = true }: { kind: ListKind; samples: number; warmup?: boolean }): Promise<FirstRowsResult> {
  const dom: number[] = [];
  const paint: number[] = [];
  const splits: (AdapterSplit | null)[] = [];
  const first = warmup ? 0 : 1;
  for (let run = first; run <= samples; run++) {
    await heapAfterGc();
    await frames(2);
    const list = createList(kind);
    takeAdapterCalls();
    const interval = startInterval(`${kind}-first-rows`);
    mountList(list);
    const shownAt = await waitForDom(list.shadowRoot as ShadowRoot, () => hasRows(list), 'the first data row');
    const paintedAt = await afterNextPaint();
    const split = splitAtAdapter(interval.start, shownAt, lastLayoutMs());
    if (run > 0) {
      dom.push(interval.to(shownAt));
      paint.push(interval.to(paintedAt));
      splits.push(split);
    }
    unmountList(list);
  }
  clearMarks();
  const split = splitFigures(splits);
  return { dom: figure(dom, 'ms'), paint: figure(paint, 'ms'), ...(split ? { split } : {}) };
}
