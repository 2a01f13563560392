/**
 * The e-invoice reader of the built single file under the strict CSP with Trusted Types: with the library's
 * `supplier-flow` policy allowed, the worker starts from dist/supplier-flow/ and reads the file without a
 * violation; without it, the policy is refused (one reported violation) and the file is read on the page.
 * Needs `dist/supplier-flow.js` (npm run build).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { STRICT_CSP, WITHOUT_OUR_POLICY } from './csp.mjs';
import { serveStatic } from './static-server.mjs';

const UBL = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>EMBED-1</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="H87">1</cbc:InvoicedQuantity><cac:Item><cbc:Name>Bracket</cbc:Name></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">1.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</Invoice>
`;
const DEEP = `<Invoice>${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}</Invoice>`;

/** Opens the e-invoice page under `csp`; gives the page, what it fetched and the errors it reported. */
async function open(browser, csp) {
  const server = await serveStatic('.', { 'content-security-policy': csp });
  const page = await browser.newPage();
  const errors = [];
  const fetched = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}/test/embed/e-invoice.html`);
  await page.locator('#e-invoice-file').waitFor({ state: 'attached', timeout: 15_000 });
  return { server, page, errors, fetched };
}

async function read(page, name, text) {
  await page.locator('#e-invoice-file').setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(text) });
  const outcome = page.locator('invoice-form [part~="e-invoice-import"] :is([role="alert"], [role="status"].notice)');
  await page.waitForFunction(
    () => {
      const section = document.querySelector('invoice-form').shadowRoot.querySelector('[part~="e-invoice-import"]');
      return (
        section.querySelector('[role="alert"]') ||
        /read from/.test(section.querySelector('[role="status"]').textContent)
      );
    },
    undefined,
    { timeout: 15_000 },
  );
  return (await outcome.first().textContent()).replace(/\s+/g, ' ').trim();
}

describe('the e-invoice reader under a strict CSP', () => {
  let browser;
  before(async () => {
    assert.ok(existsSync('dist/supplier-flow.js'), 'dist/supplier-flow.js is missing: run `npm run build` first');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('reads in a worker started through the supplier-flow policy, violating nothing', async () => {
    const { server, page, errors, fetched } = await open(browser, STRICT_CSP);
    try {
      assert.equal(await read(page, 'erp.xml', UBL), 'Invoice EMBED-1 read from erp.xml: 0 positions filled in.');
      assert.ok(
        fetched.some((path) => /^\/dist\/supplier-flow\/e-invoice\.worker-[\w-]{8}\.js$/.test(path)),
        `the worker script was fetched (${fetched.join(', ')})`,
      );
      assert.ok(!fetched.some((path) => /\/e-invoice-file-/.test(path)), 'the parser was not loaded on the page');
      assert.match(
        await read(page, 'deep.xml', DEEP),
        /deep\.xml nests its elements more than 256 levels deep.*Fill in by hand/,
      );
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('reads on the page when the CSP does not allow the supplier-flow policy', async () => {
    const { server, page, errors, fetched } = await open(browser, WITHOUT_OUR_POLICY);
    try {
      assert.equal(await read(page, 'erp.xml', UBL), 'Invoice EMBED-1 read from erp.xml: 0 positions filled in.');
      assert.ok(!fetched.some((path) => /e-invoice\.worker-/.test(path)), 'no worker script was fetched');
      const violations = await page.evaluate(() => window.__violations);
      assert.equal(violations.length, 1, violations.join('; '));
      assert.match(violations[0], /^trusted-types: trusted-types-policy supplier-flow$/);
      assert.deepEqual(
        errors.filter((error) => !/supplier-flow/.test(error)),
        [],
      );
    } finally {
      await page.close();
      await server.close();
    }
  });
});
