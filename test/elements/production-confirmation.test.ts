import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi, WriteOptions } from '../../src/api/port.js';
import '../../src/elements/production-confirmation/production-confirmation.js';
import type {
  OrderConfirmedEvent,
  ProductionConfirmation,
} from '../../src/elements/production-confirmation/production-confirmation.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { mountInProvider, root } from '../helpers/mount.js';

const UNCONFIRMED = orderIdOf(0); // SF-10001
const CONFIRMED_AT_APPLICATION = orderIdOf(3); // SF-10004

const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: Element, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((each) => text(each) === name);

const mount = (api: SupplierApi, orderId: string): Promise<ProductionConfirmation> =>
  mountInProvider(
    api,
    'production-confirmation',
    html`<production-confirmation order-id=${orderId}></production-confirmation>`,
    (el) => text(root(el)).length > 20 && !root(el).querySelector('[aria-busy]'),
  );

describe('<production-confirmation>', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => memory.close());

  it('asks nothing when the order was confirmed at application', async () => {
    const el = await mount(memory, CONFIRMED_AT_APPLICATION);
    expect(text(root(el))).to.include('You already confirmed this order when you applied for it');
    expect(button(el, 'Order Confirmation')).to.equal(undefined);
  });

  it('offers the production order PDF as a safe link', async () => {
    const el = await mount(memory, UNCONFIRMED);
    const link = root(el).querySelector<HTMLAnchorElement>('a[part~="download"]')!;
    expect(text(link)).to.include('Download Production Order');
    expect(link.href).to.match(/^(blob|https?):/);
  });

  it('confirms through a modal dialog: focus inside, Esc cancels and returns focus, Confirm confirms and emits order-confirmed', async () => {
    const el = await mount(memory, UNCONFIRMED);
    const opener = button(el, 'Order Confirmation')!;
    opener.click();
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(root(el).activeElement).to.equal(button(el, 'Confirm'));
    dialog.dispatchEvent(new Event('cancel'));
    dialog.close();
    await waitUntil(() => root(el).activeElement === opener, 'focus back on the opener', { timeout: 4000 });
    expect((await memory.getOrder(UNCONFIRMED)).production.confirmedAt).to.equal(null);

    opener.click();
    setTimeout(() => button(el, 'Confirm')!.click());
    const event = (await oneEvent(el, 'order-confirmed')) as OrderConfirmedEvent;
    expect(event.detail.orderId).to.equal(UNCONFIRMED);
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => text(root(el)).includes('You confirmed this order on'), 'done state');
    expect(dialog.open).to.equal(false);
  });

  it('confirms once when Confirm is pressed twice, with one idempotency key', async () => {
    const keys: string[] = [];
    const api = new Proxy(memory, {
      get(target, property, receiver) {
        if (property === 'confirmOrder') {
          return (orderId: string, options: WriteOptions) => {
            keys.push(options.idempotencyKey);
            return target.confirmOrder(orderId, options);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const el = await mount(api, UNCONFIRMED);
    button(el, 'Order Confirmation')!.click();
    const confirm = button(el, 'Confirm')!;
    confirm.click();
    confirm.click();
    await waitUntil(() => text(root(el)).includes('You confirmed this order on'));
    expect(keys).to.have.length(1);
  });

  it('keeps the dialog open with the error and retries with the same key', async () => {
    const keys: string[] = [];
    const api = new Proxy(memory, {
      get(target, property, receiver) {
        if (property === 'confirmOrder') {
          return (orderId: string, options: WriteOptions) => {
            keys.push(options.idempotencyKey);
            return keys.length === 1
              ? Promise.reject(new SupplierApiError('network', 'offline'))
              : target.confirmOrder(orderId, options);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const el = await mount(api, UNCONFIRMED);
    button(el, 'Order Confirmation')!.click();
    button(el, 'Confirm')!.click();
    await waitUntil(() => root(el).querySelector('dialog [role="alert"]'), 'error in the dialog');
    expect(root(el).querySelector('dialog')!.open).to.equal(true);
    button(el, 'Try again')!.click();
    await waitUntil(() => text(root(el)).includes('You confirmed this order on'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('is accessible before and after confirming', async () => {
    const el = await mount(memory, UNCONFIRMED);
    await expect(el).to.be.accessible();
    await expect(await mount(memory, CONFIRMED_AT_APPLICATION)).to.be.accessible();
  });
});
