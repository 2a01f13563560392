/**
 * Every element on an order of 10,000 positions (the contract's limit): a page of rows in the DOM, the count in a live
 * region, what the supplier typed kept when its row leaves the page, and checks and totals over every row, shown or not.
 * (How fast it is, is measured by `npm run bench:large-data`, not here.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupplierApi } from '../../src/api/port.js';
import type { Order } from '../../src/domain/types.js';
import '../../src/define.js';
import { makeLineAcknowledgement } from '../../src/testing/fixtures.js';
import { findByRole } from '../helpers/queries.js';
import { LARGE_COUNT, largeOrderAdapter, makeLargeOrder } from '../helpers/large-order.js';

/** Far more rows than any page, far fewer than 10,000. */
const MAX_ROWS = 300;

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: Element, name: string | RegExp) => findByRole(root(el), 'button', name) as HTMLButtonElement | null;

function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('supplier-flow:draft:')) localStorage.removeItem(key);
}

async function mount<T extends Lit>(
  tag: string,
  api: SupplierApi,
  orderId: string,
  ready: (el: T) => unknown,
): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<supplier-provider .adapter=${api}></supplier-provider>`);
  const el = document.createElement(tag) as T;
  el.setAttribute('order-id', orderId);
  el.setAttribute('poll-interval', '0');
  wrapper.append(el);
  await waitUntil(() => ready(el), `${tag} loaded`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

async function typeInto(
  el: Lit,
  input: HTMLInputElement | HTMLSelectElement,
  value: string,
  type = 'input',
): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The filter box of a long list (by its id prefix) and its live count. */
const filterOf = (el: Element, id: string) => root(el).querySelector<HTMLInputElement>(`#${id}-filter`)!;
const countOf = (el: Element, id: string) => root(el).querySelector(`#${id}-count`);

/** A draft of answers: every line accepted except those in `open`. */
function storeLineDraft(order: Order, open: ReadonlySet<number>): void {
  const lines = Object.fromEntries(
    order.positions.flatMap((position, index) =>
      open.has(index) ? [] : [[position.id, { kind: 'accept', quantity: '', date: '', reason: '', note: '' }]],
    ),
  );
  localStorage.setItem(
    `supplier-flow:draft:line-answers:${order.id}`,
    JSON.stringify({ version: 1, savedAt: Date.now(), value: { idempotencyKey: 'large-key', lines } }),
  );
}

