import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi, WriteOptions } from '../../src/api/port.js';
import { addDays, calendarDateIn } from '../../src/domain/dates.js';
import type { LineAnswer, Order } from '../../src/domain/types.js';
import '../../src/define.js';
import type { OrderDetails } from '../../src/elements/order-details/order-details.js';
import type {
  OrderLinesAcknowledgedEvent,
  OrderLinesAnsweredEvent,
  ProductionConfirmation,
} from '../../src/elements/production-confirmation/production-confirmation.js';
import { accessibleName, deepText, findByRole } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const ORDER = orderIdOf(0); // SF-10001: unconfirmed, one position, lead time in 21 days
const THREE_LINES = orderIdOf(1); // SF-10002: unconfirmed, three positions
const DRAFT_PREFIX = 'supplier-flow:draft:line-answers:';

const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: Element, name: string) => findByRole(root(el), 'button', name) as HTMLButtonElement | null;
const radios = (el: Element, line: number) => [
  ...root(el).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="line-${line}-kind"]`),
];
const field = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) =>
  root(el).querySelector<T>(`#${id}`);
const statusOf = (el: Element, id: string) => text(root(el).querySelector(`#${id}-status`));

async function choose(el: ProductionConfirmation, line: number, kind: string): Promise<void> {
  radios(el, line)
    .find((radio) => radio.value === kind)!
    .click();
  await el.updateComplete;
}

