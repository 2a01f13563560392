#!/usr/bin/env node
/**
 * node bench/e-invoice-large.mjs [--dist <dir>] [--label <name>] [--budget-seconds <n>] [--csp strict|no-worker-policy] [--only <text>]
 *
 * The e-invoice reader of <invoice-form> on large and hostile files, in headless Chromium: for each file, the
 * longest main-thread task (PerformanceObserver `longtask`, so tasks over 50 ms; "none" means every task was
 * shorter) from choosing the file to the outcome, the time to the outcome, and the outcome the form shows.
 *
 * Uses the script-tag build (`dist/supplier-flow.js` + `dist/supplier-flow/memory-adapter.js`; `npm run build`
 * first, or `--dist` for another build, e.g. one of an older commit) on a host page served like test/embed's,
 * with the memory adapter's document limit raised to 100 MB so every file reaches the reader. Each file gets a
 * browser of its own: a page frozen by a file is given up after `--budget-seconds` (default 90) and recorded as
 * "no outcome". `--csp strict` serves the page under test/node/csp.mjs's STRICT_CSP, `--csp no-worker-policy` under
 * the same policy without the library's Trusted Types policy, so the reader falls back to the main thread.
 * Writes bench/results-large-data-einvoice.<label>.json and prints a markdown table.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync, createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { launchBrowser } from '../test/node/browser.mjs';
import { STRICT_CSP, WITHOUT_OUR_POLICY } from '../test/node/csp.mjs';
import { serveStatic } from '../test/node/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const dist = resolve(option('dist', `${root}dist`));
const label = option('label', 'after');
const budgetMs = Number(option('budget-seconds', '90')) * 1000;
const csp = { none: null, strict: STRICT_CSP, 'no-worker-policy': WITHOUT_OUR_POLICY }[option('csp', 'none')];
if (!existsSync(`${dist}/supplier-flow.js`)) {
  console.error(`${dist}/supplier-flow.js is missing: run \`npm run build\` first (or pass --dist)`);
  process.exit(1);
}

const work = `${root}node_modules/.cache/supplier-flow/e-invoice-bench`;
rmSync(work, { recursive: true, force: true });
mkdirSync(`${work}/files`, { recursive: true });
symlinkSync(dist, `${work}/dist`);

writeFileSync(
  `${work}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>e-invoice bench</title>
<script type="module" src="/host.js"></script></head><body><invoice-form order-id="ord-000011"></invoice-form></body></html>`,
);
writeFileSync(
  `${work}/host.js`,
  `import { configure, loadElement } from '/dist/supplier-flow.js';
import { createMemoryAdapter } from '/dist/supplier-flow/memory-adapter.js';
window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); }).observe({ type: 'longtask' });
const memory = createMemoryAdapter({ persist: false });
const adapter = new Proxy(memory, {
  get(target, property) {
    if (property === 'getPackagingRules') return async (options) => ({ ...(await target.getPackagingRules(options)), maxDocumentBytes: 100 * 1024 * 1024 });
    const value = Reflect.get(target, property, target);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});
configure({ adapter });
await loadElement('invoice-form');
window.__ready = true;
`,
);

/** Writes `count` copies of `unit` between `head` and `tail` without holding the whole file in memory. */
async function writeRepeated(path, head, unit, count, tail) {
  const out = createWriteStream(path);
  const write = (chunk) => new Promise((done) => (out.write(chunk) ? done() : out.once('drain', done)));
  await write(head);
  const block = unit.repeat(1000);
  for (let written = 0; written < count; written += 1000)
    await write(written + 1000 <= count ? block : unit.repeat(count - written));
  await write(tail);
  await new Promise((done) => out.end(done));
}

