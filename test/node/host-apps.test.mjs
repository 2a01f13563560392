/**
 * Real hosts: small React 19, Vue 3 and Svelte 5 apps (test/hosts/) built with Vite from the packed package, in
 * headless Chromium with visible scrollbars, as on a desktop. In each: My Orders shows rows, `order-select` reaches
 * the host's state, `<order-details>` shows that order from the same adapter as `<order-list>` (one
 * `<supplier-provider>` around both), the host's `--sf-*` tokens theme both, and the page logs no error and no
 * warning, window errors included (bundler overlays and Angular's ErrorHandler show those). Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { buildHostApps, HOST_APPS } from '../hosts/build.mjs';
import { chromePath } from './browser.mjs';
import { serveStatic } from './static-server.mjs';
import { chromium } from 'playwright-core';

/** The host's text colour (test/hosts/host.css). */
const TEXT = 'rgb(0, 70, 50)';

let built;
let browser;

before(async () => {
  built = await buildHostApps();
  assert.deepEqual(built.warnings, [], 'the host apps build without warnings');
  // Playwright hides scrollbars in headless Chromium; a desktop browser shows them, and they change the layout.
  browser = await chromium.launch({
    executablePath: chromePath(),
    headless: true,
    ignoreDefaultArgs: ['--hide-scrollbars'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  if (built) rmSync(built.dir, { recursive: true, force: true });
});

/** README's snippet of each framework (its "Frameworks" section, by the code block's language) and the app file it comes from. */
const README_SNIPPETS = {
  react: ['tsx', 'react/main.tsx'],
  vue: ['vue', 'vue/App.vue'],
  svelte: ['svelte', 'svelte/App.svelte'],
};
const codeLines = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe("README's framework snippets", () => {
  const frameworks = readFileSync('README.md', 'utf8').split('## Frameworks')[1].split('\n## ')[0];
  for (const [name, [language, file]] of Object.entries(README_SNIPPETS)) {
    it(`${name}: every line of the snippet is in test/hosts/${file}`, () => {
      const snippet = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(frameworks)?.[1];
      assert.ok(snippet, `README's Frameworks section has a \`\`\`${language} snippet`);
      const app = new Set(codeLines(readFileSync(`test/hosts/${file}`, 'utf8')));
      assert.deepEqual(
        codeLines(snippet).filter((line) => !app.has(line)),
        [],
      );
    });
  }
});

for (const name of Object.keys(HOST_APPS)) {
  describe(`${name} host app`, () => {
    let server;
    let page;
    const logged = [];

    before(async () => {
      server = await serveStatic(built.apps[name]);
      page = await browser.newPage({ viewport: { width: 1000, height: 720 } });
      // As a bundler's overlay or Angular's ErrorHandler would, report window errors (a ResizeObserver loop is one).
      await page.addInitScript(() => {
        window.addEventListener('error', (event) => console.error(`window error: ${event.message}`));
        window.addEventListener('unhandledrejection', (event) =>
          console.error(`unhandled rejection: ${String(event.reason)}`),
        );
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          logged.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) logged.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(`${server.url}/index.html`);
    });

    after(async () => {
      await page?.close();
      await server?.close();
    });

    it('shows My Orders with rows', async () => {
      await page
        .getByRole('button', { name: /Order Details/ })
        .first()
        .waitFor({ timeout: 10_000 });
      assert.ok((await page.locator('order-list .rows').getByRole('row').count()) > 1, 'rows in the grid');
      assert.equal(
        await page.getByRole('button', { name: /need your action/ }).getAttribute('aria-pressed'),
        'false',
        'the "needs action" filter is off (the Vue host binds :needs-action="false")',
      );
    });

    it('brings order-select into the host state, and <order-details> shows that order from the same adapter', async () => {
      const firstRow = page.locator('order-list [role="row"][data-index="0"]');
      const number = (await firstRow.locator('.cell.number').innerText()).trim();
      await firstRow.getByRole('button', { name: /Order Details/ }).click();
      await page.locator('#selected').filter({ hasText: /\S/ }).waitFor({ timeout: 5_000 });
      assert.match(await page.locator('#selected').innerText(), /\S/);
      await page.getByRole('heading', { name: `Order ${number}` }).waitFor({ timeout: 10_000 });
    });

    it("takes the host's --sf-* tokens", async () => {
      for (const tag of ['order-list', 'order-details']) {
        const title = page.locator(`${tag} [part~="title"]`).first();
        const { color, fontFamily } = await title.evaluate((element) => getComputedStyle(element));
        assert.equal(color, TEXT, `<${tag}>'s text colour`);
        assert.match(fontFamily, /^Georgia/, `<${tag}>'s font`);
      }
    });

    it('logs no error and no warning', async () => {
      // Scroll the rows, then let two frames pass, so any layout they cause is done.
      await page.locator('order-list .rows').evaluate((rows) => rows.scrollBy(0, 2000));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(logged, []);
    });
  });
}