describe('large orders: <production-confirmation> with 10,000 positions', function () {
  this.timeout(30_000);
  const order = makeLargeOrder('unconfirmed', LARGE_COUNT, 'large-pc');
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  const mountForm = async (api: SupplierApi = largeOrderAdapter(order)) => {
    const el = await mount<Lit>('production-confirmation', api, order.id, (candidate) =>
      button(candidate, 'Answer per line'),
    );
    button(el, 'Answer per line')!.click();
    await waitUntil(() => root(el).activeElement?.id === 'lines-title', 'the form, focused');
    return el;
  };
  const lineCount = (el: Element) => root(el).querySelectorAll('[part~="line"]').length;

  it('shows a page of lines with the count in a live region; Next shows the next page and keeps focus', async () => {
    const el = await mountForm();
    expect(lineCount(el)).to.be.greaterThan(0).and.lessThan(MAX_ROWS);
    const count = countOf(el, 'lines')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(text(count)).to.equal('Showing 1–50 of 10,000 positions');
    expect(text(root(el).querySelector('[part~="line"] legend'))).to.equal('Line 1: Mounting bracket (XM-00001)');
    const previous = button(el, 'Previous 50')!;
    expect(previous.getAttribute('aria-disabled'), 'no page before the first').to.equal('true');
    previous.click();
    await el.updateComplete;
    expect(text(count)).to.equal('Showing 1–50 of 10,000 positions');
    await expect(el).to.be.accessible();
    const next = button(el, 'Next 50')!;
    next.focus();
    next.click();
    await el.updateComplete;
    expect(text(count)).to.equal('Showing 51–100 of 10,000 positions');
    expect(text(root(el).querySelector('[part~="line"] legend'))).to.equal('Line 51: Cover plate (XM-00051)');
    expect(root(el).activeElement).to.equal(next);
    expect(text(root(el).querySelector('[part~="lines-summary"]')), 'the summary counts every line').to.include(
      '10,000 lines not answered yet',
    );
  });

  it('keeps an answer typed in a line far down when it leaves the page, and counts it', async () => {
    const el = await mountForm();
    await typeInto(el, filterOf(el, 'lines'), 'XM-09999');
    expect(text(countOf(el, 'lines'))).to.equal('Showing 1–1 of 1 position matching “XM-09999” (10,000 in all)');
    root(el).querySelector<HTMLInputElement>('input[name="line-9998-kind"][value="accept-quantity"]')!.click();
    await el.updateComplete;
    await typeInto(el, root(el).querySelector<HTMLInputElement>('#line-9998-quantity')!, '12');
    await typeInto(el, filterOf(el, 'lines'), '');
    expect(root(el).querySelector('#line-9998-quantity'), 'the line left the DOM').to.equal(null);
    expect(lineCount(el)).to.be.lessThan(MAX_ROWS);
    expect(text(root(el).querySelector('[part~="lines-summary"]')))
      .to.include('1 line with a smaller quantity')
      .and.include('9,999 lines not answered yet');
    await typeInto(el, filterOf(el, 'lines'), '9999');
    expect(
      root(el).querySelector<HTMLInputElement>('input[name="line-9998-kind"][value="accept-quantity"]')!.checked,
    ).to.equal(true);
    expect(root(el).querySelector<HTMLInputElement>('#line-9998-quantity')!.value).to.equal('12');
  });

  it('checks every line on "Send answers": the first unanswered one, pages away, is shown and focused; nothing is sent', async () => {
    storeLineDraft(order, new Set([8_999, 9_500]));
    const api = largeOrderAdapter(order, { acknowledgeOrderLines: async () => order });
    const el = await mountForm(api);
    await typeInto(el, filterOf(el, 'lines'), 'Shaft');
    button(el, 'Send answers')!.click();
    await waitUntil(
      () => root(el).activeElement?.getAttribute('name') === 'line-8999-kind',
      'the first unanswered line focused',
    );
    expect(text(countOf(el, 'lines')), 'its page, without the filter that hid it').to.equal(
      'Showing 8,951–9,000 of 10,000 positions',
    );
    expect(text(root(el).querySelector('#line-8999-kind-status'))).to.include('Choose an answer for this line.');
    expect(text(root(el).querySelector('div[role="status"]'))).to.match(/2 fields need your attention/);
    expect((api as unknown as { calls: { method: string }[] }).calls.map((call) => call.method)).not.to.include(
      'acknowledgeOrderLines',
    );
  });

  it('shows the platform’s responses to 10,000 lines a page at a time', async () => {
    const answered: Order = {
      ...order,
      production: { ...order.production, lineAcknowledgement: makeLineAcknowledgement(order) },
    };
    const el = await mount<Lit>('production-confirmation', largeOrderAdapter(answered), order.id, (candidate) =>
      root(candidate).querySelector('[part~="line-results"]'),
    );
    expect(root(el).querySelectorAll('[part~="line-results"] tbody tr').length)
      .to.be.greaterThan(0)
      .and.lessThan(MAX_ROWS);
    expect(text(countOf(el, 'line-results'))).to.equal('Showing 1–50 of 10,000 positions');
    await typeInto(el, filterOf(el, 'line-results'), 'XM-07777');
    expect(text(root(el).querySelector('[part~="line-results"] tbody tr'))).to.include('XM-07777');
  });
});

