import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import '../../src/define.js';
import type { RouteChangeEvent, SupplierPortal } from '../../src/elements/supplier-portal/supplier-portal.js';
import { findByRole } from '../helpers/queries.js';

async function mount(memory: MemoryAdapter, routing = 'none'): Promise<SupplierPortal> {
  const wrapper = await fixture<HTMLElement>(html`<supplier-provider .adapter=${memory}><supplier-portal routing=${routing}></supplier-portal></supplier-provider>`);
  const el = wrapper.querySelector('supplier-portal')!;
  await waitUntil(() => findByRole(el.shadowRoot!, 'button', /^Order Details /), 'list loaded', { timeout: 5000 });
  return el;
}

const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<supplier-portal>', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => {
    memory.close();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('goes from My Orders to the details and back, focusing each view’s heading and keeping the list’s filters', async () => {
    const el = await mount(memory);
    const list = el.shadowRoot!.querySelector('order-list')!;
    list.search = 'SF-1000';
    await waitUntil(() => findByRole(el.shadowRoot!, 'button', 'Order Details SF-10003'), 'SF-10003 listed');
    setTimeout(() => findByRole(el.shadowRoot!, 'button', 'Order Details SF-10003')!.click());
    const route = (await oneEvent(el, 'route-change')) as RouteChangeEvent;
    expect(route.detail.orderId).to.equal(orderIdOf(2));
    expect(el.getAttribute('order-id')).to.equal(orderIdOf(2));
    await waitUntil(() => deepActive()?.textContent === 'Order SF-10003', 'focus on the details heading');
    findByRole(el.shadowRoot!, 'button', /Back to My Orders/)!.click();
    await waitUntil(() => deepActive()?.textContent === 'My Orders', 'focus on the list heading');
    expect(el.shadowRoot!.querySelector('order-list')!.search).to.equal('SF-1000');
  });

  it('routes by the URL hash, so the browser’s back button returns to My Orders', async () => {
    const el = await mount(memory, 'hash');
    findByRole(el.shadowRoot!, 'button', /^Order Details /)!.click();
    await waitUntil(() => location.hash.startsWith('#/orders/ord-') && el.orderId === decodeURIComponent(location.hash.slice('#/orders/'.length)), 'hash route');
    history.back();
    await waitUntil(() => el.orderId === '', 'back to the list');
    location.hash = `#/orders/${orderIdOf(4)}`;
    await waitUntil(() => el.orderId === orderIdOf(4), 'deep link by hash');
  });

  it('links straight to a stage, and keeps the stage the supplier opens in the hash without a new history entry', async () => {
    const el = await mount(memory, 'hash');
    const orderId = orderIdOf(10);
    const details = () => el.shadowRoot!.querySelector('order-details')!;
    const stageButton = (name: string) => findByRole(details().shadowRoot!, 'button', new RegExp(`^${name}\\b`))!;
    location.hash = `#/orders/${orderId}/invoice`;
    await waitUntil(() => details()?.shadowRoot && findByRole(details().shadowRoot!, 'button', /^Invoice\b/)?.getAttribute('aria-expanded') === 'true', 'Invoice open from the link', { timeout: 5000 });
    expect(el.stage).to.equal('invoice');
    expect(stageButton('Shipping').getAttribute('aria-expanded')).to.equal('false');

    const entries = history.length;
    setTimeout(() => stageButton('Shipping').click());
    const route = (await oneEvent(el, 'route-change')) as RouteChangeEvent;
    expect(route.detail).to.deep.equal({ orderId, stage: 'shipping' });
    expect(location.hash).to.equal(`#/orders/${orderId}/shipping`);
    expect(history.length).to.equal(entries);
    await waitUntil(() => stageButton('Shipping').getAttribute('aria-expanded') === 'true');

    stageButton('Shipping').click();
    await waitUntil(() => location.hash === `#/orders/${orderId}`, 'closing the stage leaves the order in the hash');
    expect(stageButton('Shipping').getAttribute('aria-expanded')).to.equal('false');
  });

  it('ignores a stage in the hash that is not one', async () => {
    const el = await mount(memory, 'hash');
    location.hash = `#/orders/${orderIdOf(4)}/drop-table`;
    await waitUntil(() => el.orderId === orderIdOf(4));
    expect(el.stage).to.equal('');
  });
});
