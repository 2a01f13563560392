#!/usr/bin/env node
/**
 * Builds the host apps of test/hosts/ (React 19, Vue 3, Svelte 5) with Vite against the package as a host
 * installs it: `npm pack` of the built package (run `npm run build` first), unpacked into
 * `<temp>/node_modules/supplier-flow`, beside links to the project's copies of the package's declared dependencies
 * and of the frameworks the apps use. The apps are copied next to that `node_modules`, so `supplier-flow/…` resolves
 * as in any host: through the tarball's `exports`, to files its `files` shipped, importing only dependencies it
 * declares (an undeclared one fails the build). Nothing is downloaded and nothing installed.
 *
 * (The alternative, a Vite `resolve.alias` of `supplier-flow` to the unpacked folder, would replace the specifier by
 * a path and so skip the `exports` map that hosts resolve through.)
 *
 *   node test/hosts/build.mjs    builds into a temporary folder and prints it
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hosts = fileURLToPath(new URL('.', import.meta.url));

/** Each app: its folder under test/hosts/ and the Vite plugins a host on that framework uses. */
export const HOST_APPS = {
  react: { plugins: () => [], oxc: { jsx: { runtime: 'automatic' } } },
  vue: {
    plugins: () => [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  },
  svelte: { plugins: () => [svelte({ configFile: false })] },
};
/** What the apps import besides the package: the frameworks. */
const FRAMEWORKS = ['react', 'react-dom', 'vue', 'svelte'];

/** `<dir>/node_modules/supplier-flow` from `npm pack`, and links to the project's copy of each package it needs. */
function installPackage(dir) {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }),
  );
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'supplier-flow'));
  const pkg = JSON.parse(readFileSync(join(modules, 'supplier-flow/package.json'), 'utf8'));
  const needed = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...FRAMEWORKS,
  ]);
  for (const name of needed) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
  }
}

/** Builds every host app; resolves to { dir, apps: { name → folder of its built files } } and the build warnings. */
export async function buildHostApps(dir = mkdtempSync(join(tmpdir(), 'supplier-flow-hosts-'))) {
  installPackage(dir);
  cpSync(join(hosts, 'host.css'), join(dir, 'host.css'));
  const apps = {};
  const warnings = [];
  for (const [name, app] of Object.entries(HOST_APPS)) {
    const appRoot = join(dir, name);
    // The app's sources; its tsconfig.json and svelte.config.js serve `npm run test:types` here, not the build.
    cpSync(join(hosts, name), appRoot, {
      recursive: true,
      filter: (path) => !/(tsconfig\.json|svelte\.config\.js)$/.test(path),
    });
    await build({
      root: appRoot,
      configFile: false,
      logLevel: 'silent',
      plugins: app.plugins(),
      ...(app.oxc ? { oxc: app.oxc } : {}),
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        chunkSizeWarningLimit: 2000,
        rolldownOptions: { onwarn: (warning) => warnings.push(`${name}: ${warning.message}`) },
      },
    });
    apps[name] = join(appRoot, 'dist');
  }
  return { dir, apps, warnings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { dir, apps, warnings } = await buildHostApps();
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  console.log(`built ${Object.keys(apps).join(', ')} in ${dir} (${Math.round(performance.now() - started)} ms)`);
}
