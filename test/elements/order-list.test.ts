import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import type { OrderQuery, SupplierApi } from '../../src/api/port.js';
import '../../src/elements/order-list/order-list.js';
import type { OrderList, OrderSelectEvent } from '../../src/elements/order-list/order-list.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { createStubAdapter, pending } from '../../src/testing/stub-adapter.js';
import { listAdapter, summary } from '../helpers/order-list-adapter.js';

const NOW = new Date('2026-11-25T10:00:00Z');

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: OrderList) => [...root(el).querySelectorAll<HTMLElement>('.rows [role="row"]')];
const listCalls = (api: { calls: { method: string; args: unknown[] }[] }) => api.calls.filter((call) => call.method === 'listOrders').map((call) => call.args[0] as OrderQuery);

async function mount(api: SupplierApi, attributes = ''): Promise<OrderList> {
  const wrapper = await fixture<HTMLElement>(html`<supplier-provider .adapter=${api}><order-list .now=${NOW}></order-list></supplier-provider>`);
  const el = wrapper.querySelector('order-list')!;
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    el.setAttribute(name!, value);
  }
  await waitUntil(() => rows(el).length > 0 || root(el).querySelector('[part~="empty"], [role="alert"]'), 'list settles', { timeout: 5000 });
  return el;
}

