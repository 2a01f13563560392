/**
 * The last design pass (issue 21), measured as a designer looks at it: scroll regions a keyboard reaches, no number
 * hidden behind a sideways scroll, button bars that stack on a phone, headers and columns that line up.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf } from '../../src/api/memory/index.js';
import type { SupplierApi } from '../../src/api/port.js';
import '../../src/define.js';
import type { Order } from '../../src/domain/types.js';
import {
  makeDocument,
  makeLineAcknowledgement,
  makeLineResponse,
  makeOrder,
  makeShipment,
  makeShippedOrder,
} from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { mountInProvider, mountShippingStage, root } from '../helpers/mount.js';
import { deepText, findByRole } from '../helpers/queries.js';
import { setViewport } from '../helpers/viewport.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const box = (element: Element) => element.getBoundingClientRect();

/** The story "Production confirmation › Counter Proposal": answered per line, one line counter-proposed. */
function counterProposal(): SupplierApi {
  const base = makeOrder({ id: 'lines', number: 'SF-20417' });
  const acknowledgement = makeLineAcknowledgement(base, [
    {
      answer: { positionId: 'lines-p1', kind: 'decline', reason: 'other', note: 'Tooling broken until March.' },
      response: makeLineResponse({ status: 'accepted' }),
    },
    {
      answer: { positionId: 'lines-p2', kind: 'propose-date', date: '2027-01-20' },
      response: makeLineResponse({
        status: 'counter-proposal',
        date: '2027-01-05',
        note: 'We can wait until this date, not longer.',
      }),
    },
  ]);
  const order: Order = {
    ...base,
    production: { confirmedAt: null, confirmedAtApplication: false, lineAcknowledgement: acknowledgement },
  };
  return createStubAdapter({
    getOrder: async () => order,
    getProductionOrder: async () => makeDocument({ name: 'Production order SF-20417.pdf' }),
  });
}

const mountConfirmation = () =>
  mountInProvider(
    counterProposal(),
    'production-confirmation',
    html`<production-confirmation order-id="lines" poll-interval="0"></production-confirmation>`,
    '[part~="line-results"] table',
  );

