#!/usr/bin/env node
/**
 * The type checkers of the framework type tests (test/types/), with TypeScript 6.0:
 *
 *   node tools/types/check.mjs vue-tsc -p test/types/vue
 *   node tools/types/check.mjs svelte-check test/types/svelte
 *
 * vue-tsc and svelte-check drive TypeScript through its JavaScript API, which TypeScript 7 (the compiler the project
 * builds and type-checks with) no longer has. npm hoists vue-tsc next to the root's TypeScript 7, so inside this
 * process every `require('typescript')` and `require('typescript/…')` resolves to this workspace's TypeScript 6.0.
 *
 * Svelte markup has no `@ts-expect-error`, so the Svelte folder is checked here against its own markers: every
 * `<!-- @ts-expect-error … -->` line must be followed by a line svelte-check reports an error on, and nothing else in
 * the folder may have an error or a warning.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const typescriptDir = dirname(require.resolve('typescript/package.json'));

function useTypeScriptApi() {
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function resolveTypeScriptApi(request, ...rest) {
    if (request === 'typescript') return resolveFilename.call(this, typescriptDir, ...rest);
    if (request.startsWith('typescript/')) {
      return resolveFilename.call(this, join(typescriptDir, request.slice('typescript/'.length)), ...rest);
    }
    return resolveFilename.call(this, request, ...rest);
  };
}

function vueTsc(args) {
  useTypeScriptApi();
  const bin = require.resolve('vue-tsc/bin/vue-tsc.js');
  process.argv = [process.argv[0], bin, ...args];
  require(bin);
}

/** `<file>:<line>` (1-based) of each line after a `<!-- @ts-expect-error` marker in the folder's .svelte files. */
function expectedErrors(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.svelte'))
    .flatMap((name) =>
      readFileSync(join(folder, name), 'utf8')
        .split('\n')
        .flatMap((line, index) => (line.trim().startsWith('<!-- @ts-expect-error') ? [`${name}:${index + 2}`] : [])),
    );
}

function svelteCheck([folder]) {
  if (!folder) throw new Error('usage: node tools/types/check.mjs svelte-check <folder with a tsconfig.json>');
  const workspace = resolve(folder);
  const bin = require.resolve('svelte-check/bin/svelte-check');
  const result = spawnSync(
    process.execPath,
    [bin, '--workspace', workspace, '--tsconfig', 'tsconfig.json', '--output', 'machine'],
    { encoding: 'utf8' },
  );
  const problems = [];
  const reported = new Map();
  for (const line of result.stdout.split('\n')) {
    const match = /^\d+ (ERROR|WARNING) "([^"]+)" (\d+):(\d+) (".*")$/.exec(line);
    if (!match) continue;
    const [, kind, file, row, column, message] = match;
    const text = `${file}:${row}:${column} ${kind.toLowerCase()}: ${JSON.parse(message).split('\n')[0]}`;
    if (kind === 'ERROR') reported.set(`${file}:${row}`, text);
    else problems.push(text);
  }
  if (!/ COMPLETED /.test(result.stdout))
    problems.push(`svelte-check did not finish:\n${result.stdout}${result.stderr}`);
  const expected = new Set(expectedErrors(workspace));
  for (const [place, text] of reported) if (!expected.has(place)) problems.push(text);
  for (const place of expected) if (!reported.has(place)) problems.push(`${place}: @ts-expect-error, but no error`);
  if (problems.length > 0) {
    console.error(`svelte-check ${folder}:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`svelte-check ${folder}: ${expected.size} expected errors, nothing else`);
}

const [tool, ...args] = process.argv.slice(2);
if (tool === 'vue-tsc') vueTsc(args);
else if (tool === 'svelte-check') svelteCheck(args);
else {
  console.error('usage: node tools/types/check.mjs vue-tsc [arguments] | svelte-check <folder>');
  process.exit(2);
}
