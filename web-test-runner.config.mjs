import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [catalogIndexPlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
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