describe('design pass at 375 px (phone)', function () {
  this.timeout(20_000);
  before(() => setViewport({ width: 375, height: 800 }));

  it('production confirmation: the answers table is a named region a keyboard reaches (axe scrollable-region-focusable)', async () => {
    const el = await mountConfirmation();
    const wraps = [...root(el).querySelectorAll('.table-wrap')];
    expect(wraps).to.have.length(1);
    for (const wrap of wraps) {
      expect(wrap.getAttribute('role')).to.equal('region');
      expect(wrap.getAttribute('tabindex')).to.equal('0');
      expect(wrap.getAttribute('aria-label')).to.equal('Table of answers and responses per line');
    }
    await expect(el).to.be.accessible();
  });

  it('production confirmation: the button bar stacks full-width buttons, the primary one first', async () => {
    const el = await mountConfirmation();
    const bar = root(el).querySelector('[part~="confirm-button"]')!.parentElement!;
    const buttons = [...bar.querySelectorAll(':scope > .button')];
    expect(buttons).to.have.length(3);
    for (const button of buttons) expect(Math.abs(box(button).width - box(bar).width), deepText(button)).to.be.below(1);
    const tops = buttons.map((button) => box(button).top);
    expect(new Set(tops).size).to.equal(3);
    expect(box(root(el).querySelector('[part~="confirm-button"]')!).top).to.equal(Math.min(...tops));
  });

  it('shipping wizard: the bar stacks its grouped buttons too, Continue first and Cancel last', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mountInProvider(
      memory,
      'shipping-wizard',
      html`<shipping-wizard order-id=${orderIdOf(6)}></shipping-wizard>`,
      '[part~="continue-button"]',
    );
    const bar = root(el).querySelector('[part~="actions"]')!;
    const next = box(root(el).querySelector('[part~="continue-button"]')!);
    const cancel = box(root(el).querySelector('[part~="cancel-button"]')!);
    expect(Math.abs(next.width - box(bar).width)).to.be.below(1);
    expect(Math.abs(cancel.width - box(bar).width)).to.be.below(1);
    expect(next.bottom).to.be.at.most(cancel.top);
    memory.close();
  });

  it('order details: each position a compact card and the order total in view, nothing scrolled sideways', async () => {
    const order = makeOrder({ id: 'o-1' });
    const el = await mountInProvider(
      createStubAdapter({ getOrder: async () => order }),
      'order-details',
      html`<order-details order-id="o-1" .now=${NOW}></order-details>`,
      '[part~="positions"] tfoot',
    );
    const region = root(el).querySelector('[part~="positions"]')!;
    expect(region.scrollWidth - region.clientWidth).to.be.at.most(1);
    const total = root(el).querySelector('[part~="positions"] tfoot td')!;
    expect(deepText(total)).to.equal('€481.00');
    expect(box(total).right).to.be.at.most(box(region).right + 0.5);
    expect(box(total).left).to.be.at.least(box(region).left);
    const row = root(el).querySelector('[part~="positions"] tbody tr')!;
    // A card: its fields one above the other, each labelled, none beside the part's name.
    const cells = [...row.children];
    expect(box(cells[1]!).top).to.be.at.least(box(cells[0]!).bottom - 0.5);
    expect(cells[1]!.getAttribute('data-label')).to.equal('Material');
    expect(getComputedStyle(cells[1]!, '::before').content).to.be.oneOf(['"Material"', 'attr(data-label)']);
  });

  it('quality report: every slot header has one pattern, the badge at the end of the first line', async () => {
    const memory = createMemoryAdapter({ persist: false, qualityReviewDelayMs: null });
    const el = await mountInProvider(
      memory,
      'quality-report',
      html`<quality-report order-id=${orderIdOf(44)} poll-interval="15000"></quality-report>`,
      '[part~="slots"]',
    );
    const heads = [...root(el).querySelectorAll('.slot-head')];
    expect(heads.length).to.be.at.least(3);
    for (const head of heads) {
      const badge = head.querySelector('[part~="status-badge"]')!;
      const title = head.querySelector('h5')!;
      expect(Math.abs(box(badge).right - box(head).right), deepText(title)).to.be.below(1);
      expect(Math.abs(box(badge).top - box(head).top), deepText(title)).to.be.below(1);
      expect(Math.abs(box(title).left - box(head).left), deepText(title)).to.be.below(1);
    }
    const button = findByRole(root(el), 'button', /Upload new version/)!;
    const slot = button.closest('.slot')!;
    const content =
      box(slot).left +
      parseFloat(getComputedStyle(slot).paddingInlineStart) +
      parseFloat(getComputedStyle(slot).borderInlineStartWidth);
    expect(Math.abs(box(button).left - content)).to.be.below(1);
    const above = button.parentElement!.previousElementSibling!;
    expect(box(button).top - box(above).bottom).to.be.at.most(12);
    memory.close();
  });

  it('My Orders: order numbers line up whether or not their row has a selection checkbox', async () => {
    await numbersLineUp();
  });
});

