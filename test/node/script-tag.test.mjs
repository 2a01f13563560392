/**
 * The built single file on a plain host page, under a strict Content Security Policy
 * with Trusted Types: it renders, it can be driven, and it violates nothing.
 * Needs `dist/supplier-flow.js` (npm run build).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { STRICT_CSP } from './csp.mjs';
import { serveStatic } from './static-server.mjs';

describe('script-tag embedding under a strict CSP', () => {
  let server;
  let browser;
  let page;
  const errors = [];

  before(async () => {
    assert.ok(existsSync('dist/supplier-flow.js'), 'dist/supplier-flow.js is missing: run `npm run build` first');
    server = await serveStatic('.', { 'content-security-policy': STRICT_CSP });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${server.url}/test/embed/script-tag.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders My Orders from a plain JavaScript adapter, showing hostile text as text', async () => {
    await page.getByRole('button', { name: /Order Details/ }).first().waitFor({ timeout: 10_000 });
    assert.ok(await page.getByText('HOST-1001').first().isVisible());
    assert.equal(await page.locator('order-list b').count(), 0);
  });

  it('emits order-select to the host page', async () => {
    await page.getByRole('button', { name: /Order Details/ }).first().click();
    await page.waitForFunction(() => document.querySelector('#selected')?.textContent === 'host-1');
  });

  it('confirms the order through the dialog', async () => {
    await page.getByRole('button', { name: 'Order Confirmation' }).click();
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.waitForFunction(() => window.__confirmations() === 1);
  });

  it('reports no CSP or Trusted Types violation and no error', async () => {
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });
});
