/** Drives the order-list scenarios at each order count, for `<order-list>` and the naive list, and returns result rows. */
import { attempt } from './attempt.mjs';
import { openBenchPage } from './bench-page.mjs';
import { NAIVE_SCROLL_SKIPPED, naiveCapNote } from './plan.mjs';

const UPDATES = ['search', 'filter', 'sort'];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function measureList(session, plan, kind, count, log) {
  const scenario = (name, options) => attempt(`${kind} ${name} at ${count}`, log, () => session.call(name, options));
  const started = Date.now();
  const measured = { firstRows: await scenario('firstRows', plan.firstRows(kind, count)) };
  for (const what of UPDATES) measured[what] = await scenario('listUpdates', plan.update(kind, count, what));
  const scroll = plan.scroll(kind, count);
  measured.scroll = scroll ? await scenario('scrollThrough', scroll) : { skipped: NAIVE_SCROLL_SKIPPED };
  log(`  ${kind}: done in ${seconds(Date.now() - started)}`);
  return measured;
}

/** Rows splitting `<order-list>`'s figure around its listOrders call (bench/scenarios/list-data.ts). */
function splitSpecs(key, name, part, inTable) {
  const pick = (field) => (value) => value.split?.[field];
  return [
    {
      key: `${key}-before-adapter`,
      scenario: `↳ ${name}: until listOrders is called`,
      part,
      pick: pick('before'),
      oursOnly: true,
      inTable: false,
    },
    {
      key: `${key}-in-adapter`,
      scenario: `↳ ${name}: in the memory adapter's listOrders`,
      part,
      pick: pick('adapter'),
      oursOnly: true,
      inTable,
    },
    {
      key: `${key}-render`,
      scenario: `↳ ${name}: contract check, lit render, virtualizer`,
      part,
      pick: pick('render'),
      oursOnly: true,
      inTable,
    },
    {
      key: `${key}-layout`,
      scenario: `↳ ${name}: style and layout`,
      part,
      pick: pick('layout'),
      oursOnly: true,
      inTable,
    },
  ];
}

/** The table rows of one count: what each row shows, picked from the measurements of a kind. */
function rowSpecs(plan, count) {
  const { rows } = plan.scroll('ours', count);
  const scroll = `scroll ${rows.toLocaleString('en-US')} rows`;
  return [
    {
      key: 'first-rows-dom',
      scenario: 'order-list: append → first row in DOM (after data)',
      part: 'firstRows',
      pick: (value) => value.dom,
    },
    {
      key: 'first-rows-paint',
      scenario: 'order-list: append → first row painted',
      part: 'firstRows',
      pick: (value) => value.paint,
    },
    ...splitSpecs('first-rows', 'first row', 'firstRows', true),
    { key: 'search', scenario: 'order-list: search set → rows updated', part: 'search', pick: (value) => value.dom },
    ...splitSpecs('search', 'search', 'search', true),
    {
      key: 'search-paint',
      scenario: 'order-list: search set → painted',
      part: 'search',
      pick: (value) => value.paint,
      inTable: false,
    },
    { key: 'filter', scenario: 'order-list: filter change → rows updated', part: 'filter', pick: (value) => value.dom },
    {
      key: 'filter-paint',
      scenario: 'order-list: filter change → painted',
      part: 'filter',
      pick: (value) => value.paint,
      inTable: false,
    },
    ...splitSpecs('filter', 'filter change', 'filter', false),
    { key: 'sort', scenario: 'order-list: sort change → rows updated', part: 'sort', pick: (value) => value.dom },
    {
      key: 'sort-paint',
      scenario: 'order-list: sort change → painted',
      part: 'sort',
      pick: (value) => value.paint,
      inTable: false,
    },
    ...splitSpecs('sort', 'sort change', 'sort', false),
    {
      key: 'scroll-long-tasks',
      scenario: `order-list: ${scroll}: long tasks (> 50 ms)`,
      part: 'scroll',
      pick: (value) => value.longTasks,
    },
    {
      key: 'scroll-longest-task',
      scenario: `order-list: ${scroll}: longest task`,
      part: 'scroll',
      pick: (value) => value.longestTask,
    },
    {
      key: 'scroll-dropped-frames',
      scenario: `order-list: ${scroll}: dropped frames (> 25 ms)`,
      part: 'scroll',
      pick: (value) => value.droppedFrames,
    },
    {
      key: 'scroll-longest-frame',
      scenario: `order-list: ${scroll}: longest frame`,
      part: 'scroll',
      pick: (value) => value.longestFrame,
    },
    {
      key: 'scroll-frames',
      scenario: `order-list: ${scroll}: frames`,
      part: 'scroll',
      pick: (value) => value.frames,
      inTable: false,
    },
    {
      key: 'scroll-median-frame',
      scenario: `order-list: ${scroll}: median frame`,
      part: 'scroll',
      pick: (value) => value.medianFrame,
      inTable: false,
    },
    {
      key: 'scroll-stalled-frames',
      scenario: `order-list: ${scroll}: frames waiting for the next page`,
      part: 'scroll',
      pick: (value) => value.stalledFrames,
    },
    {
      key: 'scroll-rows-passed',
      scenario: `order-list: ${scroll}: rows passed`,
      part: 'scroll',
      pick: (value) => value.rowsPassed,
      inTable: false,
    },
    {
      key: 'scroll-row-height',
      scenario: `order-list: ${scroll}: row height`,
      part: 'scroll',
      pick: (value) => value.rowHeight,
      inTable: false,
    },
    {
      key: 'scroll-seconds',
      scenario: `order-list: ${scroll}: duration`,
      part: 'scroll',
      pick: (value) => value.seconds,
      inTable: false,
    },
    {
      key: 'dom-nodes-first',
      scenario: 'order-list: DOM elements after first rows',
      part: 'scroll',
      pick: (value) => value.nodesAtStart,
    },
    {
      key: 'dom-nodes-scrolled',
      scenario: `order-list: DOM elements after ${scroll}`,
      part: 'scroll',
      pick: (value) => value.nodesAfter,
    },
    {
      key: 'heap-first',
      scenario: 'order-list: JS heap added, first rows (after GC)',
      part: 'scroll',
      pick: (value) => value.heapAtStart,
    },
    {
      key: 'heap-scrolled',
      scenario: `order-list: JS heap added after ${scroll} (after GC)`,
      part: 'scroll',
      pick: (value) => value.heapAfter,
    },
  ];
}

