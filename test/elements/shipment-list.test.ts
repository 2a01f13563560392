import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi } from '../../src/api/port.js';
import type { Order, Shipment, Tracking } from '../../src/domain/types.js';
import { systemClock, type Clock } from '../../src/elements/shared/clock.js';
import { MAX_POLL_INTERVAL_MS, MIN_POLL_INTERVAL_MS } from '../../src/elements/shared/poll-controller.js';
import { SHIPMENTS_PAGE_SIZE } from '../../src/elements/shipment-list/shipment-pages.js';
import '../../src/elements/shipment-list/shipment-list.js';
import type { PrintDocumentsEvent, ShipmentList } from '../../src/elements/shipment-list/shipment-list.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { makeDocument, makeOrder, makeShipment } from '../../src/testing/fixtures.js';
import { createStubAdapter, pending } from '../../src/testing/stub-adapter.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { mountInProvider, root } from '../helpers/mount.js';

const PLATFORM_OPEN = orderIdOf(6); // regular order, nothing shipped yet
const DAP_SHIPPED = orderIdOf(12); // DAP terms, fully shipped with tracking numbers

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const text = (node: Element | ShadowRoot | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const mount = (
  api: SupplierApi,
  orderId: string,
  pollInterval?: number,
  clock: Clock = systemClock,
): Promise<ShipmentList> =>
  mountInProvider(
    api,
    'shipment-list',
    html`<shipment-list order-id=${orderId} poll-interval=${pollInterval ?? 10_000} .clock=${clock}></shipment-list>`,
  );

async function shipPlatformOrder(memory: MemoryAdapter, order: Order) {
  const photo = await memory.uploadPackagePhoto(
    order.id,
    { name: 'p.png', blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]) },
    { idempotencyKey: 'photo-1' },
  );
  const profile = await memory.getCompanyProfile();
  return memory.createShipment(
    order.id,
    {
      items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
      package: { type: 'box', count: 2, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 5 },
      photoId: photo.id,
      delivery: { arrangedBy: 'platform', pickupAddress: profile.pickupAddress },
      termsAccepted: true,
    },
    { idempotencyKey: 'ship-1' },
  );
}