async function type(el: ProductionConfirmation, id: string, value: string): Promise<void> {
  const input = field(el, id)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function pick(el: ProductionConfirmation, id: string, value: string): Promise<void> {
  const select = field<HTMLSelectElement>(el, id)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const mount = (api: SupplierApi, orderId = ORDER, pollInterval = 0): Promise<ProductionConfirmation> =>
  mountInProvider(
    api,
    'production-confirmation',
    html`<production-confirmation order-id=${orderId} poll-interval=${pollInterval}></production-confirmation>`,
    (el) => button(el, 'Answer per line') || root(el).querySelector('[part~="line-results"]'),
  );

async function openLines(el: ProductionConfirmation): Promise<void> {
  button(el, 'Answer per line')!.click();
  await waitUntil(() => root(el).querySelector('[part~="lines-form"]'), 'form open');
  await el.updateComplete;
}

/** The memory adapter, with `acknowledgeOrderLines` replaced and its idempotency keys recorded. */
function intercept(
  memory: MemoryAdapter,
  acknowledge: (orderId: string, answers: readonly LineAnswer[], options: WriteOptions, call: number) => Promise<Order>,
) {
  const keys: string[] = [];
  const api = new Proxy(memory, {
    get(target, property, receiver) {
      if (property === 'acknowledgeOrderLines') {
        return (orderId: string, answers: readonly LineAnswer[], options: WriteOptions) => {
          keys.push(options.idempotencyKey);
          return acknowledge(orderId, answers, options, keys.length);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { api, keys };
}

function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key);
}

describe('<production-confirmation>: answer per line', () => {
  let memory: MemoryAdapter;
  let order: Order;
  beforeEach(async () => {
    clearDrafts();
    memory = createMemoryAdapter({ persist: false, lineResponseDelayMs: 600_000 });
    order = await memory.getOrder(ORDER);
  });
  afterEach(() => {
    memory.close();
    clearDrafts();
  });

  it('keeps Order Confirmation primary and opens the per-position form with focus on its heading', async () => {
    const el = await mount(memory);
    expect(button(el, 'Order Confirmation')!.classList.contains('primary')).to.equal(true);
    const opener = button(el, 'Answer per line')!;
    expect(opener.classList.contains('primary')).to.equal(false);
    await openLines(el);
    expect(opener.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('lines-title');
    const legends = [...root(el).querySelectorAll('fieldset.line legend')].map(text);
    expect(legends).to.have.length(order.positions.length);
    const [first] = order.positions;
    expect(legends[0]).to.equal(`Line 1: ${first!.partName} (${first!.partNumber})`);
    expect(text(root(el).querySelector('#line-0-facts')))
      .to.include(`Ordered: ${first!.quantity.toLocaleString('en')} pieces`)
      .and.include('Lead time:');
    expect(radios(el, 0).map((radio) => radio.value)).to.deep.equal([
      'accept',
      'accept-quantity',
      'propose-date',
      'decline',
    ]);
    expect(
      root(el).querySelector('[part~="lines-form"] input:not([type="radio"]), [part~="lines-form"] select'),
      'no other field before an answer needs one',
    ).to.equal(null);
    expect(text(root(el).querySelector('[part~="lines-summary"]')))
      .to.include(`${order.positions.length} line`)
      .and.include('not answered yet');
  });

  it('shows only the fields each answer needs, labelled', async () => {
    const el = await mount(memory);
    await openLines(el);
    await choose(el, 0, 'accept-quantity');
    expect(text(root(el).querySelector('label[for="line-0-quantity"]'))).to.equal('Quantity you can deliver');
    expect(field(el, 'line-0-quantity')!.max).to.equal(String(order.positions[0]!.quantity - 1));
    await choose(el, 0, 'propose-date');
    expect(field(el, 'line-0-quantity')).to.equal(null);
    expect(text(root(el).querySelector('label[for="line-0-date"]'))).to.equal('Delivery date you propose');
    expect(field(el, 'line-0-date')!.min).to.equal(addDays(calendarDateIn(new Date(), order.timeZone), 1));
    await choose(el, 0, 'decline');
    expect(field(el, 'line-0-date')).to.equal(null);
    expect(text(root(el).querySelector('label[for="line-0-reason"]'))).to.equal('Reason');
    expect([...field<HTMLSelectElement>(el, 'line-0-reason')!.options].map((option) => option.value)).to.deep.equal([
      '',
      'capacity',
      'material-unavailable',
      'price',
      'technical',
      'other',
    ]);
    expect(text(root(el).querySelector('label[for="line-0-note"]'))).to.include('Note');
    await choose(el, 0, 'accept');
    expect(field(el, 'line-0-reason')).to.equal(null);
    expect(text(root(el).querySelector('[part~="lines-summary"]'))).to.include('1 line accepted');
  });

  it('says in words what is wrong per field, focuses the first, and sends nothing', async () => {
    const { api, keys } = intercept(memory, (...args) => memory.acknowledgeOrderLines(args[0], args[1], args[2]));
    const el = await mount(api);
    await openLines(el);
    button(el, 'Send answers')!.click();
    await waitUntil(() => statusOf(el, 'line-0-kind').includes('Choose an answer for this line.'), 'answer required');
    expect(root(el).activeElement).to.equal(radios(el, 0)[0]);
    expect(text(root(el).querySelector('[role="status"]'))).to.match(/fields? needs? your attention/);

    await choose(el, 0, 'accept-quantity');
    await type(el, 'line-0-quantity', String(order.positions[0]!.quantity));
    expect(statusOf(el, 'line-0-quantity')).to.include(
      `must be less than the ${order.positions[0]!.quantity.toLocaleString('en')} pieces ordered`,
    );
    expect(field(el, 'line-0-quantity')!.getAttribute('aria-invalid')).to.equal('true');
    await type(el, 'line-0-quantity', '0');
    expect(statusOf(el, 'line-0-quantity')).to.include('at least 1');

    await choose(el, 0, 'propose-date');
    await type(el, 'line-0-date', calendarDateIn(new Date(), order.timeZone));
    expect(statusOf(el, 'line-0-date')).to.include('The date must be after today');

    await choose(el, 0, 'decline');
    expect(statusOf(el, 'line-0-reason')).to.include('Choose a reason.');
    await pick(el, 'line-0-reason', 'other');
    expect(statusOf(el, 'line-0-note')).to.include('Say in a note why you decline this line.');
    await type(el, 'line-0-note', 'Tooling broken until March');
    expect(statusOf(el, 'line-0-note')).to.equal('');
    expect(keys).to.have.length(0);
  });

  it('moves between answers with the arrow keys, as a radio group does', async () => {
    const el = await mount(memory);
    await openLines(el);
    radios(el, 0)[0]!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(radios(el, 0)[0]!.checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios(el, 0)[1]!.checked).to.equal(true);
    expect(field(el, 'line-0-quantity'), 'the quantity field appears').to.exist;
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(field(el, 'line-0-quantity'));
  });

  it('sends every answer type once, emits order-lines-acknowledged, moves focus to the result and shows the platform’s responses', async function () {
    this.timeout(30_000);
    order = await memory.getOrder(THREE_LINES);
    const el = await mount(memory, THREE_LINES);
    await openLines(el);
    const later = addDays(order.leadTime, 20);
    const [first, second, third] = order.positions as [
      Order['positions'][number],
      Order['positions'][number],
      Order['positions'][number],
    ];
    await choose(el, 0, 'propose-date');
    await type(el, 'line-0-date', later);
    await choose(el, 1, 'accept-quantity');
    await type(el, 'line-1-quantity', String(second.quantity - 1));
    await choose(el, 2, 'decline');
    await pick(el, 'line-2-reason', 'capacity');
    expect(text(root(el).querySelector('[part~="lines-summary"]')))
      .to.include('1 line with a later date')
      .and.include('1 line with a smaller quantity')
      .and.include('1 line declined');
    setTimeout(() => button(el, 'Send answers')!.click());
    const event = (await oneEvent(el, 'order-lines-acknowledged')) as OrderLinesAcknowledgedEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.orderId).to.equal(THREE_LINES);
    expect(event.detail.answers).to.deep.equal([
      { positionId: first.id, kind: 'propose-date', date: later },
      { positionId: second.id, kind: 'accept-quantity', quantity: second.quantity - 1 },
      { positionId: third.id, kind: 'decline', reason: 'capacity', note: null },
    ]);
    await waitUntil(() => root(el).activeElement?.id === 'lines-result-title', 'focus on the result');
    expect(text(root(el).querySelector('[role="status"]'))).to.include(`were sent to the platform`);
    const results = root(el).querySelector('[part~="line-results"]')!;
    expect(results.querySelectorAll('tbody tr')).to.have.length(order.positions.length);
    expect(text(results.querySelector('tbody tr')))
      .to.include('Deliver on')
      .and.include('Pending');
    expect(deepText(root(el))).to.include('has not responded to every line yet');
    expect(root(el).querySelector('[part~="lines-form"]')).to.equal(null);
    expect(localStorage.getItem(`${DRAFT_PREFIX}${THREE_LINES}`), 'the draft is gone once sent').to.equal(null);

    await memory.respondToLineAcknowledgements();
    setTimeout(() => void el.reload());
    const answered = (await oneEvent(el, 'order-lines-answered')) as OrderLinesAnsweredEvent;
    expect(answered.detail.orderId).to.equal(THREE_LINES);
    await waitUntil(
      () => text(root(el).querySelector('[part~="line-results"] tbody tr')).includes('Counter-proposal'),
      'counter-proposal shown',
    );
    const proposed = answered.detail.order.production.lineAcknowledgement!.lines[0]!.response.date!;
    expect(proposed > order.leadTime && proposed < later).to.equal(true);
    expect(text(root(el).querySelector('[part~="line-results"] tbody tr'))).to.include('Delivery on');
    const rows = root(el).querySelectorAll('[part~="line-results"] tbody tr');
    expect(text(rows[1]!))
      .to.include(`Accept ${(second.quantity - 1).toLocaleString('en')} of`)
      .and.include('Accepted');
    expect(text(rows[2]!)).to.include('Decline: No production capacity').and.include('Accepted');
    expect(deepText(root(el))).to.include('proposes other terms for some lines');
    expect(button(el, 'Order Confirmation'), 'the counter-proposal is accepted with Order Confirmation').to.exist;
    await expect(el).to.be.accessible();
  });

  it('checks again by itself while responses are pending, and announces them', async () => {
    const answers: LineAnswer[] = order.positions.map((position) => ({ positionId: position.id, kind: 'accept' }));
    await memory.acknowledgeOrderLines(ORDER, answers, { idempotencyKey: 'poll' });
    const el = await mount(memory, ORDER, 100);
    expect(text(root(el).querySelector('[part~="line-results"] tbody tr'))).to.include('Pending');
    expect(button(el, 'Order Confirmation'), 'nothing to confirm while waiting').to.equal(null);
    await memory.respondToLineAcknowledgements();
    await waitUntil(
      () => text(root(el).querySelector('[part~="line-results"] tbody tr')).includes('Accepted'),
      'the response arrives without a reload',
      { timeout: 3000 },
    );
    expect(text(root(el).querySelector('[role="status"]'))).to.include('responded to your answers');
    expect(deepText(root(el))).to.include('accepted your answers');
  });

  it('keeps the draft across a reload of the page', async () => {
    const first = await mount(memory);
    await openLines(first);
    await choose(first, 0, 'decline');
    await pick(first, 'line-0-reason', 'other');
    await type(first, 'line-0-note', 'Tooling broken until March');
    first.closest('supplier-provider')!.remove();

    const again = await mount(memory);
    await openLines(again);
    expect(radios(again, 0).find((radio) => radio.checked)?.value).to.equal('decline');
    expect(field<HTMLSelectElement>(again, 'line-0-reason')!.value).to.equal('other');
    expect(field(again, 'line-0-note')!.value).to.equal('Tooling broken until March');
  });

  it('keeps what was typed on an error and retries with the same idempotency key', async () => {
    const { api, keys } = intercept(memory, (orderId, answers, options, call) =>
      call === 1
        ? Promise.reject(new SupplierApiError('network', 'offline'))
        : memory.acknowledgeOrderLines(orderId, answers, options),
    );
    const el = await mount(api);
    await openLines(el);
    for (let line = 0; line < order.positions.length; line++) await choose(el, line, 'accept');
    button(el, 'Send answers')!.click();
    await waitUntil(() => root(el).querySelector('[part~="lines-form"] [role="alert"]'), 'error in the form');
    expect(radios(el, 0)[0]!.checked, 'the answers are still there').to.equal(true);
    button(el, 'Try again')!.click();
    await waitUntil(() => root(el).querySelector('[part~="line-results"]'), 'sent on retry');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('shows the platform’s field errors on the line and field they name', async () => {
    const positionId = order.positions[0]!.id;
    const { api } = intercept(memory, () =>
      Promise.reject(
        new SupplierApiError('validation', 'not valid', {
          fieldErrors: { [`answers.${positionId}.date`]: 'not-after-today', [`answers.${positionId}`]: 'blocked' },
        }),
      ),
    );
    const el = await mount(api);
    await openLines(el);
    await choose(el, 0, 'propose-date');
    await type(el, 'line-0-date', addDays(order.leadTime, 3));
    for (let line = 1; line < order.positions.length; line++) await choose(el, line, 'accept');
    button(el, 'Send answers')!.click();
    await waitUntil(
      () => statusOf(el, 'line-0-date').includes('The date must be after today'),
      'date error from the platform',
    );
    expect(statusOf(el, 'line-0-kind')).to.include('refused this (blocked)');
    expect(field(el, 'line-0-date')!.value, 'the date typed is kept').to.equal(addDays(order.leadTime, 3));
  });

  it('names the bad field when the platform answers outside the contract', async () => {
    const { api } = intercept(memory, async (orderId, answers, options) => {
      const answered = await memory.acknowledgeOrderLines(orderId, answers, options);
      const lines = answered.production.lineAcknowledgement!.lines.map((line) => ({
        ...line,
        response: { ...line.response, status: 'maybe' },
      }));
      return {
        ...answered,
        production: {
          ...answered.production,
          lineAcknowledgement: { ...answered.production.lineAcknowledgement!, lines },
        },
      } as unknown as Order;
    });
    const el = await mount(api);
    await openLines(el);
    for (let line = 0; line < order.positions.length; line++) await choose(el, line, 'accept');
    button(el, 'Send answers')!.click();
    await waitUntil(
      () =>
        text(root(el).querySelector('[part~="lines-form"] [role="alert"]')).includes(
          '"production.lineAcknowledgement.lines.0.response.status"',
        ),
      'names the field',
    );
    expect(button(el, 'Try again')).to.exist;
  });

  it('is accessible with the form open and its errors shown', async () => {
    const el = await mount(memory);
    await openLines(el);
    await choose(el, 0, 'decline');
    button(el, 'Send answers')!.click();
    await waitUntil(() => statusOf(el, 'line-0-reason').includes('Choose a reason.'));
    await expect(el).to.be.accessible();
  });
});

describe('<order-details>: the Production stage with answers per line', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    memory = createMemoryAdapter({ persist: false, lineResponseDelayMs: 600_000 });
  });
  afterEach(() => memory.close());

  const badge = (el: OrderDetails, stage: string) =>
    accessibleName(el.shadowRoot!.querySelector(`[data-stage="${stage}"] [part~="status-badge"]`)!);

  async function mountDetails(): Promise<OrderDetails> {
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${memory}><order-details order-id=${ORDER}></order-details></supplier-provider>`,
    );
    const el = wrapper.querySelector('order-details')!;
    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'loaded', { timeout: 5000 });
    return el;
  }

  it('waits while the platform’s responses are pending, is the supplier’s again on a counter-proposal, done after Order Confirmation', async () => {
    const order = await memory.getOrder(ORDER);
    const answers: LineAnswer[] = order.positions.map((position, index) =>
      index === 0
        ? { positionId: position.id, kind: 'propose-date', date: addDays(order.leadTime, 30) }
        : { positionId: position.id, kind: 'accept' },
    );
    await memory.acknowledgeOrderLines(ORDER, answers, { idempotencyKey: 'details-1' });
    const el = await mountDetails();
    expect(badge(el, 'production')).to.equal('Waiting for the platform');
    await memory.respondToLineAcknowledgements();
    await el.reload();
    await waitUntil(() => badge(el, 'production') === 'Action required', 'action required on a counter-proposal');
    await memory.confirmOrder(ORDER, { idempotencyKey: 'details-2' });
    await el.reload();
    await waitUntil(() => badge(el, 'production') === 'Done', 'done after Order Confirmation');
  });

  it('is done when every line is accepted, and recomputes when the element sends answers', async () => {
    const el = await mountDetails();
    expect(badge(el, 'production')).to.equal('Action required');
    const panel = el.shadowRoot!.querySelector('production-confirmation')!;
    await waitUntil(() => button(panel, 'Answer per line'), 'production panel loaded', { timeout: 5000 });
    button(panel, 'Answer per line')!.click();
    await waitUntil(() => root(panel).querySelector('[part~="lines-form"]'));
    const lines = root(panel).querySelectorAll('fieldset.line').length;
    for (let line = 0; line < lines; line++) await choose(panel, line, 'accept');
    button(panel, 'Send answers')!.click();
    await waitUntil(() => badge(el, 'production') === 'Waiting for the platform', 'waiting after sending');
    await memory.respondToLineAcknowledgements();
    await el.reload();
    await waitUntil(() => badge(el, 'production') === 'Done', 'done when all accepted');
    await waitUntil(() => deepText(el.shadowRoot!).includes('accepted your answers'), 'the panel says so');
  });
});
