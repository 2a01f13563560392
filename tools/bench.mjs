/**
 * npm run bench [-- --quick] — performance of the elements in headless Chromium, next to a naive baseline.
 *
 * What it measures (bench/README.md has the details of every figure):
 *   - <order-list> with 1,000, 10,000 and 100,000 memory-adapter orders, and bench/naive-order-list.ts (every row
 *     in the DOM, Array.filter/sort on each change) on the same data: append → first row, search / filter / sort
 *     change → rows updated, scrolling (long tasks, dropped frames, longest frame), DOM size and JS heap;
 *   - <order-details> opening, a <shipping-wizard> step change, an <invoice-form> line total after a quantity change.
 *
 * How: esbuild bundles bench/page.ts with the library sources into node_modules/.cache/supplier-flow-bench/,
 * test/node/static-server.mjs serves it, test/node/browser.mjs's Chromium opens it, and each scenario runs in the
 * page through window.bench (performance.mark/measure, a long-task PerformanceObserver, GC and heap size over the
 * DevTools protocol). Writes bench/results.json and bench/results.md and prints the table; --quick (fewer samples,
 * shorter scrolls, no naive list at 100,000) writes bench/results-quick.* instead. Not part of npm test.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildPage } from '../bench/build-page.mjs';
import { makePlan } from '../bench/plan.mjs';
import { finishRows, markdownReport } from '../bench/report.mjs';
import { runForms } from '../bench/run-forms.mjs';
import { runLists } from '../bench/run-lists.mjs';
import { launchBrowser } from '../test/node/browser.mjs';
import { serveStatic } from '../test/node/static-server.mjs';

const quick = process.argv.includes('--quick');
const plan = makePlan({ quick });
const started = Date.now();
const log = (message) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
const load = () => loadavg().map((value) => Number(value.toFixed(2)));

let browser;
try {
  browser = await launchBrowser();
} catch (error) {
  console.error(`npm run bench needs a Chromium: ${error.message.split('\n')[0]}`);
  console.error(
    'Install one with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}

const loadBefore = load();
let server;
try {
  log(`building the page${quick ? ' (--quick run)' : ''}`);
  const pageDirectory = await buildPage().catch((error) => {
    throw new Error(`bench/page.ts does not build (is src/ in the middle of a change?): ${error.message}`);
  });
  server = await serveStatic(pageDirectory);
  const context = { browser, url: server.url, plan, log };
  const rows = finishRows([...(await runLists(context)), ...(await runForms(context))]);
  const machine = {
    chromium: browser.version(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown CPU',
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    quick,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    loadBefore,
    loadAfter: load(),
  };
  const markdown = markdownReport({ machine, rows: rows.filter((row) => row.inTable) });
  const base = fileURLToPath(new URL(`../bench/results${quick ? '-quick' : ''}`, import.meta.url));
  writeFileSync(
    `${base}.json`,
    `${JSON.stringify({ machine, results: rows.map(({ inTable: _, ...row }) => row) }, null, 2)}\n`,
  );
  writeFileSync(`${base}.md`, markdown);
  console.log(markdown);
  log(`wrote ${base}.json and ${base}.md in ${machine.durationSeconds} s`);
  const failed = rows.filter((row) => row.error);
  if (failed.length) {
    log(`${failed.length} figure(s) failed: ${[...new Set(failed.map((row) => row.error))].join('; ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`npm run bench failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server?.close();
}
