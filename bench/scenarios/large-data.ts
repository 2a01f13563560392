/**
 * Large but plausible data: one order of 10,000 positions (the contract's limit, test/helpers/large-order.ts) given to
 * each element through a stub adapter. Per case: the time from the supplier's action (appending the element, a click,
 * a typed value) until the element shows a clear state (`clear`), and the longest main-thread task from that action
 * until the page has been quiet for a while after it (`longest`, from `longtask` entries, so 0 means none over 50 ms).
 */
import { configure } from '../../src/configure.js';
import type { Order } from '../../src/domain/types.js';
import { LARGE_COUNT, largeOrderAdapter, makeLargeOrder } from '../../test/helpers/large-order.js';
import {
  afterNextPaint,
  clearMarks,
  frames,
  longTasksBetween,
  settleObservers,
  stage,
  startInterval,
  waitForDom,
} from '../measure.js';
import { figure, type Figure } from '../stats.js';

export interface LargeDataFigures {
  readonly clear: Figure;
  readonly longest: Figure;
  /** From a trace of each sample (when tools/bench-large-data.mjs offers one): the longest task's CPU time, and the main thread's CPU time until clear. */
  readonly longestCpu?: Figure;
  readonly clearCpu?: Figure;
  /** Elements rendered for rows (table rows or list items) in the element's shadow root once clear. */
  readonly rows: Figure;
}

interface Step {
  /** The element the case measures (appended before `act` unless `act` appends it). */
  readonly element: HTMLElement;
  /** The supplier's action. */
  readonly act: () => void;
  /** The clear state after it. */
  readonly ready: () => boolean;
}

type Case = (order: Order) => Promise<Step>;

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const rowCount = (element: Element) => shadow(element).querySelectorAll('tr, li').length;

/** Waits until `ready` holds (no time taken: setting the scene). */
async function until(element: Element, ready: () => boolean, label: string): Promise<void> {
  await waitForDom(shadow(element), ready, label, 120_000);
  await afterNextPaint();
}

/**
 * Long tasks that ended after `from`: the action itself runs inside a task that started a moment before it (the one
 * that resumed the scenario), so a task's start alone would leave out the very task the action made long.
 */
const tasksSince = (from: number) =>
  longTasksBetween(0, performance.now()).filter((task) => task.start + task.duration >= from);

/** Quiet: no long task started during the last `quietMs` (at most `maxMs` of waiting). */
async function quiet(from: number, quietMs = 500, maxMs = 10_000): Promise<void> {
  const end = performance.now() + maxMs;
  for (;;) {
    await settleObservers();
    const tasks = tasksSince(from);
    const last = tasks.reduce((at, task) => Math.max(at, task.start + task.duration), from);
    if (performance.now() - last >= quietMs || performance.now() > end) return;
    await frames(1);
  }
}

function mount(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const appendCase =
  (
    tag: string,
    attributes: (order: Order) => Record<string, string>,
    ready: (root: ShadowRoot, order: Order) => boolean,
  ): Case =>
  async (order) => {
    const element = mount(tag, attributes(order));
    return { element, act: () => stage().append(element), ready: () => ready(shadow(element), order) };
  };

/** `<production-confirmation>`: "Answer per line" clicked → the form's heading has focus. */
const answerPerLine: Case = async (order) => {
  const element = mount('production-confirmation', { 'order-id': order.id, 'poll-interval': '0' });
  stage().append(element);
  const button = () => shadow(element).querySelector<HTMLButtonElement>('[part~="lines-button"]');
  await until(element, () => button() !== null, '"Answer per line"');
  return { element, act: () => button()!.click(), ready: () => shadow(element).activeElement?.id === 'lines-title' };
};

/** `<production-confirmation>` form open: choosing "Accept" for the first line → its summary counts it. */
const chooseAnswer: Case = async (order) => {
  const { element, act, ready } = await answerPerLine(order);
  act();
  await until(element, ready, 'the form');
  const summary = () => shadow(element).querySelector('[part~="lines-summary"]')?.textContent ?? '';
  const before = summary();
  const radio = shadow(element).querySelector<HTMLInputElement>('input[type="radio"][value="accept"]')!;
  return { element, act: () => radio.click(), ready: () => summary() !== before };
};

/** `<shipping-wizard>` appended → the parts step with its quantity fields. */
const wizardParts = appendCase(
  'shipping-wizard',
  (order) => ({ 'order-id': order.id }),
  (root) => root.querySelector('#step-heading') !== null && root.querySelector('[part~="position"] input') !== null,
);

/** `<shipping-wizard>` parts step: a quantity typed → the wizard rendered it (its field state after the next update). */
function typed(element: HTMLElement, input: () => HTMLInputElement, value: string): Step {
  let done = false;
  return {
    element,
    act: () => {
      const field = input();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      void (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
        done = true;
      });
    },
    ready: () => done,
  };
}

