import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi, WriteOptions } from '../../src/api/port.js';
import type { OrderSummary } from '../../src/domain/types.js';
import '../../src/elements/order-list/order-list.js';
import type { OrderList, OrdersConfirmedEvent } from '../../src/elements/order-list/order-list.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { findByRole } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const button = (el: OrderList, name: string | RegExp) => findByRole(root(el), 'button', name) as HTMLButtonElement;
const checkbox = (el: OrderList, number: string) =>
  root(el).querySelector<HTMLInputElement>(`input[aria-label="Select ${number} for Order Confirmation"]`);
const resultLines = (el: OrderList) =>
  [...root(el).querySelectorAll('[part~="bulk-results"] li')].map((item) =>
    item.textContent!.replace(/\s+/g, ' ').trim(),
  );
const resultStatus = (el: OrderList) =>
  (root(el).querySelector('[part~="bulk-results"] [role="status"]')?.textContent ?? '').trim();

const mount = (api: SupplierApi): Promise<OrderList> =>
  mountInProvider(
    api,
    'order-list',
    html`<order-list sort="created" stage="production"></order-list>`,
    '.rows [role="row"]',
  );

/** The seeded orders that owe their confirmation. */
async function owingConfirmation(memory: MemoryAdapter): Promise<OrderSummary[]> {
  const page = await memory.listOrders({ sort: 'created', limit: 200 });
  return page.items.filter((order) => order.nextAction === 'confirm-order');
}

/** The first two orders owing their confirmation among the rows on screen (the grid is virtualized). */
async function twoOnScreen(el: OrderList, memory: MemoryAdapter): Promise<[OrderSummary, OrderSummary]> {
  await waitUntil(
    () => root(el).querySelectorAll('input[part~="select"]').length >= 2,
    'two selectable rows on screen',
  );
  const numbers = [...root(el).querySelectorAll('input[part~="select"]')]
    .slice(0, 2)
    .map((box) => box.closest('.number')!.textContent!.trim());
  const owing = await owingConfirmation(memory);
  return numbers.map((number) => owing.find((order) => order.number === number)!) as [OrderSummary, OrderSummary];
}

describe('<order-list> bulk Order Confirmation', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => memory.close());

  it('confirms the selected orders through one dialog, lists each result, and reloads the list', async () => {
    const el = await mount(memory);
    const [first, second] = await twoOnScreen(el, memory);
    checkbox(el, first!.number)!.click();
    const secondRow = checkbox(el, second!.number)!.closest<HTMLElement>('[role="row"]')!;
    secondRow.focus();
    secondRow.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    await el.updateComplete;
    expect(checkbox(el, second!.number)!.checked, 'Space on a focused row selects it').to.equal(true);

    await waitUntil(
      () => findByRole(root(el), 'button', 'Order Confirmation (2)'),
      'the bulk bar, loaded with the first selection',
    );
    button(el, 'Order Confirmation (2)').click();
    const dialog = root(el).querySelector<HTMLDialogElement>('[part~="bulk-dialog"]')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.include('Confirm 2 orders?').and.include(first!.number).and.include(second!.number);
    expect(root(el).activeElement).to.equal(button(el, 'Confirm'));

    const confirmed = oneEvent(el, 'orders-confirmed') as Promise<OrdersConfirmedEvent>;
    button(el, 'Confirm').click();
    const event = await confirmed;
    expect([...event.detail.confirmed].sort()).to.deep.equal([first!.id, second!.id].sort());
    expect(event.detail.failed).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(resultStatus(el)).to.equal('2 of 2 confirmed.');
    expect(resultLines(el)).to.have.members([`${first!.number}: confirmed`, `${second!.number}: confirmed`]);
    for (const order of [first!, second!])
      expect((await memory.getOrder(order.id)).production.confirmedAt).to.be.a('string');
    await waitUntil(
      () => !checkbox(el, first!.number) && !checkbox(el, second!.number),
      'reloaded: nothing left to confirm on them',
    );
    expect(findByRole(root(el), 'button', /^Order Confirmation \(/)).to.equal(null);
  });

  it('shows which order failed and why; "Try again" confirms it once, with the same idempotency key', async () => {
    const onScreen = await mount(memory);
    const [first, second] = await twoOnScreen(onScreen, memory);
    onScreen.closest('supplier-provider')!.remove();
    const keys: string[] = [];
    let dropAnswer = true;
    const api: SupplierApi = new Proxy(memory, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property !== 'confirmOrder') return typeof value === 'function' ? value.bind(target) : value;
        return async (orderId: string, options: WriteOptions) => {
          if (orderId === second!.id) keys.push(options.idempotencyKey);
          const order = await target.confirmOrder(orderId, options);
          if (orderId === second!.id && dropAnswer) {
            dropAnswer = false;
            throw new SupplierApiError('network', 'the answer was lost');
          }
          return order;
        };
      },
    });
    const el = await mount(api);
    await waitUntil(() => checkbox(el, first!.number) && checkbox(el, second!.number), 'the same rows');
    checkbox(el, first!.number)!.click();
    checkbox(el, second!.number)!.click();
    await waitUntil(() => findByRole(root(el), 'button', 'Order Confirmation (2)'), 'the bulk bar');
    button(el, 'Order Confirmation (2)').click();
    button(el, 'Confirm').click();
    await waitUntil(() => /of 2 confirmed/.test(resultStatus(el)), 'finished');
    expect(resultStatus(el)).to.equal('1 of 2 confirmed.');
    const failedLine = resultLines(el).find((line) => line.startsWith(`${second!.number}:`))!;
    expect(failedLine).to.match(new RegExp(`^${second!.number}: not confirmed\\. No connection to the server`));
    expect(resultLines(el)).to.include(`${first!.number}: confirmed`);

    button(el, 'Try again for the orders not confirmed').click();
    await waitUntil(() => resultStatus(el) === '1 of 1 confirmed.', 'retried');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect((await memory.getOrder(second!.id)).production.confirmedAt).to.be.a('string');
  });

  it('offers selection only on orders that owe their confirmation, and Cancel confirms nothing', async () => {
    const owing = new Set((await owingConfirmation(memory)).map((order) => order.number));
    const el = await mount(memory);
    const rows = [...root(el).querySelectorAll('.rows [role="row"]')];
    for (const row of rows) {
      const number = row.querySelector('.number')!.textContent!.trim();
      expect(Boolean(row.querySelector('input[type="checkbox"]')), number).to.equal(owing.has(number));
    }
    const first = root(el).querySelector('input[part~="select"]')!.closest('.number')!.textContent!.trim();
    checkbox(el, first)!.click();
    await waitUntil(() => findByRole(root(el), 'button', 'Order Confirmation (1)'), 'the bulk bar');
    button(el, 'Order Confirmation (1)').click();
    await expect(el).to.be.accessible();
    button(el, 'Cancel').click();
    expect(root(el).querySelector<HTMLDialogElement>('[part~="bulk-dialog"]')!.open).to.equal(false);
    expect((await owingConfirmation(memory)).map((order) => order.number)).to.include(first);
    button(el, 'Clear selection').click();
    await el.updateComplete;
    expect(checkbox(el, first!)!.checked).to.equal(false);
    expect(root(el).querySelector('[part~="bulk"]')).to.equal(null);
  });
});