describe('<order-list>', () => {
  it('shows number, parts, quantity, value in the order currency, lead time with its phrase, stage and next action', async () => {
    const el = await mount(
      listAdapter([
        summary(1, { leadTime: '2026-11-25' }),
        summary(2, { leadTime: '2026-11-28', value: { amountMinor: 150_000, currency: 'JPY' } }),
        summary(3, { leadTime: '2026-11-22', stage: 'invoice', nextAction: 'wait-for-platform' }),
      ]),
    );
    const [first, second, third] = rows(el).map(text);
    expect(first).to.include('SF-10001').and.include('Mounting bracket').and.include('10 pcs').and.include('€1,250.00').and.include('due today');
    expect(second).to.include('¥150,000').and.include('in 3 days');
    expect(third).to.include('overdue 3 days').and.include('Invoice').and.include('Waiting for the platform');
    expect(first).to.include('Production').and.include('Confirm order');
  });

  it('emits order-select with the order id from the "Order Details" button and from Enter on a row', async () => {
    const el = await mount(listAdapter([summary(1), summary(2)]));
    const button = rows(el)[1]!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Order Details');
    setTimeout(() => button.click());
    const clicked = (await oneEvent(el, 'order-select')) as OrderSelectEvent;
    expect(clicked.detail).to.deep.equal({ orderId: 'o-2' });
    expect(clicked.bubbles && clicked.composed).to.equal(true);
    const row = rows(el)[0]!;
    row.focus();
    setTimeout(() => row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(((await oneEvent(el, 'order-select')) as OrderSelectEvent).detail.orderId).to.equal('o-1');
  });

  it('moves focus between rows with the arrow keys, Home and End (roving tabindex)', async () => {
    const el = await mount(listAdapter([summary(1), summary(2), summary(3)]));
    const focused = () => root(el).activeElement?.getAttribute('data-index');
    const press = async (key: string, expected: string) => {
      (root(el).activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await waitUntil(() => focused() === expected, `${key} moves focus to row ${expected}; it is on ${focused()}`, { timeout: 2000 });
    };
    rows(el)[0]!.focus();
    await press('ArrowDown', '1');
    await press('End', '2');
    await press('Home', '0');
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.have.length(1);
  });

  it('debounces search and reflects search, filters and sort to attributes, reloading each time', async () => {
    const api = listAdapter(Array.from({ length: 5 }, (_, index) => summary(index + 1)));
    const el = await mount(api);
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const value of ['s', 'sh', 'sha']) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await waitUntil(() => el.getAttribute('search') === 'sha', 'search reflects', { timeout: 2000 });
    await waitUntil(() => listCalls(api).some((query) => query.search === 'sha'));
    expect(listCalls(api).filter((query) => query.search !== undefined).map((query) => query.search)).to.deep.equal(['sha']);
    await waitUntil(() => rows(el).length === 2, 'two drive shafts');

    const needsAction = [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-pressed]')][0]!;
    needsAction.click();
    await el.updateComplete;
    expect(el.hasAttribute('needs-action')).to.equal(true);
    expect(needsAction.getAttribute('aria-pressed')).to.equal('true');
    const stage = root(el).querySelector<HTMLSelectElement>('select[part~="filter"]')!;
    stage.value = 'shipping';
    stage.dispatchEvent(new Event('change'));
    const sort = root(el).querySelector<HTMLSelectElement>('select[part~="sort"]')!;
    sort.value = 'value';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('stage')).to.equal('shipping');
    expect(el.getAttribute('sort')).to.equal('value');
    await waitUntil(() => listCalls(api).some((query) => query.stage === 'shipping' && query.sort === 'value' && query.needsAction === true));
  });

  it('takes deep-linked filters from attributes', async () => {
    const api = listAdapter([summary(1), summary(2)]);
    const wrapper = await fixture<HTMLElement>(html`<supplier-provider .adapter=${api}><order-list search="bracket" needs-action sort="created" direction="desc"></order-list></supplier-provider>`);
    await waitUntil(() => listCalls(api).length > 0);
    expect(listCalls(api)[0]).to.include({ search: 'bracket', needsAction: true, sort: 'created', direction: 'desc' });
    wrapper.remove();
  });

  it('shows the counts per filter and announces the number of results', async () => {
    const el = await mount(listAdapter([summary(1), summary(2, { nextAction: 'add-shipping' }), summary(3)]));
    const toggles = [...root(el).querySelectorAll('button[aria-pressed]')].map(text);
    expect(toggles).to.deep.equal(['2 need your action', '1 overdue']);
    const status = root(el).querySelector('[part~="summary"]')!;
    expect(text(status)).to.equal('3 orders');
  });

  it('loads the next page through the cursor when scrolled near the end, and keeps the DOM small with 10,000 orders', async () => {
    const api = listAdapter(Array.from({ length: 10_000 }, (_, index) => summary(index + 1)));
    const el = await mount(api);
    expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('10001');
    const scroller = root(el).querySelector<HTMLElement>('.rows')!;
    const secondPage = () => listCalls(api).some((query) => query.cursor === '100');
    await waitUntil(() => {
      scroller.scrollTop = scroller.scrollHeight;
      return secondPage();
    }, 'second page requested', { timeout: 5000, interval: 80 });
    expect(rows(el).length).to.be.lessThan(200);
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(1_500);
  });

  it('tells "no orders yet" from "no order matches", and clears filters', async () => {
    const none = await mount(listAdapter([]));
    expect(text(root(none).querySelector('[part~="empty"]'))).to.include('No orders yet');
    none.closest('supplier-provider')!.remove();
    const api = listAdapter([summary(1)]);
    const el = await mount(api, 'search=zzz');
    await waitUntil(() => text(root(el).querySelector('[part~="empty"]')).includes('No order matches'), 'no match state');
    [...root(el).querySelectorAll<HTMLButtonElement>('[part~="empty"] button')].find((button) => text(button) === 'Clear filters')!.click();
    await waitUntil(() => rows(el).length === 1, 'filters cleared');
    expect(el.hasAttribute('search') && el.getAttribute('search') !== '').to.equal(false);
  });

  it('shows an error with a retry that recovers, and names the bad field of a broken response', async () => {
    let calls = 0;
    const api = createStubAdapter({
      listOrders: async () => {
        calls += 1;
        if (calls === 1) throw new SupplierApiError('network', 'offline');
        if (calls === 2) return { items: [{ ...summary(1), leadTime: '2026-13-01' }], nextCursor: null, total: 1, counts: { all: 1, needsAction: 0, overdue: 0 } };
        return { items: [summary(1)], nextCursor: null, total: 1, counts: { all: 1, needsAction: 1, overdue: 0 } };
      },
    });
    const el = await mount(api);
    const alert = () => root(el).querySelector('[role="alert"]');
    expect(text(alert())).to.include('No connection to the server');
    alert()!.querySelector('button')!.click();
    await waitUntil(() => text(alert()).includes('items.0.leadTime'), 'contract error names the field');
    alert()!.querySelector('button')!.click();
    await waitUntil(() => rows(el).length === 1, 'recovered');
  });

  it('shows the new day\'s lead-time phrase and the new locale\'s texts on rows it already showed (translations loaded on first use)', async () => {
    const el = await mount(listAdapter([summary(1, { leadTime: '2026-11-28' })]));
    expect(text(rows(el)[0])).to.include('in 3 days').and.include('€1,250.00');
    el.now = new Date('2026-11-27T10:00:00Z');
    await waitUntil(() => text(rows(el)[0]).includes('in 1 day'), 'the phrase counts from the new day');
    el.setAttribute('locale', 'fr');
    await waitUntil(() => text(rows(el)[0]).includes('dans 1 jour'), 'French once its texts are loaded');
    expect(text(rows(el)[0])).to.include('1 250,00 €').and.not.include('Order Details');
  });

  it('speaks German when the page does', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><supplier-provider .adapter=${listAdapter([summary(1, { leadTime: '2026-11-28' })])}><order-list .now=${NOW}></order-list></supplier-provider></div>`);
    const el = wrapper.querySelector('order-list')!;
    await waitUntil(() => rows(el).length === 1);
    expect(text(root(el).querySelector('h2'))).to.equal('Meine Aufträge');
    expect(text(rows(el)[0])).to.include('1.250,00 €').and.include('in 3 Tagen').and.include('Auftragsdetails');
  });

  it('works on the memory adapter', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mount(memory);
    expect(text(root(el).querySelector('[part~="summary"]'))).to.equal('48 orders');
    // Rows for the viewport and a little beyond, not all 48.
    expect(rows(el).length).to.be.within(2, 47);
    memory.close();
  });

  describe('is accessible', () => {
    it('while loading', async () => {
      const wrapper = await fixture<HTMLElement>(html`<supplier-provider .adapter=${createStubAdapter({ listOrders: (_query, options) => pending(options?.signal) })}><order-list></order-list></supplier-provider>`);
      const el = wrapper.querySelector('order-list')!;
      await el.updateComplete;
      expect(root(el).querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('when empty', async () => {
      await expect(await mount(listAdapter([]))).to.be.accessible();
    });

    it('on error', async () => {
      const el = await mount(createStubAdapter({ listOrders: async () => Promise.reject(new SupplierApiError('server', 'down')) }));
      expect(root(el).querySelector('[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('when loaded', async () => {
      await expect(await mount(listAdapter([summary(1), summary(2)]))).to.be.accessible();
    });
  });
});
