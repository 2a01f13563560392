#!/usr/bin/env node
/**
 * npm run build:
 *   1. vite build                → dist/<entry>.js (ES modules, dependencies external) + dist/chunks/
 *   2. vite build --mode bundle  → dist/supplier-flow.js + dist/supplier-flow/ (script-tag build: on-demand chunks, adapters)
 *   3. tsc -p tsconfig.build.json → dist/types/**.d.ts
 *   4. cem analyze               → custom-elements.json (root) + copy in dist/
 *   5. tools/html-custom-data.mjs → dist/html-custom-data.json
 *   6. tools/contract/openapi.ts   → dist/openapi.json (the HTTP contract, from the routes and zod schemas)
 *   7. checks: package.json "exports" ↔ built files, each with a "default" condition; no decorator or lit dev mode left in dist.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { htmlCustomData } from './html-custom-data.mjs';
import { loadTypeScript } from './load-ts.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const step = (title) => console.log(`\n▸ ${title}`);
const fail = (message) => {
  console.error(`\n✖ build: ${message}`);
  process.exit(1);
};
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}
const bin = (name) => join(root, 'node_modules', '.bin', name);
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

rmSync('dist', { recursive: true, force: true });

async function viteBuild(mode) {
  try {
    await build({ configFile: 'vite.config.ts', mode });
  } catch (error) {
    fail(`vite build (${mode}) failed:\n${error instanceof Error ? error.message : String(error)}`);
  }
}

step('vite build (library entries)');
await viteBuild('production');

step('vite build --mode bundle (dist/supplier-flow.js)');
await viteBuild('bundle');

step('tsc -p tsconfig.build.json (declarations)');
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

step('cem analyze (custom-elements.json)');
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
copyFileSync('custom-elements.json', 'dist/custom-elements.json');

step('VS Code custom data (dist/html-custom-data.json)');
const customData = htmlCustomData(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
writeFileSync('dist/html-custom-data.json', JSON.stringify(customData, null, 2) + '\n');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

step('OpenAPI document of the HTTP contract (dist/openapi.json)');
const { openApiDocument } = await loadTypeScript('tools/contract/openapi.ts');
writeFileSync('dist/openapi.json', JSON.stringify(openApiDocument(pkg.version), null, 2) + '\n');

step('checks');
const problems = [];
const pending = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) {
    if (existsSync(file)) continue;
    // An element listed ahead of its code: fine until its folder exists.
    const element = /^\.\/dist\/(?:types\/)?elements\/([^/]+)\/\1\.(?:d\.ts|js)$/.exec(file);
    if (element && !existsSync(`src/elements/${element[1]}/${element[1]}.ts`)) pending.push(subpath);
    else problems.push(`exports["${subpath}"] → ${file} was not built`);
  }
}
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'object' && !('default' in target)) {
    problems.push(
      `exports["${subpath}"] has no "default" condition (require() and tools without "import" cannot resolve it)`,
    );
  }
}
for (const file of filesUnder('dist/elements')) {
  const match = /^dist\/elements\/([^/]+)\/\1\.js$/.exec(relative(root, file));
  if (match && !(`./${match[1]}` in pkg.exports))
    problems.push(`element entry ${file} has no "./${match[1]}" in package.json exports`);
}
for (const file of filesUnder('dist').filter((path) => path.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  if (/^\s*@(?:property|state|query\w*|customElement|eventOptions|consume|provide)\(/m.test(code))
    problems.push(`${relative(root, file)} still contains a decorator`);
  if (code.includes('Lit is in dev mode')) problems.push(`${relative(root, file)} contains lit's development build`);
}
if (pending.length) console.log(`  not written yet (exports kept for later): ${[...new Set(pending)].join(', ')}`);
if (problems.length) fail(problems.join('\n  '));

const kib = (path) => `${(statSync(path).size / 1024).toFixed(1)} KiB`;
const entries = filesUnder('dist').filter((path) => path.endsWith('.js') && !path.includes('/chunks/'));
console.log(
  `  ${entries.length} entry files, ${filesUnder('dist/types').length} .d.ts files, ${customData.tags.length} tag(s) in the manifest`,
);
console.log(`  dist/supplier-flow.js ${kib('dist/supplier-flow.js')}`);
console.log('\n✔ build done');
