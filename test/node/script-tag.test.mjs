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
  const fetched = [];

  before(async () => {
    assert.ok(existsSync('dist/supplier-flow.js'), 'dist/supplier-flow.js is missing: run `npm run build` first');
    server = await serveStatic('.', { 'content-security-policy': STRICT_CSP });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
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

  it('fetches the code of the elements on the page only: no wizard, invoice form or translation', async () => {
    await page.getByRole('button', { name: 'Order Confirmation' }).waitFor({ timeout: 10_000 });
    const chunks = fetched.filter((path) => path.startsWith('/dist/supplier-flow/')).map((path) => path.replace(/^\/dist\/supplier-flow\/|-[\w-]{8}\.js$/g, ''));
    assert.ok(chunks.includes('order-details'), `order-details was loaded on demand (fetched: ${chunks.join(', ')})`);
    assert.ok(chunks.includes('production-confirmation'), 'production-confirmation was loaded when <order-details> rendered it');
    assert.ok(chunks.includes('order-activity'), 'order-activity was loaded when <order-details> rendered it');
    for (const absent of ['shipping-wizard', 'invoice-form', 'shipment-list', 'memory-adapter', 'rest-adapter']) assert.ok(!chunks.includes(absent), `${absent} was not fetched`);
    assert.ok(!chunks.some((name) => name.endsWith('.translations')), 'no translation is fetched for an English page');
  });

  it('shows the host’s activity in <order-details> (loaded on first use), its text as text, unknown kinds left out with a note', async () => {
    await page.getByText('Welcome <b>aboard</b>: any question?').waitFor({ timeout: 10_000 });
    assert.ok(await page.getByText('Host Buyer, Host Portal').isVisible());
    assert.ok(await page.getByText('1 entry of a kind this version cannot show was left out.').isVisible());
    assert.equal(await page.locator('order-activity b').count(), 0);
  });

  it('loads an on-demand element when the host adds its tag later', async () => {
    assert.equal(await page.evaluate(() => customElements.get('invoice-form') !== undefined), false, 'not defined before its tag appears');
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('invoice-form'), { id: 'late' })));
    await page.waitForFunction(() => customElements.get('invoice-form') !== undefined && document.querySelector('#late').shadowRoot !== null);
    assert.ok(fetched.some((path) => /\/dist\/supplier-flow\/invoice-form-[\w-]{8}\.js$/.test(path)));
    await page.evaluate(() => document.querySelector('#late').remove());
  });

  it('loads an on-demand element when the host asks for it (a tag inside its own shadow root)', async () => {
    assert.equal(await page.evaluate(() => customElements.get('shipment-list') !== undefined), false, 'not defined before it is asked for');
    await page.evaluate(async () => {
      const { loadElement } = await import('/dist/supplier-flow.js');
      await loadElement('shipment-list');
    });
    assert.equal(await page.evaluate(() => customElements.get('shipment-list') !== undefined), true, 'defined once loadElement resolves');
    assert.ok(fetched.some((path) => /\/dist\/supplier-flow\/shipment-list-[\w-]{8}\.js$/.test(path)));
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