describe('large orders: <shipping-wizard> with 10,000 positions', function () {
  this.timeout(30_000);
  const order = makeLargeOrder('confirmed', LARGE_COUNT, 'large-sw');
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  const mountWizard = () =>
    mount<Lit>('shipping-wizard', largeOrderAdapter(order), order.id, (el) =>
      root(el).querySelector('[part~="position"] input'),
    );
  const positionCount = (el: Element) => root(el).querySelectorAll('[part~="position"]').length;
  const quantity = (el: Element, line: number) => root(el).querySelector<HTMLInputElement>(`#items-large-sw-p${line}`);

  it('shows a page of positions on the parts step, with the count in a live region', async () => {
    const el = await mountWizard();
    expect(positionCount(el)).to.be.greaterThan(0).and.lessThan(MAX_ROWS);
    expect(text(countOf(el, 'parts'))).to.equal('Showing 1–50 of 10,000 positions');
    expect(countOf(el, 'parts')!.getAttribute('role')).to.equal('status');
    expect(quantity(el, 1)!.value, 'prefilled with what is left to ship').to.equal('1');
  });

  it('keeps a quantity typed far down when its position leaves the page, in the draft too', async () => {
    const el = await mountWizard();
    await typeInto(el, filterOf(el, 'parts'), 'XM-09999');
    await typeInto(el, quantity(el, 9999)!, '7');
    await typeInto(el, filterOf(el, 'parts'), '');
    expect(quantity(el, 9999), 'the position left the DOM').to.equal(null);
    const saved = JSON.parse(localStorage.getItem(`supplier-flow:draft:shipping:${order.id}`)!) as {
      value: { quantities: Record<string, string> };
    };
    expect(saved.value.quantities['large-sw-p9999']).to.equal('7');
    button(el, 'Next 50')!.click();
    await el.updateComplete;
    await typeInto(el, filterOf(el, 'parts'), 'XM-09999');
    expect(quantity(el, 9999)!.value).to.equal('7');
  });

  it('checks every position on Continue: the first invalid one, pages away, is shown and focused', async () => {
    const el = await mountWizard();
    await typeInto(el, filterOf(el, 'parts'), 'XM-09000');
    await typeInto(el, quantity(el, 9000)!, '999');
    await typeInto(el, filterOf(el, 'parts'), '');
    expect(quantity(el, 9000)).to.equal(null);
    button(el, 'Continue')!.click();
    await waitUntil(() => root(el).activeElement === quantity(el, 9000), 'the invalid quantity focused');
    expect(text(countOf(el, 'parts'))).to.equal('Showing 8,951–9,000 of 10,000 positions');
    expect(quantity(el, 9000)!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('#step-heading'))).to.equal('Which parts do you ship now?');
  });
});

describe('large orders: <invoice-form> with 10,000 shipped positions', function () {
  this.timeout(30_000);
  const order = makeLargeOrder('shipped', LARGE_COUNT, 'large-if');
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  const mountForm = (ready: (el: Lit) => unknown = (el) => root(el).querySelector('input.qty')) =>
    mount<Lit>('invoice-form', largeOrderAdapter(order), order.id, ready);
  const quantity = (el: Element, line: number) =>
    root(el).querySelector<HTMLInputElement>(`input.qty[data-position="large-if-p${line}"]`);
  const rowCount = (el: Element) => root(el).querySelectorAll('tbody tr').length;
  const euro = (minor: number) =>
    new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(minor / 100);

  it('shows a page of positions to invoice, with the count in a live region', async () => {
    const el = await mountForm();
    expect(rowCount(el)).to.be.greaterThan(0).and.lessThan(MAX_ROWS);
    expect(text(countOf(el, 'invoice-positions'))).to.equal('Showing 1–50 of 10,000 positions');
    expect(countOf(el, 'invoice-positions')!.getAttribute('role')).to.equal('status');
  });

  it('keeps a quantity typed far down when its row leaves the page', async () => {
    const el = await mountForm();
    await typeInto(el, filterOf(el, 'invoice-positions'), 'XM-09999');
    await typeInto(el, quantity(el, 9999)!, '3');
    await typeInto(el, filterOf(el, 'invoice-positions'), '');
    expect(quantity(el, 9999), 'the row left the DOM').to.equal(null);
    button(el, 'Next 50')!.click();
    await el.updateComplete;
    await typeInto(el, filterOf(el, 'invoice-positions'), 'XM-09999');
    expect(quantity(el, 9999)!.value).to.equal('3');
  });

  it('checks every position on Continue: the first one over its limit, pages away, is shown and focused', async () => {
    const el = await mountForm();
    await typeInto(el, filterOf(el, 'invoice-positions'), 'XM-09000');
    await typeInto(el, quantity(el, 9000)!, '999');
    await typeInto(el, filterOf(el, 'invoice-positions'), '');
    button(el, 'Continue')!.click();
    await waitUntil(() => root(el).activeElement === quantity(el, 9000), 'the quantity over its limit focused');
    expect(text(countOf(el, 'invoice-positions'))).to.equal('Showing 8,951–9,000 of 10,000 positions');
    expect(quantity(el, 9000)!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('[part~="error"][role="alert"]'))).to.equal(
      'At most 50 can be invoiced for Spacer sleeve.',
    );
  });

  it('reviews a page of lines with totals over all 10,000', async () => {
    const quantities = Object.fromEntries(order.positions.map((position) => [position.id, position.quantity]));
    const draft = {
      step: 2,
      quantities,
      number: 'RE-LARGE-1',
      invoiceDate: '2026-11-22',
      paymentDate: '2026-12-22',
      documentId: null,
      documentName: null,
      idempotencyKey: 'large-key',
    };
    localStorage.setItem(
      `supplier-flow:draft:invoice:${order.id}`,
      JSON.stringify({ version: 1, savedAt: Date.now(), value: draft }),
    );
    const el = await mountForm((candidate) => root(candidate).querySelector('[data-total="net"]'));
    expect(root(el).querySelectorAll('[part~="totals"] tbody tr').length).to.be.greaterThan(0).and.lessThan(MAX_ROWS);
    expect(text(countOf(el, 'review-items'))).to.equal('Showing 1–50 of 10,000 positions');
    const net = order.positions.reduce((sum, position) => sum + position.quantity * position.unitPriceMinor, 0);
    expect(text(root(el).querySelector('[data-total="net"]'))).to.equal(euro(net));
    await waitUntil(() => root(el).querySelector('[part~="e-invoice-download"]'), 'the XRechnung, after the review', {
      timeout: 8000,
    });
    const xml = await (
      await fetch(root(el).querySelector<HTMLAnchorElement>('[part~="e-invoice-download"]')!.href)
    ).text();
    expect(xml.match(/<cac:InvoiceLine>/g), 'a line per position').to.have.length(LARGE_COUNT);
  });
});

