#!/usr/bin/env node
/**
 * Runs the wtr suite once per engine, one engine after the other (SF_BROWSERS; default chromium,firefox,webkit),
 * so a log says which engine failed and each gets the whole machine. Extra arguments go to wtr
 * (e.g. `node tools/test-engines.mjs --files test/domain/money.test.ts`). Exits 1 if any engine failed.
 */
import { spawnSync } from 'node:child_process';
import { findBrowser, selectedEngines } from './browsers.mjs';

/** The engines `npm test` runs by default. */
const DEFAULT_ENGINES = ['chromium', 'firefox', 'webkit'];

let engines;
try {
  engines = selectedEngines(process.env.SF_BROWSERS || DEFAULT_ENGINES.join(','));
  engines.forEach(findBrowser);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const results = [];
for (const engine of engines) {
  console.log(`\n▸ wtr in ${engine}`);
  const started = Date.now();
  const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SF_BROWSERS: engine },
  });
  results.push({ engine, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\nwtr per engine:');
for (const { engine, ok, seconds } of results) console.log(`  ${ok ? '✓' : '✗'} ${engine.padEnd(8)} ${seconds} s`);
const failed = results.filter((result) => !result.ok).map((result) => result.engine);
if (failed.length) {
  console.error(`\nwtr failed in ${failed.join(', ')}`);
  process.exit(1);
}
