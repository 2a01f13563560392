import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi, WriteOptions } from '../../src/api/port.js';
import { configure } from '../../src/configure.js';
import { COMMENT_MAX_LENGTH } from '../../src/domain/activity.js';
import type { ActivityListEntry, CommentActivity } from '../../src/domain/types.js';
import '../../src/elements/order-activity/order-activity.js';
import type { CommentAddedEvent, OrderActivity } from '../../src/elements/order-activity/order-activity.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { makeOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { deepText, findByRole } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const SHIPPED = orderIdOf(13); // SF-10014: a seeded conversation, a shipment, an invoice under review
const ORDER = makeOrder({ id: 'o-1', number: 'PO-77', timeZone: 'Asia/Tokyo' });

const comment = (overrides: Partial<CommentActivity>): CommentActivity => ({
  id: 'c-1',
  at: '2026-11-10T09:00:00Z',
  kind: 'comment',
  author: 'supplier',
  authorName: 'Huber GmbH',
  text: 'Hello',
  ...overrides,
});

const mount = (api: SupplierApi, orderId = ORDER.id): Promise<OrderActivity> =>
  mountInProvider(
    api,
    'order-activity',
    html`<order-activity order-id=${orderId} refresh-seconds="0"></order-activity>`,
    'textarea, [role="alert"]',
  );

const textarea = (el: OrderActivity) => root(el).querySelector('textarea')!;
const entries = (el: OrderActivity) =>
  [...root(el).querySelectorAll('ol[part~="entries"] > li')].map((item) => deepText(item).replace(/\s+/g, ' ').trim());
const status = (el: OrderActivity) => deepText(root(el).querySelector('[role="status"]')!);

