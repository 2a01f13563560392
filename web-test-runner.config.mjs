import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { loadReferenceServer } from './server/load.mjs';
import { slowestFilesReporter } from './tools/slowest-files-reporter.mjs';
import { launcherFor, selectedEngines } from './tools/test-browsers.mjs';
import { viewportPlugin } from './tools/viewport-plugin.mjs';

/**
 * SF_BROWSERS picks the engines (comma-separated: chromium, firefox, webkit; default chromium). `npm test` runs
 * all three, each in a wtr run of its own (tools/test-engines.mjs), so a log says which engine failed.
 * Coverage (V8, Chromium only) is on in CI's Chromium run, or with `--coverage`.
 */
let browsers;
try {
  browsers = selectedEngines().map(launcherFor);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const engines = selectedEngines();

/** Every `*.messages.ts` under src/, so the catalog test covers catalogs added later without a list to maintain. */
function findCatalogs(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findCatalogs(path);
    return name.endsWith('.messages.ts') ? [path] : [];
  });
}

const catalogIndexPlugin = {
  name: 'catalog-index',
  serve(context) {
    if (context.path !== '/test/generated/catalogs.js') return undefined;
    const files = findCatalogs('src').map((file) => '/' + relative('.', file).split('\\').join('/'));
    const body =
      files.map((file, index) => `import * as m${index} from '${file}';`).join('\n') +
      `\nexport const catalogModules = { ${files.map((file, index) => `'${file}': m${index}`).join(', ')} };\n`;
    return { body, type: 'js' };
  },
};

/**
 * Packages that ship CommonJS only. Vite converts them in builds and the dev server;
 * the test runner serves an ES-module bundle of each, made by esbuild on first request.
 */
const REACT_EXPORTS = [
  'Children',
  'Component',
  'Fragment',
  'Profiler',
  'PureComponent',
  'StrictMode',
  'Suspense',
  'act',
  'cloneElement',
  'createContext',
  'createElement',
  'createRef',
  'forwardRef',
  'isValidElement',
  'lazy',
  'memo',
  'startTransition',
  'use',
  'useActionState',
  'useCallback',
  'useContext',
  'useDebugValue',
  'useDeferredValue',
  'useEffect',
  'useId',
  'useImperativeHandle',
  'useInsertionEffect',
  'useLayoutEffect',
  'useMemo',
  'useOptimistic',
  'useReducer',
  'useRef',
  'useState',
  'useSyncExternalStore',
  'useTransition',
  'version',
].join(', ');
const COMMONJS_PACKAGES = {
  'ts-tracking-number': {
    contents: `export { getTracking, findTracking, allCouriers, amazon, dhl, fedex, ontrac, s10, ups, usps } from 'ts-tracking-number';`,
  },
  papaparse: { contents: `export { parse, unparse } from 'papaparse';` },
  // Tests only: the controlled clock (test/helpers/clock.ts). Its Node-only requires sit in try blocks.
  '@sinonjs/fake-timers': { file: 'fake-timers', contents: `export { withGlobal } from '@sinonjs/fake-timers';` },
  // React and react-dom in one module, so both share one copy of React (dev dependencies, for the React interop test).
  react: {
    file: 'react-all',
    contents: `import * as React from 'react'; import { createRoot, hydrateRoot } from 'react-dom/client';
      export default React; export const { ${REACT_EXPORTS} } = React; export { createRoot, hydrateRoot };`,
  },
  'react-dom/client': { file: 'react-all' },
};
const commonJsBundles = new Map();
const commonJsPackagesPlugin = {
  name: 'commonjs-packages',
  resolveImport({ source }) {
    const entry = COMMONJS_PACKAGES[source];
    return entry ? `/__commonjs__/${entry.file ?? source}.js` : undefined;
  },
  serve(context) {
    if (context.path.endsWith('.json') && context.path.includes('/node_modules/')) {
      return { body: `export default ${readFileSync('.' + context.path, 'utf8')};`, type: 'js' };
    }
    const match = /^\/__commonjs__\/(.+)\.js$/.exec(context.path);
    const name = match?.[1];
    const entry = Object.values(COMMONJS_PACKAGES).find(
      (candidate, index) => (candidate.file ?? Object.keys(COMMONJS_PACKAGES)[index]) === name && candidate.contents,
    );
    if (!entry) return undefined;
    if (!commonJsBundles.has(name)) {
      const result = buildSync({
        stdin: { contents: entry.contents, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        external: ['timers', 'timers/promises', 'perf_hooks', 'util'],
      });
      commonJsBundles.set(name, result.outputFiles[0].text);
    }
    return { body: commonJsBundles.get(name), type: 'js' };
  },
};

/**
 * The REST adapter's tests talk over real HTTP to the reference server (server/), started on a
 * loopback port with the runner and stopped after; the page learns its URL from a generated module. The server's
 * CORS allow-list is the runner's own origin (its port differs when several runners share a machine).
 */
let referenceServer;
const referenceServerPlugin = {
  name: 'reference-server',
  async serverStart({ config }) {
    const { startReferenceServer } = await loadReferenceServer();
    referenceServer = await startReferenceServer({
      control: true,
      allowedOrigins: [`http://${config.hostname}:${config.port}`],
    });
  },
  async serverStop() {
    await referenceServer?.close();
  },
  serve(context) {
    if (context.path !== '/test/generated/reference-server.js') return undefined;
    return { body: `export const referenceServerUrl = ${JSON.stringify(referenceServer.url)};\n`, type: 'js' };
  },
};

/**
 * The React hydration test's page rendered on the server: test/react/render-on-server.ts bundled for Node (lit's
 * server build, React from node_modules) and run in a Node process of its own, as a host's server would, on the
 * first request for it.
 */
const SERVER_RENDER = `const { loadTypeScript } = await import('./tools/load-ts.mjs');
  const { serverMarkup } = await loadTypeScript('test/react/render-on-server.ts', { external: ['react', 'react-dom'] });
  process.stdout.write(serverMarkup());`;
let serverMarkup;
const reactServerMarkupPlugin = {
  name: 'react-server-markup',
  async serve(context) {
    if (context.path !== '/test/generated/react-server-markup.js') return undefined;
    serverMarkup ??= promisify(execFile)(process.execPath, ['--input-type=module', '-e', SERVER_RENDER]).then(
      ({ stdout }) => stdout,
    );
    return { body: `export const serverMarkup = ${JSON.stringify(await serverMarkup)};\n`, type: 'js' };
  },
};

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [
    viewportPlugin(),
    catalogIndexPlugin,
    commonJsPackagesPlugin,
    referenceServerPlugin,
    reactServerMarkupPlugin,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers,
  reporters: [defaultReporter(), slowestFilesReporter()],
  // One page at a time: a background tab gets no frames or resize observations, which virtualized lists need.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverage: process.env.CI === 'true' && engines.length === 1 && engines[0] === 'chromium',
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['**/*.test.ts', 'node_modules/**'],
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
