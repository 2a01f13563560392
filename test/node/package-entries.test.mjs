/**
 * The built package in plain Node, as server rendering, Vitest/Jest and `ng test` load it: every subpath of
 * package.json `exports` imports (by the package's own name, so the exports map itself is what resolves),
 * `require()` of each works too (Node ≥ 20.19 loads ES modules without top-level await that way), and what the
 * built files import by bare name is a runtime dependency a host installs, not one of our devDependencies.
 * Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { init, parse } from 'es-module-lexer';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** Subpaths whose target is code (the JSON files are data, not modules). */
const codeEntries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath]) => subpath);
const specifierOf = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built package in plain Node', () => {
  it('has the built files', () => {
    assert.ok(existsSync('dist/index.js'), 'dist/ is missing: run `npm run build` first');
    assert.ok(codeEntries.length >= 20, `only ${codeEntries.length} code entries in package.json exports`);
  });

  for (const subpath of codeEntries) {
    it(`imports ${specifierOf(subpath)}`, async () => {
      await import(specifierOf(subpath));
    });
  }

  it('require() loads every entry in a fresh CommonJS process', () => {
    const script = `
      const failures = [];
      for (const specifier of ${JSON.stringify(codeEntries.map(specifierOf))}) {
        try { require(specifier); } catch (error) { failures.push(specifier + ': ' + String(error.message).split('\\n')[0]); }
      }
      process.stdout.write(JSON.stringify(failures));`;
    const result = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.doesNotMatch(result.stderr, /Warning/, 'require() of the package warns');
  });

  it('imports by bare name only runtime dependencies (a host installs no devDependency)', async () => {
    await init;
    const installed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const packageOf = (specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    const strays = [];
    for (const file of filesUnder('dist').filter((path) => path.endsWith('.js'))) {
      const [imports] = parse(readFileSync(file, 'utf8'));
      for (const { n: specifier } of imports) {
        if (
          !specifier ||
          specifier.startsWith('.') ||
          specifier.startsWith('node:') ||
          builtinModules.includes(specifier)
        )
          continue;
        if (specifier.endsWith('.json')) strays.push(`${file}: ${specifier} (JSON needs an import attribute in Node)`);
        else if (!installed.has(packageOf(specifier))) strays.push(`${file}: ${specifier}`);
      }
    }
    assert.deepEqual(strays, []);
  });
});
