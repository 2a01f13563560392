/**
 * The page of bench/loops.mjs: hostile-adapter loops and big shipment lists, each run in real time in the page with a
 * long-task PerformanceObserver. Exposed on `window.loops` for page.evaluate. Only the public element API is used,
 * so the same page measures the code before and after a change.
 */
import '../src/define.js';
import { parseResponse } from '../src/api/parse-response.js';
import type { OrderPage, OrderQuery } from '../src/api/port.js';
import { RESPONSE_SCHEMAS } from '../src/api/schemas/responses.js';
import type { OrderSummary, Shipment, Tracking } from '../src/domain/types.js';
import { makeOrder, makeShipment } from '../src/testing/fixtures.js';
import { createStubAdapter } from '../src/testing/stub-adapter.js';

interface Observed {
  /** The longest main-thread task seen (ms), 0 when none was over 50 ms. */
  readonly longestTaskMs: number;
  readonly longTasks: number;
}

function observeLongTasks(): () => Observed {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) =>
    durations.push(...list.getEntries().map((entry) => entry.duration)),
  );
  observer.observe({ type: 'longtask', buffered: false });
  return () => {
    durations.push(...observer.takeRecords().map((entry) => entry.duration));
    observer.disconnect();
    return { longestTaskMs: Math.round(Math.max(0, ...durations)), longTasks: durations.length };
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const stage = () => document.getElementById('stage')!;
const deepText = (root: ParentNode): string =>
  [...root.querySelectorAll('[role="alert"]')].map((node) => node.textContent ?? '').join(' ');

function summary(index: number): OrderSummary {
  return {
    id: `o-${index}`,
    number: `SF-${10_000 + index}`,
    createdAt: '2026-11-01T08:00:00Z',
    leadTime: '2026-12-15',
    timeZone: 'Europe/Berlin',
    partsSummary: 'Drive shaft',
    totalQuantity: 10,
    value: { amountMinor: 125_000, currency: 'EUR' },
    stage: 'production',
    nextAction: 'confirm-order',
  };
}

function mount(markup: (provider: HTMLElement) => HTMLElement, adapter: unknown): HTMLElement {
  stage().replaceChildren();
  const provider = document.createElement('supplier-provider') as HTMLElement & { adapter: unknown };
  provider.adapter = adapter;
  const element = markup(provider);
  provider.append(element);
  stage().append(provider);
  return element;
}

/** `<order-list>` whose adapter answers the same 100 orders and the same `nextCursor` every time; scrolled to the end each frame. */
async function orderListRepeat(seconds: number) {
  let calls = 0;
  const page = (): OrderPage => ({
    items: Array.from({ length: 100 }, (_, index) => summary(index)),
    nextCursor: 'again',
    total: 1_000,
    counts: { all: 1_000, needsAction: 1_000, overdue: 0 },
  });
  const adapter = createStubAdapter({ listOrders: async () => (calls++, page()) });
  const done = observeLongTasks();
  const list = mount(() => document.createElement('order-list'), adapter);
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const scroller = list.shadowRoot?.querySelector<HTMLElement>('.rows');
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
    await nextFrame();
  }
  const alert = deepText(list.shadowRoot!);
  stage().replaceChildren();
  return { calls, error: alert.includes('nextCursor'), ...done() };
}

/** "Export CSV" against a cursor that never ends: fresh ids and a fresh cursor on every page, `total` as given. */
async function exportNeverEnds(seconds: number, total: number, perPage: number) {
  let calls = 0;
  let next = 0;
  const listOrders = async (query: OrderQuery): Promise<OrderPage> => {
    calls += 1;
    const size = query.cursor ? perPage : 10;
    const items = Array.from({ length: size }, () => summary(next++));
    return { items, nextCursor: `c${calls}`, total, counts: { all: total, needsAction: total, overdue: 0 } };
  };
  const adapter = createStubAdapter({ listOrders });
  const list = mount(() => document.createElement('order-list'), adapter);
  while (!list.shadowRoot?.querySelector('.rows [role="row"]')) await nextFrame();
  const button = [...list.shadowRoot.querySelectorAll<HTMLButtonElement>('button')].find(
    (each) => each.textContent?.trim() === 'Export CSV',
  )!;
  const before = calls;
  const done = observeLongTasks();
  const started = performance.now();
  button.click();
  let errorAfterMs: number | null = null;
  const end = started + seconds * 1000;
  while (performance.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (errorAfterMs === null && deepText(list.shadowRoot).includes('nextCursor'))
      errorAfterMs = Math.round(performance.now() - started);
  }
  const result = { calls: calls - before, errorAfterMs, ...done() };
  stage().replaceChildren();
  return result;
}

