/**
 * Loads the reference server (TypeScript, importing the library's sources) into Node: esbuild bundles it into
 * node_modules/.cache/supplier-flow/, dependencies left as imports, then it is imported from there.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The module `server.ts` exports: `startReferenceServer(options)`. */
export async function loadReferenceServer() {
  const outdir = `${root}node_modules/.cache/supplier-flow`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/reference-server-${process.pid}.mjs`;
  await build({
    entryPoints: [`${root}tools/reference-server/server.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Everything but busboy (CommonJS, Node-only) is bundled: the library's data imports JSON without import attributes.
    external: ['busboy'],
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