/** Every row's order number starts at the same place; rows with and without a checkbox are both on the page. */
async function numbersLineUp(): Promise<void> {
  const memory = createMemoryAdapter({ persist: false });
  const el = await mountInProvider(
    memory,
    'order-list',
    html`<order-list></order-list>`,
    '.rows [role="row"] [part~="select"]',
  );
  const cells = [...root(el).querySelectorAll('.rows [role="row"] .number')];
  expect(cells.some((cell) => cell.querySelector('input'))).to.equal(true);
  expect(cells.some((cell) => !cell.querySelector('input'))).to.equal(true);
  const starts = cells.map((cell) => {
    const text = [...cell.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    const range = document.createRange();
    range.selectNodeContents(text);
    return Math.round(range.getBoundingClientRect().left);
  });
  expect(new Set(starts).size, starts.join(', ')).to.equal(1);
  memory.close();
}

describe('design pass at 1280 px (desktop)', function () {
  this.timeout(20_000);
  before(() => setViewport({ width: 1280, height: 900 }));

  it('order activity: the Comment button’s bottom edge is the text box’s', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mountInProvider(
      memory,
      'order-activity',
      html`<order-activity order-id=${orderIdOf(6)}></order-activity>`,
      'textarea',
    );
    const textarea = box(root(el).querySelector('textarea')!);
    const send = box(root(el).querySelector('[part~="send-button"]')!);
    expect(Math.abs(send.bottom - textarea.bottom)).to.be.below(1);
    expect(send.left).to.be.at.least(textarea.right);
    memory.close();
  });

  it('shipment card: Parts, Shipping documents and Logistic info start on one line, later headings spaced', async () => {
    const order = makeShippedOrder({ id: 'o-1' });
    const shipment = makeShipment({ id: 's-1', items: [{ positionId: order.positions[0]!.id, quantity: 1 }] });
    const api = createStubAdapter({
      getOrder: async () => order,
      listShipments: async () => [shipment],
      listCarriers: async () => [],
      getTracking: async () => ({ status: 'unknown', url: null, events: [] }),
    });
    // Standalone (section headings h4) and inside order details (h6).
    for (const level of ['2', '5']) {
      const el = await mountInProvider(
        api,
        'shipment-list',
        html`<shipment-list order-id="o-1" heading-level=${level}></shipment-list>`,
        '[part~="logistics"]',
      );
      const headings = (part: string) => [...root(el).querySelectorAll(`[part~="${part}"] :is(h2, h3, h4, h5, h6)`)];
      const tops = ['entered', 'documents', 'logistics'].map((part) => box(headings(part)[0]!).top);
      expect(Math.max(...tops) - Math.min(...tops), `level ${level}: ${tops.join(', ')}`).to.be.below(1);
      const pkg = headings('entered')[1]!;
      expect(box(pkg).top - box(pkg.previousElementSibling!).bottom, `level ${level}`).to.be.at.least(16);
    }
  });

  it('order details: the shipping panel lists the shipments, then the button that adds one', async () => {
    const memory = createMemoryAdapter({ persist: false });
    const el = await mountShippingStage(memory, orderIdOf(6));
    const list = root(el).querySelector('shipment-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="empty"]'), 'empty list');
    const add = root(el).querySelector('[part~="add-shipping"]')!;
    expect(list.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(box(add).top).to.be.at.least(box(list).bottom);
    memory.close();
  });

  it('order details: the deadline notice names the button that adds shipping, in every language', async () => {
    const order = makeOrder({
      id: 'p',
      leadTime: '2026-11-20',
      production: { confirmedAt: '2026-11-02T00:00:00Z', confirmedAtApplication: false },
    });
    for (const locale of ['en', 'de', 'fr']) {
      const el = await mountInProvider(
        createStubAdapter({ getOrder: async () => order }),
        'order-details',
        html`<order-details order-id="p" stage="shipping" locale=${locale} .now=${NOW}></order-details>`,
        '[part~="add-shipping"]',
      );
      const notice = deepText(root(el).querySelector('[part~="deadline"]')!);
      expect(notice, locale).to.include(deepText(root(el).querySelector('[part~="add-shipping"]')!).trim());
      expect(notice, locale).not.to.match(/upload|hochladen|téléversez/i);
    }
  });

  it('My Orders: order numbers line up whether or not their row has a selection checkbox', async () => {
    await numbersLineUp();
  });
});

describe('the element as a size container in a host layout', () => {
  it('keeps a usable width in a flex row whose item has no flex of its own', async () => {
    await setViewport({ width: 1280, height: 800 });
    const memory = createMemoryAdapter({ persist: false });
    const wrapper = await mountInProvider(
      memory,
      'div',
      html`<div style="display: flex">
        <nav style="inline-size: 200px">Menu</nav>
        <order-activity order-id=${orderIdOf(0)}></order-activity>
      </div>`,
    );
    const element = wrapper.querySelector('order-activity')!;
    expect(box(element).width, 'at least 20rem').to.be.at.least(320);
    memory.close();
  });
});
