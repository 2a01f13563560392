/** Summaries of repeated measurements: n, median, p95, min, max, with the raw samples kept. */

export type Unit = 'ms' | 's' | 'count' | 'nodes' | 'bytes' | 'frames' | 'rows' | 'px';

export interface Figure {
  readonly unit: Unit;
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly samples: readonly number[];
  /** Anything a reader needs to know about how these samples were taken (e.g. capped samples). */
  readonly note?: string;
}

/** The `q` quantile (0..1) of ascending `sorted` values, linearly interpolated between ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A figure from raw samples. */
export function figure(samples: readonly number[], unit: Unit, note?: string): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    unit,
    n: samples.length,
    median: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    samples: samples.map(round),
    ...(note ? { note } : {}),
  };
}