describe('<shipment-list>', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => memory.close());

  it('says documents will appear once the platform has processed the shipment, and shows them by itself once it has', async () => {
    const order = await memory.getOrder(PLATFORM_OPEN);
    const shipment = await shipPlatformOrder(memory, order);
    expect(shipment.status).to.equal('processing');
    const clock = new ManualClock();
    const el = await mount(memory, PLATFORM_OPEN, 60, clock);
    await waitUntil(() => $(el, '[part~="shipment"]'), 'list loaded', { timeout: 5000 });
    expect(text($(el, '[part~="processing"]'))).to.include(
      'Documents will appear once the platform has processed this shipment',
    );
    expect($$(el, '[part~="document-link"][download]')).to.have.length(0);
    // What was entered: part name from the order, packages, who arranges, pickup address.
    const entered = text($(el, '[part~="entered"]'));
    expect(entered).to.include(`1 × ${order.positions[0]!.partName}`);
    expect(entered).to.include('2 × box');
    expect(entered).to.include('Arranged by the platform');
    expect(entered).to.include('Industriestraße 14');
    await expect(el).to.be.accessible();

    await memory.processPendingShipments();
    await clock.advance(MIN_POLL_INTERVAL_MS);
    await waitUntil(() => $$(el, 'a[download]').length === 2, 'documents appear without a reload', { timeout: 3000 });
    expect($(el, '[part~="processing"]')).to.equal(null);
    for (const link of $$<HTMLAnchorElement>(el, 'a[download]')) expect(link.href).to.match(/^blob:/);
    expect(text($(el, '[part~="documents"]'))).to.include('Label');
    await expect(el).to.be.accessible();
  });

  describe('checking again while the platform processes a shipment', () => {
    const order = makeOrder({ id: 'o-poll' });
    const processingShipment = (documents = 0): Shipment =>
      makeShipment({
        id: 's-poll',
        status: 'processing',
        documents: Array.from({ length: documents }, (_, index) =>
          makeDocument({ id: `d-${index}`, name: `Label ${index}.pdf` }),
        ),
      });

    /** A list whose one shipment stays processing; `answer` may change what listShipments says. */
    async function polled(
      pollInterval: number,
      answer: (call: number) => Promise<readonly Shipment[]> = async () => [processingShipment()],
    ) {
      const clock = new ManualClock();
      let calls = 0;
      const api = createStubAdapter({ getOrder: async () => order, listShipments: () => answer((calls += 1)) });
      const el = await mount(api, 'o-poll', pollInterval, clock);
      await waitUntil(() => $(el, '[part~="shipment"]'), 'list loaded', { timeout: 5000 });
      return { el, clock, calls: () => calls };
    }

    it('checks no more often than every 2 s, even with poll-interval="0", and backs off while nothing changes, up to a minute', async () => {
      const { clock, calls } = await polled(0);
      expect(calls()).to.equal(1);
      await clock.advance(MIN_POLL_INTERVAL_MS - 1);
      expect(calls(), 'not before 2 s').to.equal(1);
      await clock.advance(1);
      expect(calls()).to.equal(2);
      await clock.advance(2 * MIN_POLL_INTERVAL_MS - 1);
      expect(calls(), 'nothing changed: 4 s').to.equal(2);
      await clock.advance(1);
      expect(calls()).to.equal(3);
      // From 6 s to 606 s: checks at 14, 30 and 62 s (8, 16 and 32 s apart), then a minute apart: 122, 182, … 602 s.
      await clock.advance(10 * 60_000);
      expect(MAX_POLL_INTERVAL_MS).to.equal(60_000);
      expect(calls()).to.equal(3 + 3 + 9);
    });

    it('goes back to the interval asked for after a change', async () => {
      const { clock, calls } = await polled(5_000, async (call) => [processingShipment(call >= 3 ? 1 : 0)]);
      await clock.advance(5_000);
      await clock.advance(10_000);
      expect(calls(), '5 s, then 10 s while nothing changes').to.equal(3);
      await clock.advance(5_000);
      expect(calls(), 'the third answer changed: 5 s again').to.equal(4);
    });

    it('backs off while checks fail, shows the error, and shows the list again once a check succeeds', async () => {
      const { el, clock, calls } = await polled(0, async (call) => {
        if (call >= 2 && call <= 4) throw new SupplierApiError('network', 'offline');
        return [processingShipment(call >= 5 ? 1 : 0)];
      });
      await clock.advance(2_000);
      await waitUntil(() => $(el, '[role=alert]'), 'the failed check is shown');
      await clock.advance(4_000 - 1);
      expect(calls(), 'a failure doubles the interval').to.equal(2);
      await clock.advance(1);
      expect(calls()).to.equal(3);
      await clock.advance(8_000);
      expect(calls()).to.equal(4);
      await clock.advance(16_000);
      expect(calls()).to.equal(5);
      await waitUntil(() => $(el, '[part~="shipment"]') && !$(el, '[role=alert]'), 'the list again');
    });

    it('stops when disconnected and goes on when connected again', async () => {
      const { el, clock, calls } = await polled(0);
      const parent = el.parentElement!;
      el.remove();
      await clock.advance(10 * 60_000);
      expect(calls()).to.equal(1);
      expect(clock.pending, 'no timer left').to.equal(0);
      parent.append(el);
      await clock.advance(MIN_POLL_INTERVAL_MS);
      expect(calls()).to.equal(2);
    });

    it('checks nothing while the element is not rendered or the page is hidden, and once at once when the page shows again', async () => {
      const { el, clock, calls } = await polled(0);
      el.style.display = 'none';
      await clock.advance(10 * 60_000);
      expect(calls(), 'display: none').to.equal(1);
      el.style.display = '';
      await clock.advance(MIN_POLL_INTERVAL_MS);
      expect(calls()).to.equal(2);

      const visibility = (state: DocumentVisibilityState) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
        document.dispatchEvent(new Event('visibilitychange'));
      };
      try {
        visibility('hidden');
        expect(clock.pending, 'the timer is dropped at once').to.equal(0);
        await clock.advance(10 * 60_000);
        expect(calls(), 'page hidden').to.equal(2);
        expect(clock.pending).to.equal(0);
        visibility('visible');
        await clock.advance(0);
        expect(calls(), 'the page is back: a check at once').to.equal(3);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      expect(document.visibilityState).to.equal('visible');
    });
  });

  describe('a long list: 3,000 shipments', function () {
    // axe over a page of 20 cards takes a while on a busy machine.
    this.timeout(30_000);
    const order = makeOrder({ id: 'o-many' });
    const shipments = Array.from({ length: 3_000 }, (_, index) =>
      makeShipment({
        id: `s-${index}`,
        number: `SH-${index}`,
        items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
      }),
    );
    const tracking: Tracking = { status: 'in-transit', url: null, events: [] };

    /** An adapter whose tracking answers only when the test says so; it records which shipments were asked and how many at once. */
    function manyShipments() {
      const asked: string[] = [];
      const waiting: (() => void)[] = [];
      let running = 0;
      let mostAtOnce = 0;
      const api = createStubAdapter({
        getOrder: async () => order,
        listShipments: async () => shipments,
        getTracking: (_orderId, shipmentId, options) => {
          asked.push(shipmentId);
          running += 1;
          mostAtOnce = Math.max(mostAtOnce, running);
          return new Promise<Tracking>((resolve, reject) => {
            pending(options?.signal).catch(reject);
            waiting.push(() => {
              running -= 1;
              resolve(tracking);
            });
          });
        },
      });
      const answerAll = () => waiting.splice(0).forEach((answer) => answer());
      return { api, asked, answerAll, mostAtOnce: () => mostAtOnce };
    }

    /** Answers the tracking asked for until nothing more is asked. */
    async function answerUntilQuiet(adapter: ReturnType<typeof manyShipments>, el: ShipmentList) {
      for (let round = 0; round < 50; round += 1) {
        const before = adapter.asked.length;
        adapter.answerAll();
        await el.updateComplete;
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        if (adapter.asked.length === before && !$(el, '[part~="logistics"] [aria-busy="true"]')) return;
      }
      throw new Error('tracking requests never stop');
    }

    it('shows a page of cards at once and asks tracking only for the cards in view, three at a time', async () => {
      const adapter = manyShipments();
      const el = await mount(adapter.api, 'o-many');
      await waitUntil(() => $(el, '[part~="shipment"]'), 'cards', { timeout: 5000 });
      expect($$(el, '[part~="shipment"]')).to.have.length(SHIPMENTS_PAGE_SIZE);
      expect(text($(el, '[part~="more"] [role="status"]'))).to.equal(
        `Showing shipments 1–${SHIPMENTS_PAGE_SIZE} of 3,000`,
      );
      await waitUntil(() => adapter.asked.length > 0, 'the cards in view ask for their tracking');
      expect(adapter.asked.length, 'three at a time').to.be.at.most(3);
      await answerUntilQuiet(adapter, el);
      expect(adapter.mostAtOnce()).to.be.at.most(3);
      const inView = $$(el, '[part~="shipment"]').filter(
        (card) => card.getBoundingClientRect().top < innerHeight + 200,
      ).length;
      expect(adapter.asked.length, 'only the cards in or near view').to.equal(inView);
      expect(adapter.asked.length).to.be.below(SHIPMENTS_PAGE_SIZE);
      const last = $$(el, '[part~="shipment"]').at(-1)!;
      expect(last.querySelector('[part~="show-tracking-button"]'), 'a card out of view offers it').to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('asks for more as more cards are shown and come into view, or on "Show tracking"', async () => {
      const adapter = manyShipments();
      const el = await mount(adapter.api, 'o-many');
      await waitUntil(() => adapter.asked.length > 0, 'first tracking asked', { timeout: 5000 });
      await answerUntilQuiet(adapter, el);
      const first = adapter.asked.length;

      const last = () => $$(el, '[part~="shipment"]').at(-1)!;
      last().querySelector<HTMLButtonElement>('[part~="show-tracking-button"]')!.click();
      await waitUntil(() => adapter.asked.includes(`s-${SHIPMENTS_PAGE_SIZE - 1}`), '"Show tracking" asks for it');
      await answerUntilQuiet(adapter, el);

      const buttons = $$<HTMLButtonElement>(el, '[part~="show-tracking-button"]');
      expect(buttons.length).to.be.greaterThan(5);
      const before = adapter.asked.length;
      for (const button of buttons) button.click();
      await el.updateComplete;
      expect(adapter.asked.length - before, 'three at a time').to.equal(3);
      await answerUntilQuiet(adapter, el);
      expect(adapter.asked.length - before, 'then the rest').to.equal(buttons.length);
      expect(adapter.mostAtOnce()).to.equal(3);

      const more = $<HTMLButtonElement>(el, '[part~="more-button"]')!;
      more.focus();
      more.click();
      await el.updateComplete;
      expect($$(el, '[part~="shipment"]')).to.have.length(2 * SHIPMENTS_PAGE_SIZE);
      expect(text($(el, '[part~="more"] [role="status"]'))).to.equal(
        `Showing shipments 1–${2 * SHIPMENTS_PAGE_SIZE} of 3,000`,
      );
      expect(root(el).activeElement?.id, 'focus on the first card added').to.equal(
        `shipment-card-s-${SHIPMENTS_PAGE_SIZE}`,
      );
      last().scrollIntoView();
      await waitUntil(
        () => adapter.asked.includes(`s-${2 * SHIPMENTS_PAGE_SIZE - 1}`),
        'the card scrolled into view asks',
      );
      await answerUntilQuiet(adapter, el);
      expect(adapter.asked.length).to.be.greaterThan(first + 1);
      expect(adapter.asked.length, 'never more than the cards shown').to.be.at.most(2 * SHIPMENTS_PAGE_SIZE);
      expect(new Set(adapter.asked).size, 'each once').to.equal(adapter.asked.length);
    });

    it('shows the page of the shipment a link names, however far down the list, with "Show earlier"', async () => {
      const adapter = manyShipments();
      const wrapper = await fixture<HTMLElement>(
        html`<supplier-provider .adapter=${adapter.api}
          ><shipment-list order-id="o-many" shipment-id="s-2505"></shipment-list
        ></supplier-provider>`,
      );
      const el = wrapper.querySelector('shipment-list')!;
      await waitUntil(() => root(el).activeElement?.id === 'shipment-card-s-2505', 'the shipment is focused', {
        timeout: 5000,
      });
      const start = 2505 - (2505 % SHIPMENTS_PAGE_SIZE);
      const ids = () => $$(el, '[part~="shipment"]').map((card) => card.dataset['shipmentId']);
      expect(ids()).to.deep.equal(Array.from({ length: SHIPMENTS_PAGE_SIZE }, (_, index) => `s-${start + index}`));
      expect(text($(el, '[part~="more"] [role="status"]'))).to.equal(
        `Showing shipments ${(start + 1).toLocaleString('en')}–${(start + SHIPMENTS_PAGE_SIZE).toLocaleString('en')} of 3,000`,
      );
      $<HTMLButtonElement>(el, '[part~="earlier-button"]')!.click();
      await el.updateComplete;
      expect(ids()[0]).to.equal(`s-${start - SHIPMENTS_PAGE_SIZE}`);
      expect(ids()).to.have.length(2 * SHIPMENTS_PAGE_SIZE);
      expect(root(el).activeElement?.id, 'focus on the first card added').to.equal(
        `shipment-card-s-${start - SHIPMENTS_PAGE_SIZE}`,
      );
      // Requests already made are answered meanwhile: at most three run at once, and a card waits for its turn.
      await waitUntil(
        () => (adapter.answerAll(), adapter.asked.includes(`s-${start - SHIPMENTS_PAGE_SIZE}`)),
        'the card now in view asks for its tracking',
      );
      await expect(el).to.be.accessible();
    });

    it('asks for the tracking of the shipment a card in view shows now, when the cards shown change', async () => {
      const adapter = manyShipments();
      const first = 2_500;
      const wrapper = await fixture<HTMLElement>(
        html`<supplier-provider .adapter=${adapter.api}
          ><shipment-list order-id="o-many" shipment-id=${`s-${first}`}></shipment-list
        ></supplier-provider>`,
      );
      const el = wrapper.querySelector('shipment-list')!;
      await waitUntil(() => adapter.asked.includes(`s-${first}`), 'the linked card, in view, asks', { timeout: 5000 });
      const card = $(el, '[part~="shipment"]')!;
      $<HTMLButtonElement>(el, '[part~="earlier-button"]')!.click();
      await el.updateComplete;
      expect(card.dataset['shipmentId'], 'the same card shows the first shipment added').to.equal(
        `s-${first - SHIPMENTS_PAGE_SIZE}`,
      );
      await waitUntil(
        () => (adapter.answerAll(), adapter.asked.includes(`s-${first - SHIPMENTS_PAGE_SIZE}`)),
        'and asks for its tracking',
      );
    });
  });

  it('shows logistic info: tracking status, a link to the carrier page and a timeline of events', async () => {
    const [shipment] = await memory.listShipments(DAP_SHIPPED);
    const tracking = await memory.getTracking(DAP_SHIPPED, shipment!.id);
    expect(tracking.events.length, 'seeded tracking has events').to.be.greaterThan(1);
    const el = await mount(memory, DAP_SHIPPED);
    await waitUntil(() => $(el, '[part~="timeline"]'), 'timeline', { timeout: 5000 });
    const timeline = $(el, 'ol[part~="timeline"]')!;
    const items = timeline.querySelectorAll('li');
    expect(items.length).to.equal(tracking.events.length);
    expect(text(items[0]!)).to.include(tracking.events[0]!.description);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(tracking.events[0]!.at);
    const link = $<HTMLAnchorElement>(el, 'a[part~="tracking-link"]')!;
    expect(link.href).to.equal(tracking.url);
    expect(text($(el, '[part~="entered"]'))).to.include('Arranged by you');
    await expect(el).to.be.accessible();
  });

  it('never renders an unsafe javascript: link and shows hostile text as text', async () => {
    const order = makeOrder({ id: 'o-x' });
    const shipment = makeShipment({
      id: 's-x',
      items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
      delivery: {
        arrangedBy: 'supplier',
        carrierId: 'dhl',
        trackingNumbers: ['1234567890'],
        expectedShipDate: '2026-11-25',
      },
      documents: [makeDocument({ name: 'Label.pdf' })],
    });
    const hostile: Tracking = {
      status: 'in-transit',
      url: 'javascript:alert(1)',
      events: [
        {
          at: '2026-11-25T10:00:00Z',
          status: 'in-transit',
          description: '<img src=x onerror=alert(1)>',
          location: null,
        },
      ],
    };
    const api = createStubAdapter({
      getOrder: async () => order,
      listShipments: async () => [shipment],
      listCarriers: async () => [{ id: 'dhl', name: 'DHL', trackingUrlTemplate: null }],
      getTracking: async () => hostile,
    });
    const el = await mount(api, 'o-x');
    await waitUntil(() => $(el, '[part~="shipment"]') && !$(el, '[part~="logistics"] [aria-busy]'), 'loaded', {
      timeout: 5000,
    });
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.some((href) => href.trim().toLowerCase().startsWith('javascript:'))).to.equal(false);
    expect($(el, 'img')).to.equal(null);
    expect($$(el, 'a[download]')).to.have.length(1);
  });

  it('"Print all" emits print-documents with the documents and opens each one', async () => {
    const order = makeOrder({ id: 'o-p' });
    const documents = [makeDocument({ name: 'Label 1.pdf' }), makeDocument({ name: 'Packing slip.pdf' })];
    const shipment = makeShipment({
      id: 's-p',
      number: 'SH-P',
      items: [{ positionId: order.positions[0]!.id, quantity: 2 }],
      documents,
    });
    const api = createStubAdapter({
      getOrder: async () => order,
      listShipments: async () => [shipment],
      getTracking: async () => ({ status: 'unknown', url: null, events: [] }),
    });
    const el = await mount(api, 'o-p');
    await waitUntil(() => $(el, '[part~="print-button"]'), 'loaded', { timeout: 5000 });
    const opened: string[] = [];
    const originalOpen = window.open;
    window.open = ((url?: string | URL) => (opened.push(String(url)), null)) as typeof window.open;
    try {
      const event = oneEvent(el, 'print-documents') as Promise<PrintDocumentsEvent>;
      $<HTMLButtonElement>(el, '[part~="print-button"]')!.click();
      const { detail } = await event;
      expect(detail.documents.map((document) => document.name)).to.deep.equal(['Label 1.pdf', 'Packing slip.pdf']);
      expect(opened).to.deep.equal(documents.map((document) => document.url));
      await el.updateComplete;
      expect(text($(el, '[role=alert]'))).to.include('blocked opening some documents');
    } finally {
      window.open = originalOpen;
    }
  });

  it('shows "No shipments yet" when there are none', async () => {
    const api = createStubAdapter({ getOrder: async () => makeOrder({ id: 'o-e' }), listShipments: async () => [] });
    const el = await mount(api, 'o-e');
    await waitUntil(() => $(el, '[part~="empty"]'), 'empty', { timeout: 5000 });
    expect(text($(el, '[part~="empty"]'))).to.include('No shipments yet');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry, and reload() loads again', async () => {
    let fail = true;
    const order = makeOrder({ id: 'o-r' });
    const api = createStubAdapter({
      getOrder: async () => order,
      listShipments: async () => {
        if (fail) throw new SupplierApiError('network', 'offline');
        return [];
      },
    });
    const el = await mount(api, 'o-r');
    await waitUntil(() => $(el, '[role=alert]'), 'error', { timeout: 5000 });
    expect(text($(el, '[role=alert]'))).to.include('No connection to the server');
    fail = false;
    await el.reload();
    await waitUntil(() => $(el, '[part~="empty"]'), 'loaded after reload');
  });

  describe('several tracking numbers', () => {
    const UPS = '1Z5R89390357567127';
    const order = makeOrder({ id: 'o-t' });
    const supplierShipment = (id: string, carrierId: string, trackingNumbers: readonly string[]) =>
      makeShipment({
        id,
        number: `SH-${id}`,
        status: 'ready',
        items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
        delivery: { arrangedBy: 'supplier', carrierId, trackingNumbers, expectedShipDate: '2026-11-25' },
      });
    const carriers = [
      { id: 'dpd', name: 'DPD', trackingUrlTemplate: 'https://tracking.example/parcel/{number}' },
      { id: 'other', name: 'Other', trackingUrlTemplate: null },
    ];
    const stub = (shipments: readonly ReturnType<typeof supplierShipment>[], carrierList: unknown = carriers) =>
      createStubAdapter({
        getOrder: async () => order,
        listShipments: async () => shipments,
        listCarriers: async () => carrierList as typeof carriers,
        getTracking: async () => ({ status: 'unknown', url: null, events: [] }),
      });
    const numbersOf = (el: Element) =>
      $$(el, '[part~="tracking-number"]').map((item) => text(item.querySelector('.tracking-number')));
    const linksOf = (el: Element) => $$<HTMLAnchorElement>(el, 'a[part~="number-tracking-link"]');

    it("lists every number, each with the carrier's tracking page from its template", async () => {
      const el = await mount(stub([supplierShipment('a', 'dpd', ['01234567890123', '0999 8887'])]), 'o-t');
      await waitUntil(() => $(el, '[part~="tracking-numbers"]'), 'loaded', { timeout: 5000 });
      expect(numbersOf(el)).to.deep.equal(['01234567890123', '0999 8887']);
      expect(linksOf(el).map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://tracking.example/parcel/01234567890123',
        'https://tracking.example/parcel/0999%208887',
      ]);
      expect(text($(el, '[part~="entered"] dl'))).to.include('Tracking numbers');
      expect(text(linksOf(el)[1]!)).to.include('number 0999 8887 on the carrier’s website');
      expect(linksOf(el)[0]!.rel).to.include('noopener');
      await expect(el).to.be.accessible();
    });

    it("links a recognised number through the library's page when the carrier has no template, and leaves others unlinked", async () => {
      const el = await mount(stub([supplierShipment('b', 'other', [UPS, 'ABC-1'])]), 'o-t');
      await waitUntil(() => $(el, '[part~="tracking-numbers"]'), 'loaded', { timeout: 5000 });
      expect(numbersOf(el)).to.deep.equal([UPS, 'ABC-1']);
      const links = linksOf(el);
      expect(links).to.have.length(1);
      expect(links[0]!.getAttribute('href')).to.equal(
        `https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=${UPS}`,
      );
      expect(links[0]!.closest('li')!.textContent).to.include(UPS);
    });

    it('never links an unsafe carrier template: the numbers show as text', async () => {
      const hostile = [{ id: 'dpd', name: 'DPD', trackingUrlTemplate: 'javascript:alert("{number}")' }];
      const el = await mount(stub([supplierShipment('c', 'dpd', ['01234567890123'])], hostile), 'o-t');
      await waitUntil(() => $(el, '[part~="tracking-numbers"]'), 'loaded', { timeout: 5000 });
      expect(numbersOf(el)).to.deep.equal(['01234567890123']);
      expect(linksOf(el)).to.have.length(0);
      expect(
        $$<HTMLAnchorElement>(el, 'a').some((link) =>
          (link.getAttribute('href') ?? '').toLowerCase().includes('javascript'),
        ),
      ).to.equal(false);
    });

    it('says "not given" when a supplier-arranged shipment has no number', async () => {
      const el = await mount(stub([supplierShipment('d', 'dpd', [])]), 'o-t');
      await waitUntil(() => $(el, '[part~="entered"]'), 'loaded', { timeout: 5000 });
      expect(text($(el, '[part~="entered"] dl'))).to.include('Tracking number not given');
    });
  });

  describe('shipment-id (deep link to a shipment)', () => {
    const order = makeOrder({ id: 'o-d' });
    const shipments = ['1', '2', '3', '4', '5', '6'].map((n) =>
      makeShipment({ id: `s-${n}`, number: `SH-${n}`, items: [{ positionId: order.positions[0]!.id, quantity: 1 }] }),
    );
    const api = () =>
      createStubAdapter({
        getOrder: async () => order,
        listShipments: async () => shipments,
        getTracking: async () => ({ status: 'unknown', url: null, events: [] }),
      });

    it('scrolls the named shipment into view, highlights it and focuses it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="height: 300px; overflow: auto">
          <supplier-provider .adapter=${api()}
            ><shipment-list order-id="o-d" shipment-id="s-5"></shipment-list
          ></supplier-provider>
        </div>`,
      );
      const el = wrapper.querySelector('shipment-list')!;
      await waitUntil(() => root(el).activeElement?.id === 'shipment-card-s-5', 'the shipment is focused', {
        timeout: 5000,
      });
      const card = $(el, '#shipment-card-s-5')!;
      expect(card.getAttribute('part')).to.include('shipment-highlighted');
      expect(card.getAttribute('aria-current')).to.equal('true');
      expect($$(el, '[part~="shipment-highlighted"]')).to.have.length(1);
      expect(wrapper.scrollTop, 'scrolled down to it').to.be.greaterThan(0);
      const box = card.getBoundingClientRect();
      const frame = wrapper.getBoundingClientRect();
      expect(box.top).to.be.at.least(frame.top - 1);
      expect(box.top).to.be.below(frame.bottom);
      expect(getComputedStyle(card).outlineStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    });

    it('says clearly when the order has no such shipment, and still lists the others', async () => {
      const el = await mount(api(), 'o-d');
      el.shipmentId = 's-404';
      await waitUntil(() => $(el, '[part~="shipment-not-found"]'), 'message', { timeout: 5000 });
      await el.updateComplete;
      const notice = $(el, '[part~="shipment-not-found"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(text(notice)).to.include('This shipment was not found in this order.');
      expect(root(el).activeElement).to.equal(notice);
      expect($$(el, '[part~="shipment"]')).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('says so too when the order has no shipments at all, instead of a blank', async () => {
      const el = await mount(createStubAdapter({ getOrder: async () => order, listShipments: async () => [] }), 'o-d');
      el.shipmentId = 's-1';
      await waitUntil(() => $(el, '[part~="shipment-not-found"]'), 'message', { timeout: 5000 });
      expect(text($(el, '[part~="shipment-not-found"]'))).to.include('This order has no shipments yet.');
    });
  });
});
