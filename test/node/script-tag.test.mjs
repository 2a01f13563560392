/**
 * The built single file on a plain host page, under a strict Content Security Policy
 * with Trusted Types: it renders, it can be driven, and it violates nothing. In Chromium
 * (DevTools Protocol) and Firefox (WebDriver BiDi), through puppeteer-core; EMBED_BROWSERS
 * picks the engines. A probe page records what each engine enforces of the policy.
 * Needs `dist/supplier-flow.js` (npm run build).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { EMBED_ENGINES, launchPuppeteer } from './browser.mjs';
import { STRICT_CSP } from './csp.mjs';
import { countInside, waitFor } from './page-queries.mjs';
import { serveStatic } from './static-server.mjs';

/**
 * What the strict policy refuses, the same in both engines (checked with Chromium 156 and Firefox ESR 153, which
 * enforces Trusted Types too): Trusted Types refuse strings into HTML and script sinks (the violation is reported as
 * require-trusted-types-for), script-src refuses code from elsewhere than 'self', style-src refuses inline styles.
 */
const ENFORCED = {
  trustedTypes: true,
  innerHTML: 'refused (TypeError)',
  eval: 'refused (EvalError)',
  inlineScriptRan: false,
  inlineStyleApplied: false,
  dataImport: 'refused (TypeError)',
  importRan: false,
  violations: ['require-trusted-types-for', 'script-src-elem', 'style-src-attr'],
};

for (const engine of EMBED_ENGINES) {
  describe(`script-tag embedding under a strict CSP (${engine})`, () => {
    let server;
    let browser;
    let page;
    const errors = [];
    const fetched = [];

    before(async () => {
      assert.ok(existsSync('dist/supplier-flow.js'), 'dist/supplier-flow.js is missing: run `npm run build` first');
      server = await serveStatic('.', { 'content-security-policy': STRICT_CSP });
      browser = await launchPuppeteer(engine);
      page = await browser.newPage();
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(`console: ${message.text()}`);
      });
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
          errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(`${server.url}/test/embed/script-tag.html`);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('renders My Orders from a plain JavaScript adapter, showing hostile text as text', async () => {
      await waitFor(page, { role: 'button', pattern: 'Order Details' });
      await waitFor(page, { text: 'HOST-1001' });
      assert.equal(await countInside(page, 'order-list', 'b'), 0);
    });

    it('fetches the code of the elements on the page only: no wizard, invoice form or translation', async () => {
      await waitFor(page, { role: 'button', name: 'Order Confirmation' });
      const chunks = fetched
        .filter((path) => path.startsWith('/dist/supplier-flow/'))
        .map((path) => path.replace(/^\/dist\/supplier-flow\/|-[\w-]{8}\.js$/g, ''));
      assert.ok(chunks.includes('order-details'), `order-details was loaded on demand (fetched: ${chunks.join(', ')})`);
      assert.ok(
        chunks.includes('production-confirmation'),
        'production-confirmation was loaded when <order-details> rendered it',
      );
      assert.ok(chunks.includes('order-activity'), 'order-activity was loaded when <order-details> rendered it');
      for (const absent of ['shipping-wizard', 'invoice-form', 'shipment-list', 'memory-adapter', 'rest-adapter'])
        assert.ok(!chunks.includes(absent), `${absent} was not fetched`);
      assert.ok(
        !chunks.some((name) => name.endsWith('.translations')),
        'no translation is fetched for an English page',
      );
    });

    it('shows the host’s activity in <order-details> (loaded on first use), its text as text, unknown kinds left out with a note', async () => {
      await waitFor(page, { text: 'Welcome <b>aboard</b>: any question?' });
      await waitFor(page, { text: 'Host Buyer, Host Portal' });
      await waitFor(page, { text: '1 entry of a kind this version cannot show was left out.' });
      assert.equal(await countInside(page, 'order-activity', 'b'), 0);
    });

    it('loads an on-demand element when the host adds its tag later', async () => {
      assert.equal(
        await page.evaluate(() => customElements.get('invoice-form') !== undefined),
        false,
        'not defined before its tag appears',
      );
      await page.evaluate(() =>
        document.body.append(Object.assign(document.createElement('invoice-form'), { id: 'late' })),
      );
      await page.waitForFunction(
        () => customElements.get('invoice-form') !== undefined && document.querySelector('#late').shadowRoot !== null,
        { timeout: 10_000 },
      );
      assert.ok(fetched.some((path) => /\/dist\/supplier-flow\/invoice-form-[\w-]{8}\.js$/.test(path)));
      await page.evaluate(() => document.querySelector('#late').remove());
    });

    it('loads an on-demand element when the host asks for it (a tag inside its own shadow root)', async () => {
      assert.equal(
        await page.evaluate(() => customElements.get('shipment-list') !== undefined),
        false,
        'not defined before it is asked for',
      );
      await page.evaluate(async () => {
        const { loadElement } = await import('/dist/supplier-flow.js');
        await loadElement('shipment-list');
      });
      assert.equal(
        await page.evaluate(() => customElements.get('shipment-list') !== undefined),
        true,
        'defined once loadElement resolves',
      );
      assert.ok(fetched.some((path) => /\/dist\/supplier-flow\/shipment-list-[\w-]{8}\.js$/.test(path)));
    });

    it('emits order-select to the host page', async () => {
      await (await waitFor(page, { role: 'button', pattern: 'Order Details' })).click();
      await page.waitForFunction(() => document.querySelector('#selected')?.textContent === 'host-1', {
        timeout: 10_000,
      });
    });

    it('confirms the order through the dialog', async () => {
      await (await waitFor(page, { role: 'button', name: 'Order Confirmation' })).click();
      await (await waitFor(page, { role: 'button', name: 'Confirm' })).click();
      await page.waitForFunction(() => window.__confirmations() === 1, { timeout: 10_000 });
    });

    it('reports no CSP or Trusted Types violation and no error', async () => {
      const violations = await page.evaluate(() => window.__violations);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    });

    it(`enforces the policy: Trusted Types, script-src and style-src (${engine})`, async () => {
      const probe = await browser.newPage();
      await probe.goto(`${server.url}/test/embed/csp-probe.html`);
      await probe.waitForFunction(() => window.__probe !== undefined, { timeout: 10_000 });
      const enforced = await probe.evaluate(() => window.__probe);
      await probe.close();
      assert.deepEqual(enforced, ENFORCED);
    });
  });
}