const UBL_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:ID>BENCH-1</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
`;
const UBL_LINE =
  '<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="H87">1</cbc:InvoicedQuantity><cac:Item><cbc:Name>Bracket</cbc:Name><cac:SellersItemIdentification><cbc:ID>XM-1</cbc:ID></cac:SellersItemIdentification></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">1.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>\n';

/** A PDF with one embedded-file stream whose deflated data inflates to `inflatedBytes` zero bytes. */
function deflateBombPdf(inflatedBytes) {
  const deflated = deflateSync(Buffer.alloc(inflatedBytes), { level: 9 });
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n4 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length ' +
        deflated.length +
        ' >>\nstream\n',
      'latin1',
    ),
    deflated,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

const ublOf = (bytes) => (path) =>
  writeRepeated(path, UBL_HEAD, UBL_LINE, Math.floor((bytes - UBL_HEAD.length) / UBL_LINE.length), '</Invoice>\n');
const cases = [
  { name: '50 MB XML (UBL, 150,000 lines)', file: 'large.xml', make: ublOf(50e6) },
  { name: '25 MB XML (UBL, 75,000 lines)', file: 'medium.xml', make: ublOf(25e6) },
  {
    name: '8 MB XRechnung with a PDF attached (base64)',
    file: 'attachment.xml',
    make: (path) =>
      writeRepeated(
        path,
        `${UBL_HEAD}<cac:AdditionalDocumentReference><cbc:ID>1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="invoice.pdf">`,
        'JVBERi0xLjcKJeLjz9MK',
        400_000,
        `</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>${UBL_LINE}</Invoice>\n`,
      ),
  },
  {
    name: '9 MB PDF of stream…endstream records',
    file: 'stream-records.pdf',
    make: (path) => writeRepeated(path, '%PDF-1.7\n', 'stream\nx\nendstream\n', Math.floor(9e6 / 19), '%%EOF\n'),
  },
  {
    name: 'deflate bomb PDF (256 KB → 256 MB)',
    file: 'deflate-bomb.pdf',
    make: (path) => writeFileSync(path, deflateBombPdf(256 * 1024 * 1024)),
  },
];

async function measure(url, path) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => window.__ready === true);
    await page.locator('#e-invoice-file').waitFor({ state: 'attached', timeout: 20_000 });
    await page.evaluate(() => (window.__longTasks = []));
    const started = Date.now();
    await page.locator('#e-invoice-file').setInputFiles(path);
    const outcome = page
      .waitForFunction(
        () => {
          const shadow = document.querySelector('invoice-form').shadowRoot;
          const alert = shadow.querySelector('[part~="e-invoice-import"] [role="alert"]');
          const status = shadow.querySelector('[part~="e-invoice-import"] [role="status"]');
          if (alert) return alert.textContent.trim();
          const text = status?.textContent.trim() ?? '';
          return text && !/^Reading /.test(text) ? text : false;
        },
        undefined,
        { timeout: budgetMs, polling: 100 },
      )
      .then((handle) => handle.jsonValue());
    const timeout = new Promise((done) => setTimeout(() => done(null), budgetMs + 1_000));
    const text = await Promise.race([outcome.catch(() => null), timeout]);
    const seconds = (Date.now() - started) / 1000;
    if (text === null) return { outcome: `no outcome after ${budgetMs / 1000} s`, seconds: null, longestTaskMs: null };
    const longTasks = await page.evaluate(() => window.__longTasks);
    return {
      outcome: text.replace(/\s+/g, ' '),
      seconds,
      longestTaskMs: longTasks.length ? Math.round(Math.max(...longTasks)) : 0,
      longTasks: longTasks.length,
    };
  } finally {
    await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 10_000))]);
  }
}

const server = await serveStatic(work, csp ? { 'content-security-policy': csp } : {});
const results = [];
try {
  for (const each of cases.filter((candidate) => candidate.name.includes(option('only', '')))) {
    const path = `${work}/files/${each.file}`;
    await each.make(path);
    process.stderr.write(`[e-invoice bench] ${each.name}…\n`);
    results.push({ file: each.name, ...(await measure(server.url, path)) });
    rmSync(path);
  }
} finally {
  await server.close();
}

const out = `${root}bench/results-large-data-einvoice.${label}.json`;
writeFileSync(
  out,
  `${JSON.stringify({ label, dist, csp: option('csp', 'none'), date: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log(`| file (${label}) | longest main-thread task | outcome after | outcome |\n|---|---:|---:|---|`);
for (const row of results) {
  const longest =
    row.longestTaskMs === null
      ? 'n/a (page frozen)'
      : row.longestTaskMs === 0
        ? 'none over 50 ms'
        : `${row.longestTaskMs} ms`;
  console.log(
    `| ${row.file} | ${longest} | ${row.seconds === null ? '—' : `${row.seconds.toFixed(1)} s`} | ${row.outcome} |`,
  );
}
console.error(`[e-invoice bench] wrote ${out}`);
