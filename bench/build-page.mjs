/** Bundles bench/page.ts (and the library sources it imports) for the browser into node_modules/.cache/supplier-flow-bench/. */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the page; resolves to the directory holding index.html and page.js. */
export async function buildPage() {
  const outdir = `${root}node_modules/.cache/supplier-flow-bench`;
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { page: `${root}bench/page.ts` },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    tsconfig: `${root}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'warning',
  });
  copyFileSync(`${root}bench/index.html`, `${outdir}/index.html`);
  return outdir;
}
