/**
 * npm run bench:large-data [-- --quick] [-- --before] — the elements with one order of 10,000 positions.
 *
 * For each case of bench/scenarios/large-data.ts (Answer per line, the shipping wizard's parts step, the invoice
 * form's positions and review, a shipment of 10,000 items, the order's positions table, and typing in them): the time
 * from the supplier's action until the element shows a clear state, and the longest main-thread task from that action
 * until the page is quiet (PerformanceObserver `longtask`, so "none" means no task over 50 ms). Targets: no task over
 * 200 ms, a clear state within 2 s.
 *
 * Built and run like `npm run bench` (bench/build-page.mjs, test/node/static-server.mjs, headless Chromium). Writes
 * bench/results-large-data.json and bench/results-large-data.md; with --before it writes
 * bench/results-large-data-before.json instead (run it on the code before a change), and the markdown then shows
 * both. Not part of npm test.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { attempt } from '../bench/attempt.mjs';
import { openBenchPage } from '../bench/bench-page.mjs';
import { buildPage } from '../bench/build-page.mjs';
import { largeDataReport } from '../bench/large-data-report.mjs';
import { TRACE_CATEGORIES, taskFigures } from '../bench/trace-tasks.mjs';
import { launchBrowser } from '../test/node/browser.mjs';
import { serveStatic } from '../test/node/static-server.mjs';

const quick = process.argv.includes('--quick');
const before = process.argv.includes('--before');
const samples = quick ? 1 : 3;
const started = Date.now();
const log = (message) =>
  process.stderr.write(`[bench:large-data ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
const load = () => loadavg().map((value) => Number(value.toFixed(2)));
const file = (name) => fileURLToPath(new URL(`../bench/${name}`, import.meta.url));

let browser;
try {
  browser = await launchBrowser();
} catch (error) {
  console.error(`npm run bench:large-data needs a Chromium: ${error.message.split('\n')[0]}`);
  process.exit(1);
}

const loadBefore = load();
let server;
try {
  log('building the page');
  server = await serveStatic(await buildPage());
  const rows = [];
  const cases = await (async () => {
    const session = await openBenchPage(browser, server.url);
    try {
      return await session.page.evaluate(() => window.bench.largeDataCases());
    } finally {
      await session.close();
    }
  })();
  for (const { key, scenario } of cases) {
    // A fresh page per case: one case's heap and long tasks never reach the next.
    const session = await openBenchPage(browser, server.url);
    // The page traces each sample from just before the action until it is quiet again (bench/trace-tasks.mjs).
    await session.page.exposeFunction('benchTrace', async (what, measure) => {
      if (what === 'start') {
        await browser.startTracing(session.page, { categories: TRACE_CATEGORIES });
        return null;
      }
      return taskFigures(await browser.stopTracing(), measure);
    });
    try {
      log(`${key} (${samples} sample${samples > 1 ? 's' : ''})`);
      const result = await attempt(key, log, () => session.call('largeData', { name: key, samples }));
      rows.push({ key, scenario, ...(result.error ? { error: result.error } : result.value) });
    } finally {
      await session.close();
    }
  }
  const machine = {
    chromium: browser.version(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown CPU',
    date: new Date().toISOString(),
    commit: process.env.BENCH_COMMIT ?? null,
    quick,
    samples,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    loadBefore,
    loadAfter: load(),
  };
  const result = { machine, results: rows };
  writeFileSync(
    file(before ? 'results-large-data-before.json' : 'results-large-data.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  const beforeFile = file('results-large-data-before.json');
  const previous = !before && existsSync(beforeFile) ? JSON.parse(readFileSync(beforeFile, 'utf8')) : null;
  const markdown = largeDataReport(before ? { after: null, before: result } : { after: result, before: previous });
  if (!before) writeFileSync(file('results-large-data.md'), markdown);
  console.log(markdown);
  if (rows.some((row) => row.error)) process.exitCode = 1;
} catch (error) {
  console.error(`npm run bench:large-data failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server?.close();
}
