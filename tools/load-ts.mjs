/**
 * Loads a TypeScript module of this repository (tools that import the library's sources) into Node: esbuild
 * bundles it into node_modules/.cache/supplier-flow/, then it is imported from there.
 */
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Imports `entry` (a path from the repository root). Everything but `external` packages is bundled. */
export async function loadTypeScript(entry, { external = [] } = {}) {
  const outdir = `${root}node_modules/.cache/supplier-flow`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/${basename(entry, '.ts')}-${process.pid}.mjs`;
  await build({
    entryPoints: [`${root}${entry}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The library's data imports JSON without import attributes, which Node refuses: so dependencies are bundled.
    external,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
