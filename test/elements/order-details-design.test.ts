import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrderDetails } from '../../src/elements/order-details/order-details.js';
import type { Order } from '../../src/domain/types.js';
import { makeOrder, makeShipment, makeShippedOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { mountInProvider, mountShippingStage, root } from '../helpers/mount.js';
import { deepText, findByRole } from '../helpers/queries.js';
import { createMemoryAdapter, orderIdOf } from '../../src/api/memory/index.js';

const NOW = new Date('2026-11-25T10:00:00Z');

const mount = (getOrder: () => Promise<Order>): Promise<OrderDetails> =>
  mountInProvider(
    createStubAdapter({ getOrder }),
    'order-details',
    html`<order-details order-id="o-1" .now=${NOW}></order-details>`,
    'h2',
  );

const toggle = (el: OrderDetails, stage: string) =>
  root(el).querySelector<HTMLButtonElement>(`[data-stage="${stage}"] [part~="stage-toggle"]`)!;

const unconfirmed = makeOrder({
  id: 'o-1',
  leadTime: '2026-12-15',
  quality: { required: true, reports: [], documents: [], blocksShipping: false },
});
const confirmed = { ...unconfirmed, production: { ...unconfirmed.production, confirmedAt: '2026-11-25T10:00:00Z' } };

describe('<order-details> design details', () => {
  it('draws the stage disclosure as an SVG chevron that turns with aria-expanded', async () => {
    const el = await mount(async () => unconfirmed);
    const open = toggle(el, 'production').querySelector('.chevron')!;
    const closed = toggle(el, 'quality').querySelector('.chevron')!;
    expect(toggle(el, 'production').getAttribute('aria-expanded')).to.equal('true');
    expect(open.querySelector('svg[aria-hidden="true"]')).to.exist;
    expect(open.textContent!.trim()).to.equal('');
    // The chevron (a narrow, tall stroke) lies on its side once turned.
    const box = (chevron: Element) => chevron.querySelector('path')!.getBoundingClientRect();
    expect(box(closed).height).to.be.greaterThan(box(closed).width);
    expect(box(open).width).to.be.greaterThan(box(open).height);
  });

  it('opens the next stage that needs the supplier when one is finished, and focuses its button', async () => {
    let order = unconfirmed;
    const el = await mount(async () => order);
    expect(toggle(el, 'production').getAttribute('aria-expanded')).to.equal('true');
    order = confirmed;
    root(el)
      .querySelector('production-confirmation')!
      .dispatchEvent(new CustomEvent('order-confirmed', { bubbles: true, composed: true }));
    await waitUntil(() => toggle(el, 'quality').getAttribute('aria-expanded') === 'true', 'quality opened');
    expect(toggle(el, 'production').getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => root(el).activeElement === toggle(el, 'quality'), 'focus on the opened stage');
  });
});

describe('focus after an action', () => {
  it('moves focus from Confirm to the line saying the order is confirmed', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mountInProvider(
      memory,
      'production-confirmation',
      html`<production-confirmation order-id=${orderIdOf(0)}></production-confirmation>`,
      '[part~="button"]',
    );
    findByRole(root(el), 'button', 'Order Confirmation')!.click();
    findByRole(root(el), 'button', 'Confirm')!.click();
    await waitUntil(() => root(el).querySelector('[part~="done"]'), 'confirmed');
    await waitUntil(
      () => root(el).activeElement === root(el).querySelector('[part~="done"]'),
      'focus on the confirmation',
    );
    expect(document.activeElement).not.to.equal(document.body);
    memory.close();
  });

  it('moves focus from "Add shipping" to the first step of the wizard', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mountShippingStage(memory, orderIdOf(6));
    findByRole(root(el), 'button', 'Add shipping')!.click();
    await waitUntil(
      () => root(el).querySelector('shipping-wizard')?.shadowRoot?.querySelector('[part~="step-heading"]'),
      'wizard step',
    );
    const wizard = root(el).querySelector('shipping-wizard')!;
    await waitUntil(
      () => wizard.shadowRoot!.activeElement === wizard.shadowRoot!.querySelector('[part~="step-heading"]'),
      'focus on the step heading',
    );
    memory.close();
  });

  it('keeps focused headings clear of a sticky header with --sf-scroll-offset', async () => {
    const el = await mount(async () => unconfirmed);
    el.style.setProperty('--sf-scroll-offset', '96px');
    expect(getComputedStyle(root(el).querySelector('h2')!).scrollMarginBlockStart).to.equal('96px');
    expect(getComputedStyle(toggle(el, 'quality')).scrollMarginBlockStart).to.equal('96px');
  });
});