/** `<shipment-list poll-interval="0">` with one shipment the platform is processing: listShipments calls in `seconds`. */
async function shipmentPoll(seconds: number) {
  const order = makeOrder({ id: 'o-poll' });
  let calls = 0;
  const shipment = makeShipment({ id: 's-poll', status: 'processing' });
  const adapter = createStubAdapter({ getOrder: async () => order, listShipments: async () => (calls++, [shipment]) });
  const done = observeLongTasks();
  mount(() => Object.assign(document.createElement('shipment-list'), { orderId: 'o-poll', pollInterval: 0 }), adapter);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  stage().replaceChildren();
  return { calls, ...done() };
}

function shipmentsOf(count: number) {
  const order = makeOrder({ id: 'o-big' });
  const shipments: Shipment[] = Array.from({ length: count }, (_, index) =>
    makeShipment({
      id: `s-${index}`,
      number: `SH-${index}`,
      items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
    }),
  );
  return { order, shipments };
}

/** The boundary's share of a big list: parsing `count` shipments with the listShipments schema, median of 5 (ms). */
function parseShipments(count: number) {
  const { shipments } = shipmentsOf(count);
  const times = Array.from({ length: 5 }, () => {
    const copy = structuredClone(shipments);
    const started = performance.now();
    parseResponse('listShipments', RESPONSE_SCHEMAS.listShipments!, copy);
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return { count, parseMs: Math.round(times[2]!) };
}

/**
 * `<shipment-list>` with `count` ready shipments, each with tracking that answers at once, watched for `seconds`:
 * when the first card showed, the longest task, cards in the DOM, getTracking calls and cards still loading at the end.
 * The adapter answers `JSON.parse` of its shipments, as a REST adapter's `response.json()` would.
 */
async function bigShipments(count: number, seconds: number) {
  const { order, shipments } = shipmentsOf(count);
  const json = JSON.stringify(shipments);
  const tracking: Tracking = {
    status: 'in-transit',
    url: 'https://carrier.example/t',
    events: [{ at: '2026-11-22T10:00:00Z', status: 'in-transit', description: 'Departed', location: 'Berlin' }],
  };
  let trackingCalls = 0;
  const adapter = createStubAdapter({
    getOrder: async () => order,
    listShipments: async () => JSON.parse(json) as Shipment[],
    getTracking: async () => (trackingCalls++, structuredClone(tracking)),
  });
  await nextFrame();
  const done = observeLongTasks();
  const started = performance.now();
  const list = mount(() => Object.assign(document.createElement('shipment-list'), { orderId: 'o-big' }), adapter);
  let firstCardMs: number | null = null;
  const end = started + seconds * 1000;
  while (performance.now() < end) {
    await nextFrame();
    if (firstCardMs === null && list.shadowRoot?.querySelector('[part~="shipment"]'))
      firstCardMs = Math.round(performance.now() - started);
  }
  const cards = list.shadowRoot?.querySelectorAll('[part~="shipment"]').length ?? 0;
  const stillLoading = list.shadowRoot?.querySelectorAll('[aria-busy="true"]').length ?? 0;
  const result = { count, firstCardMs, cards, trackingCalls, stillLoading, ...done() };
  stage().replaceChildren();
  return result;
}

const loops = { orderListRepeat, exportNeverEnds, shipmentPoll, bigShipments, parseShipments };

declare global {
  interface Window {
    loops: typeof loops;
  }
}

window.loops = loops;
