/**
 * The demo host page, built, under the strict Content Security Policy with Trusted Types: it renders
 * My Orders, opens an order, switches language and theme, and no policy is violated, nothing throws.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from './browser.mjs';
import { STRICT_CSP } from './csp.mjs';
import { serveStatic } from './static-server.mjs';

const outDir = fileURLToPath(new URL('../../node_modules/.cache/supplier-flow/demo-csp/', import.meta.url));

describe('the demo page under a strict CSP', () => {
  let server;
  let browser;
  let page;
  const errors = [];

  before(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await build({ configFile: 'vite.demo.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = await serveStatic(outDir, { 'content-security-policy': STRICT_CSP });
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
      );
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(`${server.url}/index.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('shows My Orders on the memory adapter', async () => {
    await page
      .getByRole('button', { name: /Order Details/ })
      .first()
      .waitFor({ timeout: 15_000 });
    assert.ok((await page.getByRole('button', { name: /Order Details/ }).count()) > 5);
  });

  it('opens an order with its stages', async () => {
    await page
      .getByRole('button', { name: /Order Details/ })
      .first()
      .click();
    await page
      .getByRole('heading', { name: /SF-1\d{4}/ })
      .first()
      .waitFor({ timeout: 10_000 });
  });

  it('switches to German and the dark theme', async () => {
    await page.getByLabel('Language').selectOption('de');
    // The page's own words follow the language: the theme's label is German now.
    await page.getByLabel('Design').selectOption('dark');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await page
      .getByText(/Produktion/)
      .first()
      .waitFor({ timeout: 10_000 });
  });

  it('reports no CSP or Trusted Types violation and no error', async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
  });
});
