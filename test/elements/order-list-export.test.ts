import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parse } from 'papaparse';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import type { CallOptions, OrderPage, OrderQuery, SupplierApi } from '../../src/api/port.js';
import { needsSupplierAction } from '../../src/domain/stages.js';
import '../../src/elements/order-list/order-list.js';
import type { OrderList } from '../../src/elements/order-list/order-list.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { pending } from '../../src/testing/stub-adapter.js';
import { findByRole } from '../helpers/queries.js';
import { listAdapter, summary } from '../helpers/order-list-adapter.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const root = (el: Element) => el.shadowRoot!;
const exportPart = (el: OrderList) => root(el).querySelector<HTMLElement>('[part~="export"]');
const exportText = (el: OrderList) => (exportPart(el)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const link = (el: OrderList) => root(el).querySelector<HTMLAnchorElement>('[part~="export-link"]');

async function mount(api: SupplierApi, attributes: Record<string, string> = {}): Promise<OrderList> {
  const wrapper = await fixture<HTMLElement>(html`<supplier-provider .adapter=${api}><order-list .now=${NOW}></order-list></supplier-provider>`);
  const el = wrapper.querySelector('order-list')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await waitUntil(() => root(el).querySelector('.rows [role="row"], [part~="empty"]'), 'list loaded', { timeout: 5000 });
  return el;
}

function startExport(el: OrderList): void {
  (findByRole(root(el), 'button', 'Export CSV') as HTMLButtonElement).click();
}

/**
 * The downloads the export started (the file names of the links it clicked). The click is kept from the browser: a
 * real download opens the browser's downloads UI, which keeps the keyboard (Firefox) or the focus (WebKit) from
 * every later test on the page.
 */
const started: string[] = [];
function keepDownload(event: MouseEvent): void {
  const anchor = event.composedPath()[0];
  if (anchor instanceof HTMLAnchorElement && anchor.hasAttribute('download')) {
    event.preventDefault();
    started.push(anchor.download);
  }
}

/** The downloaded file, read back through its blob: URL and parsed. */
async function downloaded(el: OrderList): Promise<string[][]> {
  await waitUntil(() => link(el), 'download link', { timeout: 10_000 });
  await waitUntil(() => started.length === 1, 'the download started by itself');
  const text = await (await fetch(link(el)!.href)).text();
  return parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
}

describe('<order-list> Export CSV', () => {
  beforeEach(() => {
    started.length = 0;
    window.addEventListener('click', keepDownload, true);
  });
  afterEach(() => window.removeEventListener('click', keepDownload, true));

  it('exports every order of the current view, not only the rows on screen, with headers and a download link', async () => {
    const memory = createMemoryAdapter({ persist: false, orderCount: 450 });
    const el = await mount(memory, { 'needs-action': '' });
    await waitUntil(() => /\d+ orders?$/.test(root(el).querySelector('[part~="summary"]')!.textContent!.trim()));
    const expected = await memory.listOrders({ needsAction: true, limit: 200 });
    expect(expected.total).to.be.greaterThan(0);
    const renderedRows = root(el).querySelectorAll('.rows [role="row"]').length;

    startExport(el);
    const table = await downloaded(el);
    expect(table[0]).to.deep.equal(['Order', 'Created', 'Lead Time', 'Parts', 'Quantity', 'Value', 'Currency', 'Stage', 'Next action']);
    const body = table.slice(1);
    expect(body).to.have.length(expected.total);
    expect(body.length).to.be.greaterThan(renderedRows);
    const all = await memory.listOrders({ limit: 200 }).then(async (first) => {
      const orders = [...first.items];
      for (let cursor = first.nextCursor; cursor; ) {
        const page = await memory.listOrders({ cursor, limit: 200 });
        orders.push(...page.items);
        cursor = page.nextCursor;
      }
      return new Map(orders.map((order) => [order.number, order]));
    });
    for (const [number, created, leadTime, , quantity, value, currency] of body) {
      const order = all.get(number!)!;
      expect(needsSupplierAction(order.nextAction), `${number} needs an action`).to.equal(true);
      expect([created, leadTime, Number(quantity), currency]).to.deep.equal([order.createdAt.slice(0, 10), order.leadTime, order.totalQuantity, order.value.currency]);
      const digits = new Intl.NumberFormat('en', { style: 'currency', currency: order.value.currency }).resolvedOptions().maximumFractionDigits!;
      expect(Number(value)).to.equal(order.value.amountMinor / 10 ** digits);
    }
    expect(link(el)!.download).to.match(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(exportText(el)).to.include(`${expected.total} orders exported.`);
    expect(link(el)!.href).to.match(/^blob:/);
    memory.close();
  });

  it('writes a part name that looks like a formula as text, never as a formula', async () => {
    const api = listAdapter([summary(1, { partsSummary: '=HYPERLINK("https://evil.example","click")', number: '+SF-1' }), summary(2, { partsSummary: 'Plain, "quoted" part' })]);
    const el = await mount(api);
    startExport(el);
    const table = await downloaded(el);
    expect(table[1]!.slice(0, 1)).to.deep.equal(["'+SF-1"]);
    expect(table[1]![3]).to.equal(`'=HYPERLINK("https://evil.example","click")`);
    expect(table[2]![3]).to.equal('Plain, "quoted" part');
  });

  it('shows its progress and can be cancelled: nothing is downloaded and the request is aborted', async () => {
    const rows = Array.from({ length: 450 }, (_, index) => summary(index));
    const base = listAdapter(rows);
    let aborted = false;
    const api: SupplierApi = {
      ...base,
      listOrders: async (query: OrderQuery, options?: CallOptions): Promise<OrderPage> => {
        if (query.cursor === '200') {
          options?.signal?.addEventListener('abort', () => (aborted = true));
          return pending(options?.signal);
        }
        return base.listOrders(query, options);
      },
    };
    const el = await mount(api);
    startExport(el);
    await waitUntil(() => exportText(el).includes('Exporting orders… 200 of 450'), 'progress');
    expect(root(el).querySelector('progress')!.value).to.equal(200);
    (findByRole(root(el), 'button', 'Cancel export') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(aborted).to.equal(true);
    expect(exportPart(el)).to.equal(null);
    expect(link(el)).to.equal(null);
    expect(started, 'nothing downloaded').to.deep.equal([]);
  });

  it('says what went wrong, keeps the view, and exports on "Try again"', async () => {
    const rows = Array.from({ length: 450 }, (_, index) => summary(index));
    const base = listAdapter(rows);
    let failures = 1;
    const api: SupplierApi = {
      ...base,
      listOrders: async (query, options) => {
        if (query.cursor === '200' && failures-- > 0) throw new SupplierApiError('network', 'offline');
        return base.listOrders(query, options);
      },
    };
    const el = await mount(api, { search: 'shaft' });
    startExport(el);
    await waitUntil(() => exportPart(el)?.querySelector('[role="alert"]'), 'error shown');
    expect(exportText(el)).to.include('No connection to the server');
    expect(el.search).to.equal('shaft');
    (findByRole(exportPart(el)!, 'button', 'Try again') as HTMLButtonElement).click();
    const table = await downloaded(el);
    expect(table.slice(1).every((row) => row[3] === 'Drive shaft')).to.equal(true);
    expect(table).to.have.length(1 + 225);
  });

  it('stops with a clear error when the adapter\'s cursor goes round in circles', async () => {
    const api = listAdapter([summary(1)]);
    const looping: SupplierApi = { ...api, listOrders: async (query, options) => ({ ...(await api.listOrders(query, options)), nextCursor: 'again' }) };
    const el = await mount(looping);
    startExport(el);
    await waitUntil(() => exportPart(el)?.querySelector('[role="alert"]'), 'error shown');
    expect(exportText(el)).to.include('the response field "nextCursor" repeats or never ends');
    expect(link(el)).to.equal(null);
  });

  it('is accessible while exporting and when done', async () => {
    const el = await mount(listAdapter([summary(1), summary(2)]));
    startExport(el);
    await waitUntil(() => link(el));
    await expect(el).to.be.accessible();
    expect(root(el).activeElement).to.equal(link(el));
  });
});
