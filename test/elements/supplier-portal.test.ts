import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import '../../src/define.js';
import type { RouteChangeEvent, SupplierPortal } from '../../src/elements/supplier-portal/supplier-portal.js';
import { findByRole } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const mount = (memory: MemoryAdapter, routing = 'none'): Promise<SupplierPortal> =>
  mountInProvider(memory, 'supplier-portal', html`<supplier-portal routing=${routing}></supplier-portal>`, (el) =>
    findByRole(root(el), 'button', /^Order Details /),
  );

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
    await waitUntil(
      () =>
        location.hash.startsWith('#/orders/ord-') &&
        el.orderId === decodeURIComponent(location.hash.slice('#/orders/'.length)),
      'hash route',
    );
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
    await waitUntil(
      () =>
        details()?.shadowRoot &&
        findByRole(details().shadowRoot!, 'button', /^Invoice\b/)?.getAttribute('aria-expanded') === 'true',
      'Invoice open from the link',
      { timeout: 5000 },
    );
    expect(el.stage).to.equal('invoice');
    expect(stageButton('Shipping').getAttribute('aria-expanded')).to.equal('false');

    const entries = history.length;
    setTimeout(() => stageButton('Shipping').click());
    const route = (await oneEvent(el, 'route-change')) as RouteChangeEvent;
    expect(route.detail).to.deep.equal({ orderId, stage: 'shipping', step: null, shipmentId: null });
    expect(location.hash).to.equal(`#/orders/${orderId}/shipping`);
    expect(history.length).to.equal(entries);
    await waitUntil(() => stageButton('Shipping').getAttribute('aria-expanded') === 'true');

    stageButton('Shipping').click();
    await waitUntil(() => location.hash === `#/orders/${orderId}`, 'closing the stage leaves the order in the hash');
    expect(stageButton('Shipping').getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens the order at the stage of a row\'s next action ("Confirm order"), in the hash, with focus on the details', async () => {
    const el = await mount(memory, 'hash');
    const action = findByRole(el.shadowRoot!, 'button', /^Confirm order: order SF-\d+$/)!;
    const number = /SF-\d+/.exec(action.getAttribute('aria-label')!)![0];
    action.click();
    await waitUntil(() => el.orderId !== '' && el.stage === 'production', 'the order opens at Production');
    expect(location.hash).to.equal(`#/orders/${encodeURIComponent(el.orderId)}/production`);
    const details = () => el.shadowRoot!.querySelector('order-details')!;
    await waitUntil(
      () => findByRole(details().shadowRoot!, 'button', /^Production\b/)?.getAttribute('aria-expanded') === 'true',
      'Production open',
      { timeout: 5000 },
    );
    await waitUntil(() => deepActive()?.textContent === `Order ${number}`, 'focus on the details heading');
  });

  it('ignores a stage in the hash that is not one', async () => {
    const el = await mount(memory, 'hash');
    location.hash = `#/orders/${orderIdOf(4)}/drop-table`;
    await waitUntil(() => el.orderId === orderIdOf(4));
    expect(el.stage).to.equal('');
  });

  describe('links to wizard steps and shipments', function () {
    // Each test loads the list, an order and a stage element in full.
    this.timeout(20_000);
    const WIZARD_ORDER = orderIdOf(6); // regular order, shipping open, nothing shipped: parts prefilled, no package yet
    const SHIPPED_ORDER = orderIdOf(12); // DAP terms, fully shipped

    const details = (el: SupplierPortal) => el.shadowRoot!.querySelector('order-details');
    const inDetails = (el: SupplierPortal, selector: string) =>
      details(el)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
    const wizardHeading = (el: SupplierPortal) =>
      inDetails(el, 'shipping-wizard')?.shadowRoot?.querySelector<HTMLElement>('#step-heading') ?? null;
    const shipmentList = (el: SupplierPortal) => inDetails(el, 'shipment-list');

    beforeEach(() => localStorage.clear());
    afterEach(() => localStorage.clear());

    it('opens the shipping wizard at the step in the link, focusing its heading', async () => {
      const el = await mount(memory, 'hash');
      location.hash = `#/orders/${WIZARD_ORDER}/shipping/new/package`;
      await waitUntil(() => wizardHeading(el)?.textContent === 'Package', 'the package step from the link', {
        timeout: 5000,
      });
      await waitUntil(() => deepActive() === wizardHeading(el), 'focus on the step heading');
      expect(location.hash).to.equal(`#/orders/${WIZARD_ORDER}/shipping/new/package`);
      expect(el.step).to.equal('package');
      expect(findByRole(details(el)!.shadowRoot!, 'button', /^Shipping\b/)!.getAttribute('aria-expanded')).to.equal(
        'true',
      );
      await expect(inDetails(el, 'shipping-wizard')).to.be.accessible();
    });

    it('falls back to the first incomplete step when the linked step cannot be reached yet, and says so in the hash', async () => {
      const el = await mount(memory, 'hash');
      location.hash = `#/orders/${WIZARD_ORDER}/shipping/new/delivery`;
      await waitUntil(() => wizardHeading(el)?.textContent === 'Package', 'the package step (no package entered yet)', {
        timeout: 5000,
      });
      await waitUntil(
        () => location.hash === `#/orders/${WIZARD_ORDER}/shipping/new/package`,
        'the hash names the step shown',
      );
    });

    it('keeps the wizard step in the hash in place as the supplier moves, and tells the host', async () => {
      const el = await mount(memory, 'hash');
      location.hash = `#/orders/${WIZARD_ORDER}/shipping/new`;
      await waitUntil(
        () => location.hash === `#/orders/${WIZARD_ORDER}/shipping/new/parts`,
        'the step the wizard opened at',
        { timeout: 5000 },
      );
      const entries = history.length;
      const wizard = inDetails(el, 'shipping-wizard')!;
      const routed = oneEvent(el, 'route-change') as Promise<RouteChangeEvent>;
      findByRole(wizard.shadowRoot!, 'button', /^Continue$/)!.click();
      expect((await routed).detail).to.deep.equal({
        orderId: WIZARD_ORDER,
        stage: 'shipping',
        step: 'package',
        shipmentId: null,
      });
      expect(location.hash).to.equal(`#/orders/${WIZARD_ORDER}/shipping/new/package`);
      expect(history.length, 'no new history entry').to.equal(entries);

      findByRole(wizard.shadowRoot!, 'button', /^Cancel$/)!.click();
      await waitUntil(
        () => location.hash === `#/orders/${WIZARD_ORDER}/shipping`,
        'closing the wizard leaves the stage in the hash',
      );
      expect(el.step).to.equal('');
      await waitUntil(() => inDetails(el, '[part~="add-shipping"]'), 'Add shipping is back');
      expect(findByRole(details(el)!.shadowRoot!, 'button', /^Shipping\b/)!.getAttribute('aria-expanded')).to.equal(
        'true',
      );
    });

    it('opens the shipping stage with the linked shipment in view, highlighted and focused', async () => {
      const shipments = await memory.listShipments(SHIPPED_ORDER);
      const target = shipments[shipments.length - 1]!;
      const el = await mount(memory, 'hash');
      location.hash = `#/orders/${SHIPPED_ORDER}/shipments/${encodeURIComponent(target.id)}`;
      await waitUntil(
        () => shipmentList(el)?.shadowRoot?.querySelector('[part~="shipment-highlighted"]'),
        'the shipment highlighted',
        { timeout: 5000 },
      );
      const card = shipmentList(el)!.shadowRoot!.querySelector<HTMLElement>('[part~="shipment-highlighted"]')!;
      expect(card.textContent).to.include(target.number);
      await waitUntil(() => deepActive() === card, 'focus on the shipment');
      expect(el.shipmentId).to.equal(target.id);
      expect(findByRole(details(el)!.shadowRoot!, 'button', /^Shipping\b/)!.getAttribute('aria-expanded')).to.equal(
        'true',
      );
    });

    it('says clearly when the linked shipment is not in the order', async () => {
      const el = await mount(memory, 'hash');
      location.hash = `#/orders/${SHIPPED_ORDER}/shipments/no-such-shipment`;
      await waitUntil(
        () => shipmentList(el)?.shadowRoot?.querySelector('[part~="shipment-not-found"]'),
        'the message',
        { timeout: 5000 },
      );
      const notice = shipmentList(el)!.shadowRoot!.querySelector('[part~="shipment-not-found"]')!;
      expect(notice.textContent).to.include('This shipment was not found in this order.');
      expect(shipmentList(el)!.shadowRoot!.querySelectorAll('[part~="shipment"]').length).to.be.greaterThan(0);
    });

    it('routing="none": showShippingWizard() and showShipment() open them and route-change carries step and shipment', async () => {
      const el = await mount(memory);
      setTimeout(() => el.showShippingWizard(WIZARD_ORDER, 'package'));
      const toWizard = (await oneEvent(el, 'route-change')) as RouteChangeEvent;
      expect(toWizard.detail).to.deep.equal({
        orderId: WIZARD_ORDER,
        stage: 'shipping',
        step: 'package',
        shipmentId: null,
      });
      await waitUntil(() => wizardHeading(el)?.textContent === 'Package', 'the wizard at Package', { timeout: 5000 });
      expect(location.hash).to.equal('');

      const [shipment] = await memory.listShipments(SHIPPED_ORDER);
      setTimeout(() => el.showShipment(SHIPPED_ORDER, shipment!.id));
      const toShipment = (await oneEvent(el, 'route-change')) as RouteChangeEvent;
      expect(toShipment.detail).to.deep.equal({
        orderId: SHIPPED_ORDER,
        stage: 'shipping',
        step: null,
        shipmentId: shipment!.id,
      });
      await waitUntil(
        () => shipmentList(el)?.shadowRoot?.querySelector('[part~="shipment-highlighted"]'),
        'highlighted',
        { timeout: 5000 },
      );
      expect(el.getAttribute('shipment-id')).to.equal(shipment!.id);
    });
  });
});