async function type(el: OrderActivity, text: string): Promise<void> {
  const area = textarea(el);
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** A stub whose comment write is decided per call; `keys` records the idempotency key of each call. */
function commentStub(activity: ActivityListEntry[], send: (text: string, call: number) => Promise<CommentActivity>) {
  const keys: string[] = [];
  const api = createStubAdapter({
    getOrder: async () => ORDER,
    listOrderActivity: async () => activity,
    addOrderComment: async (_orderId: string, text: string, options: WriteOptions) => {
      keys.push(options.idempotencyKey);
      const added = await send(text, keys.length);
      activity.push(added);
      return added;
    },
  });
  return { api, keys };
}

describe('<order-activity>', function () {
  this.timeout(20_000);
  afterEach(() => {
    localStorage.clear();
    configure({ platformName: undefined });
  });

  it('lists events and comments oldest first, with dates in the order’s time zone and the authors marked', async () => {
    configure({ platformName: 'Acme Parts' });
    const activity: ActivityListEntry[] = [
      comment({
        id: 'c-2',
        at: '2026-11-12T09:00:00Z',
        author: 'platform',
        authorName: 'Lena Vogt',
        text: 'Only the marked bores.',
      }),
      { id: 'e-1', at: '2026-11-01T23:30:00Z', kind: 'order-confirmed' },
      { id: 'e-3', at: '2026-11-20T08:00:00Z', kind: 'invoice-status', invoiceNumber: 'RE-9', status: 'approved' },
      comment({ id: 'c-1', at: '2026-11-11T09:00:00Z', text: 'Which tolerance?' }),
      { id: 'e-2', at: '2026-11-15T08:00:00Z', kind: 'shipment-published', shipmentNumber: 'PO-77-S1' },
    ];
    const el = await mount(createStubAdapter({ getOrder: async () => ORDER, listOrderActivity: async () => activity }));
    const list = root(el).querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Activity of order PO-77');
    const shown = entries(el);
    expect(shown).to.have.length(5);
    expect(shown[0]).to.include('The order was confirmed for production.');
    const tokyo = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Tokyo',
    }).format(Date.parse('2026-11-01T23:30:00Z'));
    expect(shown[0]).to.include(tokyo);
    expect(tokyo).to.include('Nov 2,');
    expect(shown[1]).to.include('Huber GmbH (you)').and.include('Which tolerance?');
    expect(shown[2]).to.include('Lena Vogt, Acme Parts').and.include('Only the marked bores.');
    expect(shown[3]).to.include('Shipment PO-77-S1 published.');
    expect(shown[4]).to.include('Invoice RE-9 approved by Acme Parts.');
    const items = list.querySelectorAll('li');
    expect(items[1]!.classList.contains('supplier')).to.equal(true);
    expect(items[2]!.classList.contains('platform')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sends a comment with the "Comment" button, shows it, announces it and emits comment-added', async () => {
    const { api, keys } = commentStub([], async (text) => comment({ id: 'new', text }));
    const el = await mount(api);
    expect(deepText(root(el))).to.include('Nothing has happened on this order yet.');
    await type(el, 'Pickup before noon, please.');
    expect(deepText(root(el).querySelector('[part~="character-count"]')!)).to.include(
      `27 of ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters`,
    );
    setTimeout(() => findByRole(root(el), 'button', 'Comment')!.click());
    const event = (await oneEvent(el, 'comment-added')) as CommentAddedEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.include({ orderId: ORDER.id });
    expect(event.detail.comment.text).to.equal('Pickup before noon, please.');
    await waitUntil(
      () => entries(el).some((entry) => entry.includes('Pickup before noon, please.')),
      'the new comment is listed',
    );
    expect(status(el)).to.equal('Your comment was added.');
    expect(textarea(el).value).to.equal('');
    expect(keys).to.have.length(1);
  });

  it('sends with Ctrl+Enter and with Cmd+Enter, but not with Enter alone', async () => {
    const { api, keys } = commentStub([], async (text, call) => comment({ id: `k-${call}`, text }));
    const el = await mount(api);
    await type(el, 'First line');
    textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await el.updateComplete;
    expect(keys).to.have.length(0);
    textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await waitUntil(() => keys.length === 1 && textarea(el).value === '', 'sent with Ctrl+Enter');
    await type(el, 'Second');
    textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    await waitUntil(() => keys.length === 2 && textarea(el).value === '', 'sent with Cmd+Enter');
  });

  it('refuses a blank comment on the field, sending nothing', async () => {
    const { api, keys } = commentStub([], async (text) => comment({ text }));
    const el = await mount(api);
    await type(el, '   ');
    findByRole(root(el), 'button', 'Comment')!.click();
    await el.updateComplete;
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    expect(deepText(root(el).querySelector('#comment-status')!)).to.include('Write a comment first.');
    expect(textarea(el).maxLength).to.equal(COMMENT_MAX_LENGTH);
    expect(keys).to.have.length(0);
  });

  it('keeps the text after a failed send, and "Try again" re-sends it with the same idempotency key', async () => {
    const { api, keys } = commentStub([], async (text, call) => {
      if (call === 1) throw new SupplierApiError('network', 'offline');
      return comment({ id: 'retried', text });
    });
    const el = await mount(api);
    await type(el, 'Is Friday fine?');
    findByRole(root(el), 'button', 'Comment')!.click();
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error');
    expect(deepText(root(el).querySelector('[role="alert"]')!)).to.include('No connection to the server');
    expect(textarea(el).value).to.equal('Is Friday fine?');
    findByRole(root(el), 'button', 'Try again')!.click();
    await waitUntil(() => entries(el).some((entry) => entry.includes('Is Friday fine?')), 'sent on retry');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(root(el).activeElement, 'focus back in the comment box, not lost with the error').to.equal(textarea(el));
  });

  it('keeps the draft and its key across a reload after an error; changed text gets a new key', async () => {
    const { api, keys } = commentStub([], async () => {
      throw new SupplierApiError('server', 'down');
    });
    const first = await mount(api);
    await type(first, 'Lost answer?');
    findByRole(root(first), 'button', 'Comment')!.click();
    await waitUntil(() => root(first).querySelector('[role="alert"]'), 'the error');
    first.parentElement!.remove();

    const again = await mount(api);
    expect(textarea(again).value).to.equal('Lost answer?');
    findByRole(root(again), 'button', 'Comment')!.click();
    await waitUntil(() => keys.length === 2, 'sent again after the reload');
    expect(keys[1]).to.equal(keys[0]);
    await waitUntil(() => root(again).querySelector('[role="alert"]'), 'the error again');
    await type(again, 'Lost answer? (edited)');
    findByRole(root(again), 'button', 'Comment')!.click();
    await waitUntil(() => keys.length === 3, 'sent the edited text');
    expect(keys[2]).to.not.equal(keys[0]);
  });

  it('clears the draft only after a comment was added', async () => {
    const { api } = commentStub([], async (text) => comment({ id: 'ok', text }));
    const el = await mount(api);
    await type(el, 'Draft to keep');
    expect(Object.values(localStorage).join()).to.include('Draft to keep');
    findByRole(root(el), 'button', 'Comment')!.click();
    await waitUntil(() => textarea(el).value === '', 'sent');
    expect(Object.values(localStorage).join()).to.not.include('Draft to keep');
    el.parentElement!.remove();
    const again = await mount(api);
    expect(textarea(again).value).to.equal('');
  });

  it('leaves out entries of unknown kinds with a note, showing the rest', async () => {
    const el = await mount(
      createStubAdapter({
        getOrder: async () => ORDER,
        listOrderActivity: async () => [
          { id: 'e-1', at: '2026-11-01T10:00:00Z', kind: 'order-confirmed' },
          { id: 'x-1', at: '2026-11-02T10:00:00Z', kind: 'customs-cleared', office: 'Hamburg' } as ActivityListEntry,
          { id: 'x-2', at: '2026-11-03T10:00:00Z', kind: 'drawing-revised' },
        ],
      }),
    );
    expect(entries(el)).to.have.length(1);
    expect(deepText(root(el).querySelector('[part~="unknown-note"]')!)).to.include(
      '2 entries of kinds this version cannot show were left out.',
    );
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows a hostile answer as an error naming the field, with "Try again"', async () => {
    let calls = 0;
    const el = await mount(
      createStubAdapter({
        getOrder: async () => ORDER,
        listOrderActivity: async () => {
          calls += 1;
          return calls === 1
            ? ([
                {
                  id: 'c-1',
                  at: '2026-11-01T10:00:00Z',
                  kind: 'comment',
                  author: 'supplier',
                  authorName: '<img src=x onerror=alert(1)>',
                },
              ] as unknown as ActivityListEntry[])
            : [comment({ text: '<b>fine</b>' })];
        },
      }),
    );
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(deepText(alert)).to.include('"0.text"').and.include('is missing');
    findByRole(root(el), 'button', 'Try again')!.click();
    await waitUntil(() => entries(el).length === 1, 'loaded on retry');
    expect(entries(el)[0]).to.include('<b>fine</b>');
    expect(root(el).querySelector('b, img')).to.equal(null);
  });

  it('shows the memory adapter’s seeded conversation, and finds and announces the platform’s reply by itself', async () => {
    const memory: MemoryAdapter = createMemoryAdapter({ persist: false, replyDelayMs: 200 });
    try {
      const el = await mount(memory, SHIPPED);
      expect(entries(el).join('\n'))
        .to.include('(you)')
        .and.include('Lena Vogt, the platform')
        .and.include('is under review by the platform');
      el.refreshSeconds = 1;
      await type(el, 'When is the pickup?');
      findByRole(root(el), 'button', 'Comment')!.click();
      await waitUntil(() => status(el) === 'Your comment was added.', 'added');
      expect(entries(el).at(-1)).to.include('When is the pickup?');
      await waitUntil(() => status(el) === '1 new comment from the platform.', 'the reply is announced', {
        timeout: 5000,
      });
      expect(entries(el).at(-1)).to.include('Lena Vogt, the platform');
    } finally {
      memory.close();
    }
  });

  it('speaks German', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider
        .adapter=${createStubAdapter({ getOrder: async () => ORDER, listOrderActivity: async () => [] })}
        ><order-activity order-id=${ORDER.id} locale="de" refresh-seconds="0"></order-activity
      ></supplier-provider>`,
    );
    const el = wrapper.querySelector('order-activity')!;
    await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'loaded');
    await el.updateComplete;
    expect(findByRole(root(el), 'button', 'Kommentieren')).to.not.equal(null);
    expect(deepText(root(el).querySelector('label')!)).to.equal('Kommentar');
  });
});
