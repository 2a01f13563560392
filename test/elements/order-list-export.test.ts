import { expect, html, waitUntil } from '@open-wc/testing';
import { parse } from 'papaparse';
import { ContractError, SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import type { CallOptions, OrderPage, OrderQuery, SupplierApi } from '../../src/api/port.js';
import { needsSupplierAction } from '../../src/domain/stages.js';
import '../../src/elements/order-list/order-list.js';
import { EXPORT_PAGES_PER_SECOND, fetchAllOrders, toCsv } from '../../src/elements/order-list/order-export.js';
import type { OrderList } from '../../src/elements/order-list/order-list.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { createStubAdapter, pending } from '../../src/testing/stub-adapter.js';
import { findByRole } from '../helpers/queries.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { listAdapter, summary } from '../helpers/order-list-adapter.js';
import { mountInProvider, root } from '../helpers/mount.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const exportPart = (el: OrderList) => root(el).querySelector<HTMLElement>('[part~="export"]');
const exportText = (el: OrderList) => (exportPart(el)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const link = (el: OrderList) => root(el).querySelector<HTMLAnchorElement>('[part~="export-link"]');

async function mount(api: SupplierApi, attributes: Record<string, string> = {}): Promise<OrderList> {
  const el = await mountInProvider(api, 'order-list', html`<order-list .now=${NOW}></order-list>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await waitUntil(() => root(el).querySelector('.rows [role="row"], [part~="empty"]'), 'list loaded', {
    timeout: 5000,
  });
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
    expect(table[0]).to.deep.equal([
      'Order',
      'Created',
      'Lead Time',
      'Parts',
      'Quantity',
      'Value',
      'Currency',
      'Stage',
      'Next action',
    ]);
    const body = table.slice(1);
    expect(body).to.have.length(expected.total);
    expect(body.length).to.be.greaterThan(renderedRows);
    const all = await memory.listOrders({ limit: 200 }).then(async (first) => {
      const orders = [...first.items];
      for (let cursor = first.nextCursor; cursor;) {
        const page = await memory.listOrders({ cursor, limit: 200 });
        orders.push(...page.items);
        cursor = page.nextCursor;
      }
      return new Map(orders.map((order) => [order.number, order]));
    });
    for (const [number, created, leadTime, , quantity, value, currency] of body) {
      const order = all.get(number!)!;
      expect(needsSupplierAction(order.nextAction), `${number} needs an action`).to.equal(true);
      expect([created, leadTime, Number(quantity), currency]).to.deep.equal([
        order.createdAt.slice(0, 10),
        order.leadTime,
        order.totalQuantity,
        order.value.currency,
      ]);
      const digits = new Intl.NumberFormat('en', {
        style: 'currency',
        currency: order.value.currency,
      }).resolvedOptions().maximumFractionDigits!;
      expect(Number(value)).to.equal(order.value.amountMinor / 10 ** digits);
    }
    expect(link(el)!.download).to.match(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(exportText(el)).to.include(`${expected.total} orders exported.`);
    expect(link(el)!.href).to.match(/^blob:/);
    memory.close();
  });

  it('writes a part name or order number that looks like a formula as text, also behind or before a line break', async () => {
    const hostile = [
      '=1+1\nsecond line',
      '\r\n=1+1',
      '=HYPERLINK("https://evil.example","click")\r\n',
      '@SUM(1)\n',
      '-2+3\r',
      '+1\u2029x',
      "=cmd|' /C calc'!A0\u2028",
    ];
    const rows = hostile.map((text, index) => summary(index, { number: text, partsSummary: text }));
    const el = await mount(
      listAdapter([
        ...rows,
        summary(99, { partsSummary: 'Plain, "quoted" part', value: { amountMinor: -1_250, currency: 'EUR' } }),
      ]),
    );
    startExport(el);
    const table = await downloaded(el);
    for (const [index, text] of hostile.entries()) {
      expect(table[index + 1]![0], `number ${JSON.stringify(text)}`).to.equal(`'${text}`);
      expect(table[index + 1]![3], `parts ${JSON.stringify(text)}`).to.equal(`'${text}`);
    }
    expect(table.at(-1)![3]).to.equal('Plain, "quoted" part');
    const raw = await (await fetch(link(el)!.href)).text();
    expect(raw, 'a negative value is written as a number, not quoted text').to.include(',-12.5,');
  });

  it('writes no cell of any column as a formula, whatever text it is given', async () => {
    const hostile = [
      '=1+1\nx',
      '\r\n=1+1',
      '@SUM(1)\n',
      '-2+3\r',
      '+1\u2029x',
      "=cmd|' /C calc'!A0\u2028",
      '\u00a0=1',
      '\t=1',
      '\u2028+1',
    ];
    const csv = await toCsv([
      hostile,
      hostile.map((text) => ` ${text}`),
      [...hostile.slice(0, 4), -12.5, 3, ...hostile.slice(6)],
    ]);
    const table = parse<string[]>(csv, { skipEmptyLines: false }).data;
    expect(table).to.have.length(3);
    expect(table[0]).to.deep.equal(hostile.map((text) => `'${text}`));
    expect(table[1]).to.deep.equal(hostile.map((text) => `' ${text}`));
    expect(table[2]).to.deep.equal([
      ...hostile.slice(0, 4).map((text) => `'${text}`),
      '-12.5',
      '3',
      ...hostile.slice(6).map((text) => `'${text}`),
    ]);
  });

  it('shows its progress and can be cancelled: nothing is downloaded and the request is aborted', async () => {
    const rows = Array.from({ length: 450 }, (_, index) => summary(index));
    const base = listAdapter(rows);
    let aborted = false;
    let secondAsked = false;
    const api: SupplierApi = {
      ...base,
      listOrders: async (query: OrderQuery, options?: CallOptions): Promise<OrderPage> => {
        if (query.cursor === '200') {
          secondAsked = true;
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
    await waitUntil(() => secondAsked, 'the second page asked');
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

  it("stops with a clear error when the adapter's cursor goes round in circles", async () => {
    const api = listAdapter([summary(1)]);
    const looping: SupplierApi = {
      ...api,
      listOrders: async (query, options) => ({ ...(await api.listOrders(query, options)), nextCursor: 'again' }),
    };
    const el = await mount(looping);
    startExport(el);
    await waitUntil(() => exportPart(el)?.querySelector('[role="alert"]'), 'error shown');
    expect(exportText(el)).to.include('the response field "nextCursor" repeats a cursor already followed');
    expect(link(el)).to.equal(null);
  });

  it('stops with an error naming nextCursor when the cursor never ends: no more pages than the total can fill', async () => {
    let calls = 0;
    let next = 0;
    const api = createStubAdapter({
      listOrders: async () => {
        calls += 1;
        return {
          items: Array.from({ length: 50 }, () => summary(next++)),
          nextCursor: `c${calls}`,
          total: 100,
          counts: { all: 100, needsAction: 100, overdue: 0 },
        };
      },
    });
    const el = await mount(api);
    const before = calls;
    startExport(el);
    await waitUntil(() => exportPart(el)?.querySelector('[role="alert"]'), 'error shown');
    expect(exportText(el)).to.include('"nextCursor" is still set after 2 pages');
    expect(calls - before, 'ceil(100 / 200) + 1 pages').to.equal(2);
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

describe("fetchAllOrders: the export's paging", () => {
  /** An adapter whose cursor never ends: fresh orders and a fresh cursor on every page. */
  function endless(total: number) {
    let next = 0;
    const calls: OrderQuery[] = [];
    const api = {
      listOrders: async (query: OrderQuery): Promise<OrderPage> => {
        calls.push(query);
        return {
          items: Array.from({ length: 200 }, () => summary(next++)),
          nextCursor: `c${calls.length}`,
          total,
          counts: { all: total, needsAction: 0, overdue: 0 },
        };
      },
    };
    return { api, calls };
  }

  it(`asks at most ${EXPORT_PAGES_PER_SECOND} pages a second, each after a timer (the main thread gets a turn), and stops when cancelled`, async () => {
    const clock = new ManualClock();
    const { api, calls } = endless(1_000_000);
    const controller = new AbortController();
    const walk = fetchAllOrders(api, {}, { signal: controller.signal, clock });
    walk.catch(() => undefined);
    await clock.advance(0);
    expect(calls).to.have.length(1);
    expect(clock.pending, 'the next page waits for a timer').to.equal(1);
    await clock.advance(1_000 / EXPORT_PAGES_PER_SECOND - 1);
    expect(calls).to.have.length(1);
    await clock.advance(1);
    expect(calls).to.have.length(2);
    await clock.advance(1_000);
    expect(calls).to.have.length(2 + EXPORT_PAGES_PER_SECOND);
    controller.abort();
    await clock.advance(1_000);
    expect(calls).to.have.length(2 + EXPORT_PAGES_PER_SECOND);
    const error = await walk.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect((error as Error).name).to.equal('AbortError');
  });

  it('rejects with a ContractError naming nextCursor after ceil(total / pageSize) + 1 pages', async () => {
    const clock = new ManualClock();
    const { api, calls } = endless(450);
    const walk = fetchAllOrders(api, {}, { signal: new AbortController().signal, clock });
    const outcome = walk.then(
      () => null,
      (reason: unknown) => reason,
    );
    await clock.advance(10_000);
    const error = await outcome;
    expect(error).to.be.instanceOf(ContractError);
    expect((error as ContractError).path).to.equal('nextCursor');
    expect(calls).to.have.length(4);
  });

  it('rejects a page that repeats orders already fetched, even under a fresh cursor', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const api = {
      listOrders: async (): Promise<OrderPage> => ({
        items: [summary(1), summary(2)],
        nextCursor: `c${(calls += 1)}`,
        total: 10_000,
        counts: { all: 2, needsAction: 0, overdue: 0 },
      }),
    };
    const outcome = fetchAllOrders(api, {}, { signal: new AbortController().signal, clock }).then(
      () => null,
      (reason: unknown) => reason,
    );
    await clock.advance(1_000);
    expect(((await outcome) as ContractError).message).to.include('"nextCursor" leads to a page repeating "o-1"');
    expect(calls).to.equal(2);
  });
});