const wizardType: Case = async (order) => {
  const { element, act, ready } = await wizardParts(order);
  act();
  await until(element, ready, 'the parts step');
  return typed(element, () => shadow(element).querySelector<HTMLInputElement>('[part~="position"] input')!, '0');
};

/** `<invoice-form>` appended (no draft) → the positions step with its quantity fields. */
const invoicePositions = appendCase(
  'invoice-form',
  (order) => ({ 'order-id': order.id }),
  (root) => root.querySelector('input.qty, [part~="position-quantity"]') !== null,
);

const invoiceType: Case = async (order) => {
  const { element, act, ready } = await invoicePositions(order);
  act();
  await until(element, ready, 'the positions step');
  return typed(
    element,
    () => shadow(element).querySelector<HTMLInputElement>('input.qty, [part~="position-quantity"]')!,
    '0',
  );
};

/** `<invoice-form>` appended with a draft on the Review step (every position invoiced) → the gross total shown. */
const invoiceReview: Case = async (order) => {
  const quantities = Object.fromEntries(order.positions.map((position) => [position.id, position.quantity]));
  const draft = {
    step: 2,
    quantities,
    number: 'RE-LARGE-1',
    invoiceDate: '2026-11-22',
    paymentDate: '2026-12-22',
    documentId: null,
    documentName: null,
    idempotencyKey: 'bench-large',
  };
  localStorage.setItem(
    `supplier-flow:draft:invoice:${order.id}`,
    JSON.stringify({ version: 1, savedAt: Date.now(), value: draft }),
  );
  return appendCase(
    'invoice-form',
    () => ({ 'order-id': order.id }),
    (root) => root.querySelector('[data-total="gross"]') !== null,
  )(order);
};

/** `<shipment-list>` appended → the shipment's card with its parts. */
const shipmentList = appendCase(
  'shipment-list',
  (order) => ({ 'order-id': order.id, 'poll-interval': '0' }),
  (root) => root.querySelector('[part~="entered"] li') !== null,
);

/** `<order-details>` appended → its header and positions table. */
const orderDetails = appendCase(
  'order-details',
  (order) => ({ 'order-id': order.id }),
  (root, order) =>
    (root.querySelector('h2')?.textContent?.includes(order.number) ?? false) &&
    root.querySelector('[part~="positions"] tbody tr') !== null,
);

