/**
 * The main views at the widths suppliers use them (phone, tablet, a portal column beside a sidebar, desktop):
 * My Orders, order details, the shipping wizard, the invoice form and the portal. Each fails on what a designer
 * would send back: the page scrolling sideways, rows or headers far taller than their content, column headers
 * out of line with their column, focus dropped to <body> after an action.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import '../../src/define.js';
import { findByRole } from '../helpers/queries.js';
import { deepActiveElement, focusLost, misalignedHeaders, sidewaysScroll, tallRows } from './layout-checks.js';

const WIDTHS = [375, 768, 1000, 1280] as const;
/** Shipping open, nothing shipped yet (the wizard's parts are prefilled). */
const SHIPPING_ORDER = orderIdOf(6);

async function mount(memory: MemoryAdapter, view: ReturnType<typeof html>): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<supplier-provider .adapter=${memory}>${view}</supplier-provider>`);
}

const shadow = (element: Element | null | undefined) => element?.shadowRoot ?? null;

/** Presses a button as a supplier does: focus on it, then the click. */
function press(button: HTMLElement | null): void {
  button!.focus();
  button!.click();
}

/** The checks of My Orders' grid: its header against its rows, and every row rendered. */
function listProblems(list: Element, label: string): string[] {
  const root = shadow(list)!;
  const rows = [...root.querySelectorAll('.rows [role="row"]')];
  const header = root.querySelector('[part~="header"]');
  return [
    ...tallRows(rows, `${label} row`),
    ...(header ? [...tallRows([header], `${label} header`), ...misalignedHeaders(header, rows, label)] : []),
  ];
}

const listLoaded = (list: Element | null) => () =>
  (shadow(list)?.querySelectorAll('.rows [role="row"]').length ?? 0) > 0;

for (const width of WIDTHS) {
  describe(`layout at ${width} px`, function () {
    // Each test loads whole views of the memory adapter's demo orders.
    this.timeout(30_000);
    let memory: MemoryAdapter;

    before(async () => {
      await setViewport({ width, height: 900 });
    });
    beforeEach(() => {
      memory = createMemoryAdapter({ persist: false });
      localStorage.clear();
    });
    afterEach(() => {
      memory.close();
      localStorage.clear();
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('My Orders: compact rows and header, each header over its column, no sideways scrolling', async () => {
      const wrapper = await mount(memory, html`<order-list></order-list>`);
      const list = wrapper.querySelector('order-list')!;
      await waitUntil(listLoaded(list), 'rows shown', { timeout: 10_000 });
      expect([...listProblems(list, 'My Orders'), ...sidewaysScroll()]).to.deep.equal([]);
    });

    it('order details: no sideways scrolling, compact position rows, focus kept when a stage opens', async () => {
      const wrapper = await mount(memory, html`<order-details order-id=${SHIPPING_ORDER}></order-details>`);
      const details = wrapper.querySelector('order-details')!;
      await waitUntil(() => shadow(details)?.querySelector('h2'), 'details shown', { timeout: 10_000 });
      const positions = [...shadow(details)!.querySelectorAll('tbody tr')];
      expect([...tallRows(positions, 'positions'), ...sidewaysScroll()]).to.deep.equal([]);
      const toggle = shadow(details)!.querySelector<HTMLButtonElement>(
        '[data-stage="production"] [part~="stage-toggle"]',
      )!;
      press(toggle);
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'Production open');
      expect([...focusLost('opening a stage'), ...sidewaysScroll()]).to.deep.equal([]);
    });

    it('shipping wizard: no sideways scrolling, focus on the next step after "Continue"', async () => {
      const wrapper = await mount(memory, html`<shipping-wizard order-id=${SHIPPING_ORDER}></shipping-wizard>`);
      const wizard = wrapper.querySelector('shipping-wizard')!;
      await waitUntil(() => findByRole(shadow(wizard)!, 'button', 'Continue'), 'wizard shown', { timeout: 10_000 });
      expect(sidewaysScroll()).to.deep.equal([]);
      press(findByRole(shadow(wizard)!, 'button', 'Continue'));
      await waitUntil(
        () => shadow(wizard)!.querySelector('#step-heading')?.textContent?.includes('Package'),
        'package step',
        { timeout: 5_000 },
      );
      await waitUntil(() => deepActiveElement() !== document.body, 'focus settles', { timeout: 2_000 }).catch(
        () => undefined,
      );
      expect([...focusLost('"Continue" in the wizard'), ...sidewaysScroll()]).to.deep.equal([]);
    });

    it('invoice form: no sideways scrolling', async () => {
      const owing = (await memory.listOrders({ needsAction: true, limit: 200 })).items.filter(
        (order) => order.nextAction === 'upload-invoice',
      );
      const invoiced = await Promise.all(owing.map(async (order) => (await memory.listInvoices(order.id)).length > 0));
      const first = owing.find((_order, index) => !invoiced[index])!;
      const wrapper = await mount(memory, html`<invoice-form order-id=${first.id}></invoice-form>`);
      const form = wrapper.querySelector('invoice-form')!;
      await waitUntil(() => shadow(form)?.querySelector('table'), 'invoice form shown', { timeout: 10_000 });
      const rows = [...shadow(form)!.querySelectorAll('tbody tr')];
      expect([...tallRows(rows, 'invoice positions'), ...sidewaysScroll()]).to.deep.equal([]);
    });

    it('portal: My Orders lays out, and focus follows into an order, into a stage from a next action, and back', async () => {
      const wrapper = await mount(memory, html`<supplier-portal routing="hash"></supplier-portal>`);
      const portal = wrapper.querySelector('supplier-portal')!;
      const list = () => shadow(portal)!.querySelector('order-list');
      await waitUntil(listLoaded(list()), 'rows shown', { timeout: 10_000 });
      expect([...listProblems(list()!, 'portal'), ...sidewaysScroll()]).to.deep.equal([]);

      press(findByRole(shadow(portal)!, 'button', /^Order Details /));
      await waitUntil(
        () => shadow(shadow(portal)!.querySelector('order-details'))?.querySelector('h2'),
        'order opened',
        { timeout: 10_000 },
      );
      await waitUntil(() => deepActiveElement()?.tagName === 'H2', 'focus on the order', { timeout: 5_000 }).catch(
        () => undefined,
      );
      expect([...focusLost('opening an order'), ...sidewaysScroll()]).to.deep.equal([]);

      press(findByRole(shadow(portal)!, 'button', /Back to My Orders/));
      await waitUntil(() => portal.orderId === '', 'back to the list', { timeout: 5_000 });
      await waitUntil(() => deepActiveElement()?.tagName === 'H2', 'focus on My Orders', { timeout: 5_000 }).catch(
        () => undefined,
      );
      expect(focusLost('going back to My Orders')).to.deep.equal([]);

      await waitUntil(() => findByRole(shadow(portal)!, 'button', /^Add shipping: order /), 'rows shown again', {
        timeout: 5_000,
      });
      press(findByRole(shadow(portal)!, 'button', /^Add shipping: order /));
      await waitUntil(() => portal.stage === 'shipping', 'the order opens at Shipping', { timeout: 10_000 });
      await waitUntil(() => deepActiveElement()?.tagName === 'H2', 'focus on the order', { timeout: 5_000 }).catch(
        () => undefined,
      );
      expect([...focusLost('opening a stage from its next action'), ...sidewaysScroll()]).to.deep.equal([]);
    });
  });
}
