/**
 * The built single file with `data-prefix="acme"` on a page that defines its own `<order-list>` first, under the
 * strict CSP: it registers `<acme-…>` tags only, leaves the host's tag alone without a warning, and the portal
 * renders its prefixed children, loading `<acme-order-details>` and what it renders on demand.
 * Needs `dist/supplier-flow.js` (npm run build).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { STRICT_CSP } from './csp.mjs';
import { serveStatic } from './static-server.mjs';

describe('script-tag build with data-prefix beside the host’s own <order-list>', () => {
  let server;
  let browser;
  let page;
  const problems = [];
  const fetched = [];

  before(async () => {
    assert.ok(existsSync('dist/supplier-flow.js'), 'dist/supplier-flow.js is missing: run `npm run build` first');
    server = await serveStatic('.', { 'content-security-policy': STRICT_CSP });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type()) && !message.text().startsWith('Failed to load resource'))
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/test/embed/prefix.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers the prefixed tags only and leaves the host’s <order-list> to it', async () => {
    await page.waitForFunction(() => customElements.get('acme-supplier-portal') !== undefined);
    const state = await page.evaluate(() => ({
      plain: ['supplier-portal', 'supplier-provider', 'order-details'].filter(
        (tag) => customElements.get(tag) !== undefined,
      ),
      prefixed: ['acme-supplier-portal', 'acme-order-list', 'acme-supplier-provider'].every(
        (tag) => customElements.get(tag) !== undefined,
      ),
      hostList: document.querySelector('#host-list').textContent,
    }));
    assert.deepEqual(state, { plain: [], prefixed: true, hostList: 'The host’s own order list' });
  });

  it('runs portal → <acme-order-list> → <acme-order-details> → <acme-order-activity>, loading the details on demand', async () => {
    await page
      .locator('acme-order-list')
      .getByRole('button', { name: /Order Details/ })
      .first()
      .click({ timeout: 10_000 });
    await page
      .locator('acme-order-details')
      .getByRole('heading', { name: 'Order HOST-1001' })
      .waitFor({ timeout: 10_000 });
    await page
      .locator('acme-order-activity')
      .getByText('Welcome <b>aboard</b>: any question?')
      .waitFor({ timeout: 10_000 });
    assert.ok(
      fetched.some((path) => /\/dist\/supplier-flow\/order-details-[\w-]{8}\.js$/.test(path)),
      'order-details was fetched on demand',
    );
    assert.equal(await page.evaluate(() => customElements.get('order-details')), undefined);
  });

  it('logs no error and no warning', () => {
    assert.deepEqual(problems, []);
  });
});
