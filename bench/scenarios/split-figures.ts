/** Collects adapter splits (scenarios/list-data.ts) of `<order-list>` samples into figures. */
import { figure, type Figure } from '../stats.js';
import type { AdapterSplit } from './list-data.js';

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
    before: figure(all.map((split) => split.before), 'ms'),
    adapter: figure(all.map((split) => split.adapter), 'ms'),
    render: figure(all.map((split) => split.render), 'ms'),
    layout: figure(all.map((split) => split.layout), 'ms'),
  };
}