describe('headings', () => {
  it('follow the host outline: stages and the elements in their panels nest below the order title', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mountInProvider(
      memory,
      'order-details',
      html`<order-details order-id=${orderIdOf(6)} stage="shipping" heading-level="3"></order-details>`,
      '[part~="add-shipping"]',
    );
    expect(root(el).querySelector('[part~="title"]')!.tagName).to.equal('H3');
    expect(toggle(el, 'shipping').parentElement!.tagName).to.equal('H5');
    const list = root(el).querySelector('shipment-list')!;
    expect(list.getAttribute('heading-level')).to.equal('6');
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="title"]'), 'shipment list');
    const title = list.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.tagName).to.equal('H6');
    // Not larger than the stage titles above it.
    expect(parseFloat(getComputedStyle(title).fontSize)).to.be.at.most(
      parseFloat(getComputedStyle(toggle(el, 'shipping')).fontSize),
    );
    memory.close();
  });

  it('leaves room above a heading that follows other content', async () => {
    const el = await mount(async () => unconfirmed);
    const stages = [...root(el).querySelectorAll('h3')].find((heading) => heading.textContent!.includes('Stages'))!;
    expect(parseFloat(getComputedStyle(stages).marginBlockStart)).to.be.greaterThan(16);
  });
});

describe('wording', () => {
  it('says all parts are in shipments once they are, not that they were shipped', async () => {
    const order = makeShippedOrder({ id: 'o-1' });
    const el = await mountInProvider(
      createStubAdapter({ getOrder: async () => order, listShipments: async () => order.shipments }),
      'order-details',
      html`<order-details order-id="o-1" stage="shipping" .now=${NOW}></order-details>`,
      '[data-stage="shipping"] [part~="stage-panel"] p',
    );
    const panel = deepText(root(el).querySelector('[data-stage="shipping"] [part~="stage-panel"]')!);
    expect(panel).to.include('All parts are in shipments.');
    expect(panel).not.to.include('has been shipped');
  });

  it('says once that a shipment has no tracking information yet, and names the pickup country', async () => {
    const order = makeOrder({ id: 'o-u' });
    const shipment = makeShipment({
      id: 's-u',
      items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
      delivery: {
        arrangedBy: 'supplier',
        carrierId: 'dhl',
        trackingNumbers: ['1234567890'],
        expectedShipDate: '2026-11-25',
      },
    });
    const platformShipment = makeShipment({ id: 's-p', items: [{ positionId: order.positions[0]!.id, quantity: 1 }] });
    const api = createStubAdapter({
      getOrder: async () => order,
      listShipments: async () => [shipment, platformShipment],
      listCarriers: async () => [{ id: 'dhl', name: 'DHL', trackingUrlTemplate: null }],
      getTracking: async () => ({ status: 'unknown', url: null, events: [] }),
    });
    const el = await mountInProvider(
      api,
      'shipment-list',
      html`<shipment-list order-id="o-u"></shipment-list>`,
      (list) => deepText(root(list)).length > 40 && !root(list).querySelector('[aria-busy="true"]'),
    );
    await waitUntil(() => root(el).querySelector('[part~="tracking-status"]'), 'tracking');
    const logistics = deepText(root(el).querySelector('[part~="tracking-status"]')!.closest('[part~="logistics"]')!);
    expect(logistics).to.include('No tracking information yet.');
    expect(logistics).not.to.include('No tracking events yet');
    expect(deepText(root(el)))
      .to.include('Germany')
      .and.not.match(/, DE\b/);
  });
});

describe('<order-details> at a phone width', () => {
  it('keeps each part number on one line in the positions table', async () => {
    const el = await mount(async () => unconfirmed);
    el.style.inlineSize = '343px';
    await el.updateComplete;
    const numbers = [...root(el).querySelectorAll('[part~="positions"] td .muted')];
    expect(numbers).to.have.length.greaterThan(0);
    for (const number of numbers) expect(number.getClientRects(), number.textContent!).to.have.length(1);
  });
});

describe('quiet empty states and button bars', () => {
  it('says "No shipments yet" quietly, not in a coloured notice, with the primary button at the inline end', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mountShippingStage(memory, orderIdOf(6));
    const list = root(el).querySelector('shipment-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="empty"]'), 'empty list');
    const empty = list.shadowRoot!.querySelector<HTMLElement>('[part~="empty"]')!;
    expect(empty.classList.contains('notice')).to.equal(false);
    expect(getComputedStyle(empty).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const bar = root(el).querySelector('[part~="add-shipping"]')!.parentElement!;
    expect(getComputedStyle(bar).justifyContent).to.equal('flex-end');
    memory.close();
  });

  it('puts the Comment button beside its text area', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mountInProvider(
      memory,
      'order-activity',
      html`<order-activity order-id=${orderIdOf(6)} style="inline-size: 800px"></order-activity>`,
      'textarea',
    );
    const textarea = root(el).querySelector('textarea')!.getBoundingClientRect();
    const send = root(el).querySelector('[part~="send-button"]')!.getBoundingClientRect();
    expect(send.top).to.be.below(textarea.bottom);
    expect(send.left).to.be.at.least(textarea.right);
    memory.close();
  });
});
