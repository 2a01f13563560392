/**
 * How much the benchmark measures: order counts, samples per scenario, how far it scrolls. The naive list renders
 * every row, so one operation on it takes seconds at 10,000 orders and tens of seconds at 100,000 (mostly layout):
 * its samples are capped there, and at 100,000 it is not scrolled. `quick` is for development.
 */

/** Samples of one list scenario (first rows or one kind of update) and whether an unmeasured warm-up run comes first. */
function listSamples(quick, kind, count, scenario) {
  if (kind === 'ours') return { samples: quick ? 5 : scenario === 'firstRows' ? 15 : 20, warmup: true };
  if (count >= 100_000) return { samples: 1, warmup: false };
  if (count >= 10_000) return { samples: quick ? 2 : 5, warmup: false };
  return { samples: quick ? 5 : scenario === 'firstRows' ? 15 : 20, warmup: true };
}

export function makePlan({ quick }) {
  return {
    quick,
    counts: [1_000, 10_000, 100_000],
    /** --quick leaves the naive list out at 100,000. */
    runsNaive: (count) => !(quick && count >= 100_000),
    firstRows: (kind, count) => ({ kind, ...listSamples(quick, kind, count, 'firstRows') }),
    update: (kind, count, what) => ({ kind, what, ...listSamples(quick, kind, count, what) }),
    /** The scroll run, or null when it is not run. */
    scroll: (kind, count) =>
      kind === 'naive' && count >= 100_000
        ? null
        : {
            kind,
            /** 5,000 rows where the target applies (100,000 orders), 1,000 at the smaller counts, to keep the run near 10 minutes. */
            rows: quick ? 500 : count >= 100_000 ? 5_000 : 1_000,
            /** One row height (about 60 px) per frame, about 3,600 px/s at 60 frames per second. */
            rowsPerFrame: 1,
            runs: 1,
          },
    adapterSamples: quick ? 8 : 24,
    formSamples: quick ? 8 : 25,
  };
}

/** Why the naive figures at `count` have fewer samples than ours, or undefined. */
export function naiveCapNote(plan, count) {
  const naive = listSamples(plan.quick, 'naive', count, 'search').samples;
  const ours = listSamples(plan.quick, 'ours', count, 'search').samples;
  return naive < ours
    ? `naive capped at ${naive} sample${naive === 1 ? '' : 's'}, no warm-up (seconds per operation)`
    : undefined;
}

export const NAIVE_SCROLL_SKIPPED =
  'naive not scrolled at 100,000: mounting its 100,000 rows alone takes tens of seconds';
