import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf } from '../../src/api/memory/index.js';
import '../../src/define.js';
import type { OrderDetails } from '../../src/elements/order-details/order-details.js';
import { makeOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import type { SupplierApi } from '../../src/api/port.js';
import { deepText, findByRole } from '../helpers/queries.js';
import { mountInProvider } from '../helpers/mount.js';

const NOW = new Date('2026-11-25T10:00:00Z');

const mount = (api: SupplierApi, orderId: string, stage?: string): Promise<OrderDetails> =>
  mountInProvider(
    api,
    'order-details',
    html`<order-details order-id=${orderId} stage=${stage ?? ''} .now=${NOW}></order-details>`,
    'h2, [role="alert"]',
  );

const stageButton = (el: OrderDetails, stage: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-stage="${stage}"] [part~="stage-toggle"]`)!;

describe('<order-details>', () => {
  it('loads the order once for itself, its open stage and its activity', async () => {
    const memory = createMemoryAdapter({ persist: false });
    let getOrders = 0;
    const counting = new Proxy(memory, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (property === 'getOrder') getOrders += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const el = await mount(counting, orderIdOf(2));
    const inside = (tag: string, selector: string) =>
      el.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector(selector);
    await waitUntil(
      () => inside('production-confirmation', 'button') && inside('order-activity', '[part~="comment-box"]'),
      'stage and activity loaded',
      { timeout: 8000 },
    );
    expect(getOrders).to.equal(1);
    memory.close();
  });

  it('shows header, positions with money, delivery responsibility and each stage status in words', async () => {
    const order = makeOrder({
      id: 'o-1',
      number: 'ORD-1',
      leadTime: '2026-12-15',
      quality: { required: false, reports: [], documents: [], blocksShipping: false },
    });
    const el = await mount(
      createStubAdapter({
        getOrder: async () => order,
        getProductionOrder: async () => ({
          id: 'd',
          name: 'po.pdf',
          contentType: 'application/pdf',
          sizeBytes: 1,
          url: 'https://x.example/po.pdf',
          createdAt: '2026-11-01T00:00:00Z',
        }),
      }),
      'o-1',
    );
    const text = deepText(el.shadowRoot!);
    expect(text).to.include('Order ORD-1').and.include('December 15, 2026').and.include('in 20 days');
    expect(text).to.include('Regular order · FCA · payment within 30 days').and.include('arranged by the platform');
    expect(text).to.include('Mounting bracket').and.include('€12.50').and.include('€125.00').and.include('€481.00');
    expect(deepText(stageButton(el, 'production')))
      .to.include('Production')
      .and.include('Action required');
    expect(deepText(stageButton(el, 'quality'))).to.include('Not required');
    expect(deepText(stageButton(el, 'shipping'))).to.include('Locked');
    expect(deepText(stageButton(el, 'invoice'))).to.include('Locked');
    expect(stageButton(el, 'production').getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelector('production-confirmation')).to.exist;
  });

  it('says plainly when the shipping information deadline is near or has passed', async () => {
    const near = await mount(
      createStubAdapter({
        getOrder: async () =>
          makeOrder({
            id: 'n',
            leadTime: '2026-11-27',
            production: { confirmedAt: '2026-11-02T00:00:00Z', confirmedAtApplication: false },
          }),
      }),
      'n',
    );
    expect(deepText(near.shadowRoot!.querySelector('[part~="deadline"]')!))
      .to.include('at least one day before the lead time day')
      .and.include('November 26, 2026')
      .and.include('in 1 day');
    const past = await mount(
      createStubAdapter({
        getOrder: async () =>
          makeOrder({
            id: 'p',
            leadTime: '2026-11-20',
            production: { confirmedAt: '2026-11-02T00:00:00Z', confirmedAtApplication: false },
          }),
      }),
      'p',
    );
    expect(deepText(past.shadowRoot!.querySelector('[part~="deadline"]')!)).to.include(
      'deadline (November 19, 2026) has passed',
    );
  });

  it('opens and closes stages with aria-expanded, and deep-links a stage', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mount(memory, orderIdOf(6), 'shipping');
    expect(stageButton(el, 'shipping').getAttribute('aria-expanded')).to.equal('true');
    expect(findByRole(el.shadowRoot!, 'button', 'Add shipping')).to.exist;
    stageButton(el, 'shipping').click();
    await el.updateComplete;
    expect(stageButton(el, 'shipping').getAttribute('aria-expanded')).to.equal('false');
    stageButton(el, 'production').click();
    await el.updateComplete;
    expect(stageButton(el, 'production').getAttribute('aria-expanded')).to.equal('true');
    memory.close();
  });

  it('opens the shipping wizard on "Add shipping" and closes it on cancel, saying the draft is kept', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mount(memory, orderIdOf(6), 'shipping');
    findByRole(el.shadowRoot!, 'button', 'Add shipping')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('shipping-wizard'));
    el.shadowRoot!.querySelector('shipping-wizard')!.dispatchEvent(
      new CustomEvent('shipping-cancel', { bubbles: true, composed: true, detail: { orderId: orderIdOf(6) } }),
    );
    await waitUntil(
      () => el.shadowRoot!.activeElement === findByRole(el.shadowRoot!, 'button', 'Continue shipping'),
      'focus on Continue shipping',
    );
    const resume = findByRole(el.shadowRoot!, 'button', 'Continue shipping')!;
    const note = el.shadowRoot!.getElementById(resume.getAttribute('aria-describedby')!);
    expect(deepText(note!), 'the button is described by the note').to.equal(
      'Your shipping entries are kept as a draft.',
    );
    resume.click();
    await waitUntil(() => el.shadowRoot!.querySelector('shipping-wizard'), 'the wizard opens again');
    el.shadowRoot!.querySelector('shipping-wizard')!.dispatchEvent(
      new CustomEvent('shipment-published', { bubbles: true, composed: true, detail: { orderId: orderIdOf(6) } }),
    );
    await waitUntil(() => findByRole(el.shadowRoot!, 'button', 'Add shipping'), 'after publishing, no draft is left');
    memory.close();
  });

  it('recomputes the stages after a child reports a change', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mount(memory, orderIdOf(0));
    expect(deepText(stageButton(el, 'production'))).to.include('Action required');
    await memory.confirmOrder(orderIdOf(0), { idempotencyKey: 'k' });
    el.shadowRoot!.querySelector('production-confirmation')!.dispatchEvent(
      new CustomEvent('order-confirmed', { bubbles: true, composed: true }),
    );
    await waitUntil(() => deepText(stageButton(el, 'production')).includes('Done'), 'production done');
    memory.close();
  });

  it('names the required quality documents that keep shipping locked, and opens shipping once they are in', async () => {
    const memory = createMemoryAdapter({ persist: false, qualityReviewDelayMs: null });
    const el = await mount(memory, orderIdOf(44), 'shipping');
    expect(deepText(stageButton(el, 'shipping'))).to.include('Locked');
    const lock = el.shadowRoot!.querySelector('[part~="shipping-lock"]')!;
    expect([...lock.querySelectorAll('li')].map((item) => deepText(item))).to.deep.equal([
      'Inspection report: missing',
      'Certificate of conformance: rejected, a new version is needed',
    ]);
    expect(findByRole(el.shadowRoot!, 'button', 'Add shipping')).to.equal(null);
    const pdf = { name: 'x.pdf', blob: new Blob(['%PDF-1.4\n%%EOF'], { type: 'application/pdf' }) };
    await memory.uploadQualityDocument(orderIdOf(44), 'inspection-report', pdf, { idempotencyKey: 'ir' });
    await memory.uploadQualityDocument(orderIdOf(44), 'certificate-of-conformance', pdf, { idempotencyKey: 'coc' });
    await el.reload();
    await waitUntil(() => findByRole(el.shadowRoot!, 'button', 'Add shipping'), 'shipping open');
    expect(el.shadowRoot!.querySelector('[part~="shipping-lock"]')).to.equal(null);
    await expect(el).to.be.accessible();
    memory.close();
  });

  it('leaves shipping open when the host says missing quality documents do not block it', async () => {
    const memory = createMemoryAdapter({ persist: false, qualityReviewDelayMs: null });
    const el = await mount(memory, orderIdOf(46), 'shipping');
    expect(deepText(stageButton(el, 'quality'))).to.include('Action required');
    expect(findByRole(el.shadowRoot!, 'button', 'Add shipping')).to.exist;
    memory.close();
  });

  it('shows the order’s activity after the stages, refreshed when a stage reports a change', async () => {
    const memory = createMemoryAdapter({ persist: false, replyDelayMs: false });
    const el = await mount(memory, orderIdOf(0));
    const section = el.shadowRoot!.querySelector('[part~="activity"]')!;
    expect(section.previousElementSibling!.matches('[part~="stages"]')).to.equal(true);
    expect(deepText(section.querySelector('h3')!)).to.equal('Activity');
    const activity = section.querySelector('order-activity')!;
    expect(activity.getAttribute('order-id')).to.equal(orderIdOf(0));
    await waitUntil(() => activity.shadowRoot?.querySelector('textarea'), 'activity loaded');
    expect(deepText(activity.shadowRoot!)).to.not.include('The order was confirmed for production.');
    await memory.confirmOrder(orderIdOf(0), { idempotencyKey: 'activity-k' });
    el.shadowRoot!.querySelector('production-confirmation')!.dispatchEvent(
      new CustomEvent('order-confirmed', { bubbles: true, composed: true }),
    );
    await waitUntil(
      () => deepText(activity.shadowRoot!).includes('The order was confirmed for production.'),
      'the activity shows the confirmation',
    );
    memory.close();
  });

  it('is accessible loaded and on error', async () => {
    const memory = createMemoryAdapter({ persist: false });
    await expect(await mount(memory, orderIdOf(10))).to.be.accessible();
    await expect(await mount(memory, 'no-such-order')).to.be.accessible();
    memory.close();
  });

  it('threads links into the Shipping stage: shipping-step opens the wizard at that step, shipment-id reaches the shipment list', async () => {
    localStorage.clear();
    const memory = createMemoryAdapter({ persist: false });
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${memory}
        ><order-details order-id=${orderIdOf(6)} stage="production" shipping-step="package"></order-details
      ></supplier-provider>`,
    );
    const el = wrapper.querySelector('order-details')!;
    await waitUntil(
      () =>
        el.shadowRoot!.querySelector('shipping-wizard')?.shadowRoot?.querySelector('#step-heading')?.textContent ===
        'Package',
      'the wizard at Package',
      { timeout: 5000 },
    );
    expect(stageButton(el, 'shipping').getAttribute('aria-expanded'), 'the link wins over the stage').to.equal('true');
    expect(el.shadowRoot!.querySelector('shipping-wizard')!.getAttribute('step')).to.equal('package');

    el.shippingStep = '';
    el.shipmentId = 'ord-x-s9';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('shipping-wizard'), 'the wizard closes with its link').to.equal(null);
    expect(stageButton(el, 'shipping').getAttribute('aria-expanded'), 'Shipping stays open').to.equal('true');
    expect(el.shadowRoot!.querySelector('shipment-list')!.getAttribute('shipment-id')).to.equal('ord-x-s9');
    memory.close();
    localStorage.clear();
  });
});