describe('large orders: <shipment-list> with a shipment of 10,000 items', function () {
  this.timeout(30_000);
  const order = makeLargeOrder('shipped', LARGE_COUNT, 'large-sl');
  const parts = (el: Element) => root(el).querySelectorAll('[part~="entered"] ul li');

  it('lists a page of the shipment’s parts, with the count, a filter and pages', async () => {
    const el = await mount<Lit>('shipment-list', largeOrderAdapter(order), order.id, (candidate) =>
      root(candidate).querySelector('[part~="entered"] li'),
    );
    expect(parts(el).length).to.be.greaterThan(0).and.lessThan(MAX_ROWS);
    const shipment = order.shipments[0]!;
    expect(text(countOf(el, `parts-${shipment.id}`))).to.equal('Showing 1–50 of 10,000 positions');
    expect(text(parts(el)[0])).to.equal('1 × Mounting bracket (XM-00001)');
    button(el, 'Next 50')!.click();
    await el.updateComplete;
    expect(text(parts(el)[0])).to.equal('1 × Cover plate (XM-00051)');
    await typeInto(el, filterOf(el, `parts-${shipment.id}`), 'XM-09876');
    expect([...parts(el)].map(text)).to.deep.equal(['26 × Spacer sleeve (XM-09876)']);
  });
});

describe('large orders: <order-details> with 10,000 positions', function () {
  this.timeout(30_000);
  const order = makeLargeOrder('confirmed', LARGE_COUNT, 'large-od');

  it('shows a page of the positions table, with the count and the order total over every position', async () => {
    const el = await mount<Lit>('order-details', largeOrderAdapter(order), order.id, (candidate) =>
      root(candidate).querySelector('[part~="positions"] tbody tr'),
    );
    expect(root(el).querySelectorAll('[part~="positions"] tbody tr').length)
      .to.be.greaterThan(0)
      .and.lessThan(MAX_ROWS);
    expect(text(countOf(el, 'positions'))).to.equal('Showing 1–50 of 10,000 positions');
    const total = order.positions.reduce((sum, position) => sum + position.quantity * position.unitPriceMinor, 0);
    expect(text(root(el).querySelector('[part~="positions"] tfoot td'))).to.equal(
      new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(total / 100),
    );
    await typeInto(el, filterOf(el, 'positions'), 'XM-04242');
    expect([...root(el).querySelectorAll('[part~="positions"] tbody tr td:first-child')].map(text)).to.deep.equal([
      'Shaft XM-04242',
    ]);
  });

  it('says the count in German and French', async () => {
    const el = await mount<Lit>('order-details', largeOrderAdapter(order), order.id, (candidate) =>
      root(candidate).querySelector('[part~="positions"] tbody tr'),
    );
    el.setAttribute('locale', 'de');
    await waitUntil(() => text(countOf(el, 'positions')) === 'Angezeigt: 1–50 von 10.000 Positionen', 'German count');
    expect(button(el, 'Nächste 50')).to.exist;
    el.setAttribute('locale', 'fr');
    await waitUntil(
      () => /^Affichage de 1 à 50 sur 10\s000 positions$/.test(text(countOf(el, 'positions'))),
      'French count',
    );
  });
});