export const LARGE_DATA_CASES = {
  'production-confirmation-open': {
    state: 'unconfirmed',
    run: answerPerLine,
    scenario: '<production-confirmation>: "Answer per line" → form heading focused',
  },
  'production-confirmation-answer': {
    state: 'unconfirmed',
    run: chooseAnswer,
    scenario: '<production-confirmation>: choose an answer in line 1 → summary updated',
  },
  'shipping-wizard-parts': {
    state: 'confirmed',
    run: wizardParts,
    scenario: '<shipping-wizard>: append → parts step with quantity fields',
  },
  'shipping-wizard-type': {
    state: 'confirmed',
    run: wizardType,
    scenario: '<shipping-wizard>: type a quantity → rendered',
  },
  'invoice-form-positions': {
    state: 'shipped',
    run: invoicePositions,
    scenario: '<invoice-form>: append → positions step with quantity fields',
  },
  'invoice-form-type': { state: 'shipped', run: invoiceType, scenario: '<invoice-form>: type a quantity → rendered' },
  'invoice-form-review': {
    state: 'shipped',
    run: invoiceReview,
    scenario: '<invoice-form>: append on Review → totals shown',
  },
  'shipment-list': {
    state: 'shipped',
    run: shipmentList,
    scenario: '<shipment-list>: append (one shipment of 10,000 items) → card with parts',
  },
  'order-details': {
    state: 'confirmed',
    run: orderDetails,
    scenario: '<order-details>: append → header and positions table',
  },
} as const satisfies Record<string, { state: 'unconfirmed' | 'confirmed' | 'shipped'; run: Case; scenario: string }>;

export type LargeDataCase = keyof typeof LARGE_DATA_CASES;

const orders = new Map<string, Order>();

interface TracedFigures {
  readonly longestWallMs: number;
  readonly longestCpuMs: number;
  readonly clearCpuMs: number | null;
}

/** Chromium tracing, offered by tools/bench-large-data.mjs: `start` before the action, `stop` with the measure's name after it. */
const trace = (what: 'start' | 'stop', measure?: string): Promise<TracedFigures | null> | undefined =>
  (
    globalThis as { benchTrace?: (what: 'start' | 'stop', measure?: string) => Promise<TracedFigures | null> }
  ).benchTrace?.(what, measure);

/** One case, `samples` times, each on a freshly mounted element (drafts cleared first). */
export async function largeData({
  name,
  samples,
}: {
  name: LargeDataCase;
  samples: number;
}): Promise<LargeDataFigures> {
  const spec = LARGE_DATA_CASES[name];
  let order = orders.get(spec.state);
  if (!order) {
    order = makeLargeOrder(spec.state, LARGE_COUNT);
    orders.set(spec.state, order);
  }
  configure({ adapter: largeOrderAdapter(order) });
  const clear: number[] = [];
  const longest: number[] = [];
  const rows: number[] = [];
  const longestCpu: number[] = [];
  const clearCpu: number[] = [];
  for (let run = 0; run < samples; run++) {
    localStorage.clear();
    const step = await spec.run(order);
    await afterNextPaint();
    await quiet(performance.now());
    await trace('start');
    const measure = `large-${name}-${run}`;
    const interval = startInterval(measure);
    step.act();
    const at = await waitForDom(shadow(step.element), step.ready, name, 120_000);
    clear.push(interval.to(at));
    rows.push(rowCount(step.element));
    await quiet(interval.start);
    await settleObservers();
    longest.push(tasksSince(interval.start).reduce((max, task) => Math.max(max, task.duration), 0));
    const traced = await trace('stop', measure);
    if (traced) {
      longestCpu.push(traced.longestCpuMs);
      if (traced.clearCpuMs !== null) clearCpu.push(traced.clearCpuMs);
    }
    step.element.remove();
    await afterNextPaint();
  }
  localStorage.clear();
  clearMarks();
  return {
    clear: figure(clear, 'ms'),
    longest: figure(longest, 'ms'),
    rows: figure(rows, 'rows'),
    ...(longestCpu.length ? { longestCpu: figure(longestCpu, 'ms') } : {}),
    ...(clearCpu.length ? { clearCpu: figure(clearCpu, 'ms') } : {}),
  };
}

/** The cases, in order, with what each measures. */
export const largeDataCases = (): { key: LargeDataCase; scenario: string }[] =>
  (Object.keys(LARGE_DATA_CASES) as LargeDataCase[]).map((key) => ({ key, scenario: LARGE_DATA_CASES[key].scenario }));
