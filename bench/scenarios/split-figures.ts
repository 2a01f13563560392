/** Collects the samples of a list scenario, and the adapter splits (scenarios/list-data.ts) of `<order-list>` samples, into figures. */
import { afterNextPaint, lastLayoutMs, type Interval } from '../measure.js';
import { figure, type Figure } from '../stats.js';
import { splitAtAdapter, type AdapterSplit } from './list-data.js';

export interface SplitFigures {
  readonly before: Figure;
  readonly adapter: Figure;
  readonly render: Figure;
  readonly layout: Figure;
}

/** Figures of the splits, or undefined when any sample had none (the naive list makes no adapter calls). */
export function splitFigures(splits: readonly (AdapterSplit | null)[]): SplitFigures | undefined {
  if (splits.length === 0 || splits.some((split) => split === null)) return undefined;
  const all = splits as readonly AdapterSplit[];
  return {
    before: figure(
      all.map((split) => split.before),
      'ms',
    ),
    adapter: figure(
      all.map((split) => split.adapter),
      'ms',
    ),
    render: figure(
      all.map((split) => split.render),
      'ms',
    ),
    layout: figure(
      all.map((split) => split.layout),
      'ms',
    ),
  };
}

export interface TimedSamples {
  readonly dom: Figure;
  readonly paint: Figure;
  readonly split?: SplitFigures;
}

/** The samples of one list scenario: each until the DOM showed the result, until the next paint, and split at the adapter call. */
export function sampleCollector() {
  const dom: number[] = [];
  const paint: number[] = [];
  const splits: (AdapterSplit | null)[] = [];
  return {
    /** Waits for the paint after `shownAt`, then keeps the sample unless it was the warm-up (`keep` false). */
    async take(interval: Interval, shownAt: number, keep: boolean): Promise<void> {
      const paintedAt = await afterNextPaint();
      const split = splitAtAdapter(interval.start, shownAt, lastLayoutMs());
      if (!keep) return;
      dom.push(interval.to(shownAt));
      paint.push(interval.to(paintedAt));
      splits.push(split);
    },
    result(): TimedSamples {
      const split = splitFigures(splits);
      return { dom: figure(dom, 'ms'), paint: figure(paint, 'ms'), ...(split ? { split } : {}) };
    },
  };
}
