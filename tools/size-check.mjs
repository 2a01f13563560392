/**
 * Size report and budgets, after `npm run build`:
 * - the script-tag bundle (dist/supplier-flow.js and any chunk it loads) ≤ 45 kB gzip;
 * - each element entry bundled alone with all its dependencies (as a host's bundler would) — <order-list> ≤ 20 kB gzip;
 * - no bundle contains full `zod` (only zod/mini) or a second copy of lit.
 * Writes a markdown table to stdout (and to dist/size-report.md); exits 1 when a budget is broken.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const BUDGETS = { 'supplier-flow.js (script tag, all chunks)': 45 * KB, 'order-list': 20 * KB };
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Markers of full zod (classic API) that zod/mini never contains, and lit's per-copy version registration. */
const FULL_ZOD_MARKERS = ['"ZodString"', '"ZodObject"', '"ZodNumber"'];
const countLitCopies = (code) => (code.match(/litHtmlVersions/g) ?? []).length;

function problemsOf(name, code) {
  const problems = [];
  const marker = FULL_ZOD_MARKERS.find((text) => code.includes(text));
  if (marker) problems.push(`${name}: contains full zod (${marker})`);
  if (countLitCopies(code) > 1) problems.push(`${name}: contains ${countLitCopies(code)} copies of lit`);
  return problems;
}

if (!existsSync('dist/supplier-flow.js')) {
  console.error('size-check: dist/supplier-flow.js is missing; run `npm run build` first.');
  process.exit(1);
}

const rows = [];
const problems = [];

const scriptTagFiles = ['dist/supplier-flow.js', ...(existsSync('dist/supplier-flow') ? readdirSync('dist/supplier-flow').map((file) => `dist/supplier-flow/${file}`) : [])];
const scriptTag = scriptTagFiles.map((file) => readFileSync(file, 'utf8'));
const mainBytes = gzip(scriptTag[0]);
const allBytes = scriptTag.reduce((sum, code) => sum + gzip(code), 0);
rows.push(['supplier-flow.js (script tag, first load)', mainBytes]);
rows.push(['supplier-flow.js (script tag, all chunks)', allBytes]);
problems.push(...problemsOf('supplier-flow.js', scriptTag.join('\n')));

const elements = readdirSync('src/elements').filter((name) => name !== 'shared' && existsSync(`src/elements/${name}/${name}.ts`));
for (const name of elements) {
  const result = await build({
    entryPoints: [`src/elements/${name}/${name}.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'silent',
  });
  const code = result.outputFiles.map((file) => file.text).join('\n');
  rows.push([name, gzip(code)]);
  problems.push(...problemsOf(name, code));
}

for (const [name, bytes] of rows) {
  const budget = BUDGETS[name];
  if (budget && bytes > budget) problems.push(`${name}: ${(bytes / KB).toFixed(1)} kB gzip is over its budget of ${budget / KB} kB`);
}

const table = [
  '| bundle | gzip | budget |',
  '| --- | ---: | ---: |',
  ...rows.map(([name, bytes]) => `| ${name} | ${(bytes / KB).toFixed(1)} kB | ${BUDGETS[name] ? `${BUDGETS[name] / KB} kB` : '—'} |`),
].join('\n');
console.log(table);
writeFileSync('dist/size-report.md', `${table}\n`);
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('\nAll size budgets met; no full zod, one copy of lit.');
