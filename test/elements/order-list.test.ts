import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import type { OrderQuery, SupplierApi } from '../../src/api/port.js';
import '../../src/elements/order-list/order-list.js';
import type { OrderList, OrderSelectEvent } from '../../src/elements/order-list/order-list.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { createStubAdapter, pending } from '../../src/testing/stub-adapter.js';
import { listAdapter, summary } from '../helpers/order-list-adapter.js';
import { mountInProvider, root } from '../helpers/mount.js';

const NOW = new Date('2026-11-25T10:00:00Z');

const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: OrderList) => [...root(el).querySelectorAll<HTMLElement>('.rows [role="row"]')];
const listCalls = (api: { calls: { method: string; args: unknown[] }[] }) =>
  api.calls.filter((call) => call.method === 'listOrders').map((call) => call.args[0] as OrderQuery);

async function mount(api: SupplierApi, attributes = ''): Promise<OrderList> {
  const el = await mountInProvider(api, 'order-list', html`<order-list .now=${NOW}></order-list>`);
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    el.setAttribute(name!, value);
  }
  await waitUntil(
    () => rows(el).length > 0 || root(el).querySelector('[part~="empty"], [role="alert"]'),
    'list settles',
    { timeout: 5000 },
  );
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
    expect(first)
      .to.include('SF-10001')
      .and.include('Mounting bracket')
      .and.include('10 pcs')
      .and.include('€1,250.00')
      .and.include('due today');
    expect(second).to.include('¥150,000').and.include('in 3 days');
    expect(third).to.include('overdue 3 days').and.include('Invoice').and.include('Waiting for the platform');
    expect(first).to.include('Production').and.include('Confirm order');
  });

  it('emits order-select with the order id from the "Order Details" button and from Enter on a row', async () => {
    const el = await mount(listAdapter([summary(1), summary(2)]));
    const button = rows(el)[1]!.querySelector<HTMLButtonElement>('[part~="order-button"]')!;
    expect(button.textContent!.trim()).to.equal('Order Details');
    setTimeout(() => button.click());
    const clicked = (await oneEvent(el, 'order-select')) as OrderSelectEvent;
    expect(clicked.detail).to.deep.equal({ orderId: 'o-2', stage: null });
    expect(clicked.bubbles && clicked.composed).to.equal(true);
    const row = rows(el)[0]!;
    row.focus();
    setTimeout(() => row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(((await oneEvent(el, 'order-select')) as OrderSelectEvent).detail.orderId).to.equal('o-1');
  });

  it('makes the owed next action the way into its stage: order-select names the stage; waiting and completed orders offer none', async () => {
    const el = await mount(
      listAdapter([
        summary(1),
        summary(2, { stage: 'shipping', nextAction: 'add-shipping' }),
        summary(3, { stage: 'invoice', nextAction: 'wait-for-platform' }),
        summary(4, { stage: 'completed', nextAction: 'completed' }),
      ]),
    );
    const actionButton = (index: number) =>
      rows(el)[index]!.querySelector<HTMLButtonElement>('[part~="action-button"]');
    expect(actionButton(0)!.getAttribute('aria-label')).to.equal('Confirm order: order SF-10001');
    setTimeout(() => actionButton(1)!.click());
    const event = (await oneEvent(el, 'order-select')) as OrderSelectEvent;
    expect(event.detail).to.deep.equal({ orderId: 'o-2', stage: 'shipping' });
    expect(actionButton(2)).to.equal(null);
    expect(text(rows(el)[2])).to.include('Waiting for the platform');
    expect(actionButton(3)).to.equal(null);
    // "Completed" once (the stage), not again as the next action.
    expect(text(rows(el)[3]).match(/Completed/g)).to.have.length(1);
    expect(text(rows(el)[3])).to.include('Nothing to do');
  });

  it('on a narrow element (a phone), folds filters, sort, saved views and export behind "Filters and sort"; the search keeps its label', async () => {
    const api = listAdapter([summary(1), summary(2)]);
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 375px">
        <supplier-provider .adapter=${api}><order-list .now=${NOW}></order-list></supplier-provider>
      </div>`,
    );
    const el = wrapper.querySelector('order-list')!;
    await waitUntil(() => rows(el).length > 0, 'rows shown');
    const shown = (selector: string) => (root(el).querySelector(selector)?.getClientRects().length ?? 0) > 0;
    const toggle = root(el).querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!;
    expect(shown('[part~="filters-toggle"]')).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown('[part~="sort"]') || shown('[part~="export-button"]') || shown('[part~="filter"]')).to.equal(false);
    const search = root(el).querySelector<HTMLInputElement>('[part~="search"]')!;
    expect(text(search.closest('label'))).to.equal('Search orders');
    // The placeholder fits the field in every language (measured in the field's font).
    const measure = document.createElement('canvas').getContext('2d')!;
    for (const locale of ['en', 'de', 'fr']) {
      el.setAttribute('locale', locale);
      await el.updateComplete;
      measure.font = getComputedStyle(search).font;
      const room =
        search.clientWidth -
        Number.parseFloat(getComputedStyle(search).paddingInlineStart) -
        Number.parseFloat(getComputedStyle(search).paddingInlineEnd);
      expect(measure.measureText(search.placeholder).width, `${locale}: “${search.placeholder}”`).to.be.lessThan(room);
    }
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown('[part~="sort"]') && shown('[part~="export-button"]')).to.equal(true);
    await waitUntil(() => shown('[part~="views"]'), 'saved views shown');
    el.stage = 'shipping';
    el.needsAction = true;
    await el.updateComplete;
    expect(text(toggle)).to.include('2 active');
  });

  it('on a wide element, shows the filters without a "Filters and sort" button', async () => {
    const el = await mount(listAdapter([summary(1)]));
    expect(root(el).querySelector('[part~="filters-toggle"]')!.getClientRects().length).to.equal(0);
    expect(root(el).querySelector('[part~="sort"]')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('moves focus between rows with the arrow keys, Home and End (roving tabindex)', async () => {
    const el = await mount(listAdapter([summary(1), summary(2), summary(3)]));
    const focused = () => root(el).activeElement?.getAttribute('data-index');
    const press = async (key: string, expected: string) => {
      (root(el).activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await waitUntil(() => focused() === expected, `${key} moves focus to row ${expected}; it is on ${focused()}`, {
        timeout: 2000,
      });
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
    expect(
      listCalls(api)
        .filter((query) => query.search !== undefined)
        .map((query) => query.search),
    ).to.deep.equal(['sha']);
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
    await waitUntil(() =>
      listCalls(api).some(
        (query) => query.stage === 'shipping' && query.sort === 'value' && query.needsAction === true,
      ),
    );
  });

  it('takes deep-linked filters from attributes', async () => {
    const api = listAdapter([summary(1), summary(2)]);
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${api}
        ><order-list search="bracket" needs-action sort="created" direction="desc"></order-list
      ></supplier-provider>`,
    );
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

  it('shows no count until the adapter has given one: not while loading, not when the load failed', async () => {
    let answer: (() => void) | undefined;
    let fail = false;
    const api = createStubAdapter({
      listOrders: async () => {
        if (fail) throw new SupplierApiError('network', 'offline');
        await new Promise<void>((resolve) => (answer = resolve));
        return { items: [summary(1)], nextCursor: null, total: 1, counts: { all: 1, needsAction: 1, overdue: 0 } };
      },
    });
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${api}><order-list .now=${NOW}></order-list></supplier-provider>`,
    );
    const el = wrapper.querySelector('order-list')!;
    const toggles = () => [...root(el).querySelectorAll('button[aria-pressed]')].map(text);
    await waitUntil(() => answer, 'loading');
    await el.updateComplete;
    expect(toggles()).to.deep.equal(['Needs your action', 'Overdue']);
    answer!();
    await waitUntil(() => toggles()[0] === '1 needs your action', 'counts once loaded');
    fail = true;
    void el.reload();
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the reload failed');
    expect(toggles()).to.deep.equal(['Needs your action', 'Overdue']);
    expect(text(root(el).querySelector('[part~="summary"]'))).to.equal('');
  });

  it('says a failed load without the writes\' "your entries are kept"', async () => {
    const el = await mount(
      createStubAdapter({ listOrders: async () => Promise.reject(new SupplierApiError('network', 'offline')) }),
    );
    const alert = text(root(el).querySelector('[role="alert"]'));
    expect(alert).to.include('No connection to the server').and.not.include('entries');
  });

  it('loads the next page through the cursor when scrolled near the end, and keeps the DOM small with 10,000 orders', async () => {
    const api = listAdapter(Array.from({ length: 10_000 }, (_, index) => summary(index + 1)));
    const el = await mount(api);
    expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('10001');
    const scroller = root(el).querySelector<HTMLElement>('.rows')!;
    const secondPage = () => listCalls(api).some((query) => query.cursor === '100');
    await waitUntil(
      () => {
        scroller.scrollTop = scroller.scrollHeight;
        return secondPage();
      },
      'second page requested',
      { timeout: 5000, interval: 80 },
    );
    expect(rows(el).length).to.be.lessThan(200);
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(1_500);
  });

  describe('an adapter cursor that goes round in circles', () => {
    const frames = async (count: number) => {
      for (let frame = 0; frame < count; frame += 1) await new Promise(requestAnimationFrame);
    };
    /** Scrolls the rows to their end until `done`, as a supplier scrolling on would. */
    async function scrollUntil(el: OrderList, done: () => unknown, message: string) {
      await waitUntil(
        () => {
          const scroller = root(el).querySelector<HTMLElement>('.rows');
          if (scroller) scroller.scrollTop = scroller.scrollHeight;
          return done();
        },
        message,
        { timeout: 5000 },
      );
    }
    const moreAlert = (el: OrderList) => root(el).querySelector<HTMLElement>('.more + [role="alert"], [role="alert"]');

    for (const [name, nextCursor] of [
      ['the same nextCursor every time', () => 'again'],
      ['the same orders under a fresh nextCursor', (call: number) => `c${call}`],
    ] as const) {
      it(`stops scrolling on ${name}: an error naming nextCursor with "Try again", the rows already shown stay`, async () => {
        const page = Array.from({ length: 100 }, (_, index) => summary(index));
        let calls = 0;
        const api = createStubAdapter({
          listOrders: async () => {
            calls += 1;
            return {
              items: page,
              nextCursor: nextCursor(calls),
              total: 1_000,
              counts: { all: 1_000, needsAction: 1_000, overdue: 0 },
            };
          },
        });
        const el = await mount(api);
        await scrollUntil(el, () => text(moreAlert(el)).includes('nextCursor'), 'the error names nextCursor');
        expect(calls).to.equal(2);
        expect(text(root(el))).to.include('More orders could not be loaded');
        const lastShown = () => rows(el).some((row) => text(row).includes('SF-10099'));
        // The rows stay: scrolled on, the end of the rows already loaded shows (the alert can arrive while the
        // virtualizer is still laying out the range it scrolled to: WebKit takes more frames to get there).
        await scrollUntil(el, lastShown, 'the rows shown stay');
        for (let round = 0; round < 5; round += 1) {
          root(el).querySelector<HTMLElement>('.rows')!.scrollTop = 0;
          await frames(2);
          root(el).querySelector<HTMLElement>('.rows')!.scrollTop = 1e6;
          await frames(2);
        }
        expect(calls, 'scrolling on asks nothing more').to.equal(2);
        moreAlert(el)!.querySelector('button')!.click();
        await waitUntil(() => calls === 3, '"Try again" asks once more');
        await waitUntil(() => text(moreAlert(el)).includes('nextCursor'), 'and says so again');
        expect(lastShown()).to.equal(true);
      });
    }
  });

  it('tells "no orders yet" from "no order matches", and clears filters', async () => {
    const none = await mount(listAdapter([]));
    expect(text(root(none).querySelector('[part~="empty"]'))).to.include('No orders yet');
    none.closest('supplier-provider')!.remove();
    const api = listAdapter([summary(1)]);
    const el = await mount(api, 'search=zzz');
    await waitUntil(
      () => text(root(el).querySelector('[part~="empty"]')).includes('No order matches'),
      'no match state',
    );
    [...root(el).querySelectorAll<HTMLButtonElement>('[part~="empty"] button')]
      .find((button) => text(button) === 'Clear filters')!
      .click();
    await waitUntil(() => rows(el).length === 1, 'filters cleared');
    expect(el.hasAttribute('search') && el.getAttribute('search') !== '').to.equal(false);
  });

  it('shows an error with a retry that recovers, and names the bad field of a broken response', async () => {
    let calls = 0;
    const api = createStubAdapter({
      listOrders: async () => {
        calls += 1;
        if (calls === 1) throw new SupplierApiError('network', 'offline');
        if (calls === 2)
          return {
            items: [{ ...summary(1), leadTime: '2026-13-01' }],
            nextCursor: null,
            total: 1,
            counts: { all: 1, needsAction: 0, overdue: 0 },
          };
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

  it("shows the new day's lead-time phrase and the new locale's texts on rows it already showed (translations loaded on first use)", async () => {
    const el = await mount(listAdapter([summary(1, { leadTime: '2026-11-28' })]));
    expect(text(rows(el)[0]))
      .to.include('in 3 days')
      .and.include('€1,250.00');
    el.now = new Date('2026-11-27T10:00:00Z');
    await waitUntil(() => text(rows(el)[0]).includes('in 1 day'), 'the phrase counts from the new day');
    el.setAttribute('locale', 'fr');
    // The shared texts and the list's own texts are two chunks that may arrive one after the other: the row
    // must end up wholly French, whichever comes first.
    await waitUntil(
      () => text(rows(el)[0]).includes('dans 1 jour') && !text(rows(el)[0]).includes('Order Details'),
      'French once both its text chunks are loaded',
    );
    expect(text(rows(el)[0])).to.include('1 250,00 €');
  });

  it('speaks German when the page does', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de">
        <supplier-provider .adapter=${listAdapter([summary(1, { leadTime: '2026-11-28' })])}
          ><order-list .now=${NOW}></order-list
        ></supplier-provider>
      </div>`,
    );
    const el = wrapper.querySelector('order-list')!;
    await waitUntil(() => rows(el).length === 1);
    expect(text(root(el).querySelector('h2'))).to.equal('Meine Aufträge');
    expect(text(rows(el)[0]))
      .to.include('1.250,00 €')
      .and.include('in 3 Tagen')
      .and.include('Auftragsdetails');
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
      const wrapper = await fixture<HTMLElement>(
        html`<supplier-provider
          .adapter=${createStubAdapter({ listOrders: (_query, options) => pending(options?.signal) })}
          ><order-list></order-list
        ></supplier-provider>`,
      );
      const el = wrapper.querySelector('order-list')!;
      await el.updateComplete;
      expect(root(el).querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('when empty', async () => {
      await expect(await mount(listAdapter([]))).to.be.accessible();
    });

    it('on error', async () => {
      const el = await mount(
        createStubAdapter({ listOrders: async () => Promise.reject(new SupplierApiError('server', 'down')) }),
      );
      expect(root(el).querySelector('[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('when loaded', async () => {
      await expect(await mount(listAdapter([summary(1), summary(2)]))).to.be.accessible();
    });
  });
});
