/**
 * node bench/loops.mjs — hostile-adapter loops and big shipment lists in headless Chromium (issue 16), in real time:
 * adapter calls per scenario and the longest main-thread task (a `longtask` PerformanceObserver in the page).
 * Bundles bench/loops-page.ts with esbuild, serves it, prints the figures as JSON (arguments: run only the scenarios
 * whose name contains one of them; --runs=N runs each N times, in a fresh page each). bench/results-loops.md has
 * the figures before and after the fixes.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchBrowser } from '../test/node/browser.mjs';
import { serveStatic } from '../test/node/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}node_modules/.cache/supplier-flow-loops`;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: { page: `${root}bench/loops-page.ts` },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  tsconfig: `${root}tsconfig.json`,
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  logLevel: 'warning',
});
copyFileSync(`${root}bench/index.html`, `${outdir}/index.html`);

const server = await serveStatic(outdir);
const browser = await launchBrowser();
const results = {};
try {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 1);
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const run = async (name, script) => {
    if (only.length && !only.some((word) => name.includes(word))) return;
    results[name] = [];
    for (let index = 0; index < runs; index += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => 'loops' in window);
      results[name].push(await page.evaluate(script));
      process.stderr.write(`${name}: ${JSON.stringify(results[name].at(-1))}\n`);
      await page.close();
    }
  };
  await run('order-list, repeated nextCursor, 3 s of scrolling', () => window.loops.orderListRepeat(3));
  await run('export, cursor never ends, total 100, 1,000 fresh orders a page, 3 s', () =>
    window.loops.exportNeverEnds(3, 100, 1_000),
  );
  await run('export, cursor never ends, total 1,000,000, 1,000 fresh orders a page, 3 s', () =>
    window.loops.exportNeverEnds(3, 1_000_000, 1_000),
  );
  await run('shipment-list poll-interval=0, one processing, 3 s', () => window.loops.shipmentPoll(3));
  await run('shipment-list, 3,000 shipments, 10 s', () => window.loops.bigShipments(3_000, 10));
  await run('shipment-list, 10,000 shipments, 10 s', () => window.loops.bigShipments(10_000, 10));
  await run('listShipments schema parse, 3,000 shipments', () => window.loops.parseShipments(3_000));
  await run('listShipments schema parse, 10,000 shipments', () => window.loops.parseShipments(10_000));
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(results, null, 2));