function listRows(plan, count, measured) {
  const capNote = naiveCapNote(plan, count);
  return rowSpecs(plan, count).map(({ key, scenario, part, pick, inTable = true, oursOnly = false }) => {
    const ours = measured.ours[part];
    const naive = oursOnly ? undefined : measured.naive?.[part];
    const row = {
      key,
      scenario,
      count,
      inTable,
      ours: (ours?.value && pick(ours.value)) ?? null,
      naive: (naive?.value && pick(naive.value)) ?? null,
    };
    row.unit = row.ours?.unit ?? row.naive?.unit;
    if (ours?.error) row.error = ours.error;
    if (oursOnly) row.naiveText = 'n/a';
    else if (!naive) row.naiveNote = 'naive list not run at this count (--quick)';
    else if (naive.error) row.naiveNote = `naive failed: ${naive.error}`;
    else if (naive.skipped) row.naiveNote = naive.skipped;
    else if (capNote && part !== 'scroll') row.naiveNote = capNote;
    if (!oursOnly && !naive?.value) row.naiveText = naive?.error ? 'error' : 'not run';
    return row;
  });
}

function adapterRows(count, adapter) {
  const base = {
    count,
    inTable: true,
    naive: null,
    naiveText: 'n/a',
    note: 'where the update time goes; no naive counterpart',
  };
  return [
    {
      ...base,
      key: 'adapter-raw',
      scenario: 'memory adapter listOrders, 100-row search page',
      ours: adapter.value?.raw ?? null,
      unit: 'ms',
      ...(adapter.error ? { error: adapter.error } : {}),
    },
    {
      ...base,
      key: 'adapter-checked',
      scenario: 'same through checkedApi (zod contract check)',
      ours: adapter.value?.checked ?? null,
      unit: 'ms',
      ...(adapter.error ? { error: adapter.error } : {}),
    },
  ];
}

export async function runLists({ browser, url, plan, log }) {
  const rows = [];
  for (const count of plan.counts) {
    const session = await openBenchPage(browser, url);
    try {
      log(`${count.toLocaleString('en-US')} orders: generating`);
      const data = await session.call('prepareList', { count });
      log(`  generated and indexed in ${seconds(data.generateMs)}`);
      const measured = { ours: await measureList(session, plan, 'ours', count, log) };
      const adapter = await attempt(`adapter query at ${count}`, log, () =>
        session.call('adapterQuery', { samples: plan.adapterSamples }),
      );
      if (plan.runsNaive(count)) {
        const naive = await session.call('prepareNaive');
        log(`  all summaries for the naive list paged in ${seconds(naive.loadAllMs)}`);
        measured.naive = await measureList(session, plan, 'naive', count, log);
      }
      rows.push(...listRows(plan, count, measured), ...adapterRows(count, adapter));
    } finally {
      await session.close();
    }
  }
  return rows;
}
