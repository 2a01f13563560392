/**
 * <invoice-form>, issue 21: what Review & Save and the saved state show, headings at the host's level, icons instead
 * of symbols, and a draft that comes back resuming where something is still to be entered.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf, PACKAGING_RULES, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi } from '../../src/api/port.js';
import '../../src/elements/invoice-form/invoice-form.js';
import type { InvoiceForm, InvoiceSubmittedEvent } from '../../src/elements/invoice-form/invoice-form.js';
import { invoiceDrafts } from '../../src/elements/invoice-form/invoice-draft.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { makeCompanyProfile, makeInvoice, makeShippedOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { chooseFiles, deepText, findByRole, findFileInput, pdfFile } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const READY_TO_INVOICE = orderIdOf(10); // SF-10011: fully shipped, nothing invoiced
const BANK = {
  accountHolder: 'Feinmechanik Huber GmbH',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  bankName: 'Commerzbank',
};

const heading = (el: Element) => root(el).querySelector<HTMLElement>('#step-heading');
const button = (el: Element, name: string | RegExp) => findByRole(root(el), 'button', name) as HTMLButtonElement;
const day = (date: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(date));

const mount = (api: SupplierApi, orderId: string, level?: number): Promise<InvoiceForm> =>
  mountInProvider(
    api,
    'invoice-form',
    level === undefined
      ? html`<invoice-form order-id=${orderId}></invoice-form>`
      : html`<invoice-form order-id=${orderId} heading-level=${level}></invoice-form>`,
    '#step-heading, [part~="status"], [role="alert"]',
  );

function type(el: Element, id: string, value: string): void {
  const field = root(el).querySelector<HTMLInputElement>(`#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('blur'));
}

async function next(el: InvoiceForm, name: string): Promise<void> {
  button(el, 'Continue').click();
  await waitUntil(() => deepText(heading(el) ?? root(el)) === name, `on ${name}`, { timeout: 5000 });
}

async function toReview(el: InvoiceForm, number: string): Promise<void> {
  await next(el, 'Details');
  for (const [field, value] of Object.entries(BANK)) type(el, `bank-${field}`, value);
  type(el, 'invoice-number', number);
  await next(el, 'Review & Save');
}

describe('<invoice-form> design (issue 21)', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    localStorage.clear();
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => memory.close());

  it('Review & Save shows the invoice number, invoice date and payment date', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await toReview(el, 'RE-2026-91001');
    const draft = invoiceDrafts.load(READY_TO_INVOICE)!;
    const shown = deepText(root(el).querySelector('[data-summary="invoice"]')!);
    expect(shown).to.include('Invoice number').and.include('RE-2026-91001');
    expect(shown)
      .to.include(`Invoice date ${day(draft.invoiceDate)}`)
      .and.include(`Payment date ${day(draft.paymentDate)}`);
  });

  it('Review leaves room between the totals and the e-invoice section after them', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await toReview(el, 'RE-2026-91009');
    await waitUntil(() => root(el).querySelector('[part~="e-invoice"]'), 'the e-invoice section');
    const table = root(el).querySelector('[part~="totals"]')!;
    const gap =
      root(el).querySelector('[part~="e-invoice"]')!.getBoundingClientRect().top - table.getBoundingClientRect().bottom;
    expect(gap, 'px between the gross total and the section').to.be.at.least(16);
  });

  it('Review names the company as a value, beside its label, not as a label', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await toReview(el, 'RE-2026-91002');
    const { legalName } = await memory.getCompanyProfile();
    const company = root(el).querySelector('[data-summary="company"]')!;
    const terms = [...company.querySelectorAll('dt')].map(deepText);
    expect(terms).to.include('Company name').and.not.include(legalName);
    expect([...company.querySelectorAll('dd')].map(deepText)).to.include(legalName);
  });

  it('draws marks as icons, never as characters: the checked VAT ID and the uploaded PDF', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await toReview(el, 'RE-2026-91003');
    chooseFiles(findFileInput(root(el), /Signed invoice/)!, [pdfFile('signed.pdf')]);
    await waitUntil(() => deepText(root(el)).includes('Uploaded: signed.pdf'), 'uploaded', { timeout: 5000 });
    expect(root(el).textContent).to.not.match(/[✓✔·]/u);
    const marks = [...root(el).querySelectorAll('.valid-mark')];
    expect(marks.length).to.be.at.least(1);
    for (const mark of marks)
      expect(mark.querySelector('svg[data-icon="check"][aria-hidden="true"]'), deepText(mark)).to.exist;
  });

  it('headings follow heading-level: the step at it, its sections one below', async () => {
    const el = await mount(memory, READY_TO_INVOICE, 4);
    expect(heading(el)!.tagName).to.equal('H4');
    expect(root(el).querySelector('#e-invoice-import-title')!.tagName).to.equal('H5');
    await next(el, 'Details');
    expect(heading(el)!.tagName).to.equal('H4');
    expect([...root(el).querySelectorAll('h5')].map(deepText)).to.deep.equal([
      'Bank details of your company',
      'Invoice details',
    ]);
    expect(root(el).querySelectorAll('h2, h3, h6')).to.have.length(0);
  });

  it('every step ends with its button bar, the primary action last in it', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    const check = () => {
      const bars = [...root(el).querySelectorAll('.actions')];
      expect(bars).to.have.length(1);
      const bar = bars[0]!;
      const stepContent = [...root(el).querySelectorAll('#step-heading ~ *')].filter(
        (node) => !node.matches('[part~="error"]'),
      );
      expect(
        stepContent.at(-1) === bar,
        `the bar ends the step, not ${stepContent.at(-1)?.outerHTML.slice(0, 60)}`,
      ).to.equal(true);
      expect(bar.querySelector('.button:last-child')!.classList.contains('primary')).to.equal(true);
    };
    check();
    await toReview(el, 'RE-2026-91007');
    check();
  });

  it('a draft left on Review without saved bank details resumes on Details, its heading focused, the bank fields there', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await next(el, 'Details');
    type(el, 'invoice-number', 'RE-2026-91004');
    await el.updateComplete;
    // The page was left on Review (bank details typed, never stored), and reloaded.
    invoiceDrafts.save(READY_TO_INVOICE, { ...invoiceDrafts.load(READY_TO_INVOICE)!, step: 2 });
    el.parentElement!.remove();
    const again = await mount(memory, READY_TO_INVOICE);
    expect(deepText(heading(again)!)).to.equal('Details');
    await waitUntil(() => root(again).activeElement === heading(again), 'the heading focused');
    expect(root(again).querySelector('#bank-iban')).to.exist;
    expect(root(again).querySelector<HTMLInputElement>('#invoice-number')!.value).to.equal('RE-2026-91004');
  });

  it('a complete draft left on Review comes back on Review', async () => {
    await memory.saveBankDetails(BANK, { idempotencyKey: 'bank-once' });
    const el = await mount(memory, READY_TO_INVOICE);
    await next(el, 'Details');
    type(el, 'invoice-number', 'RE-2026-91005');
    await next(el, 'Review & Save');
    el.parentElement!.remove();
    const again = await mount(memory, READY_TO_INVOICE);
    expect(deepText(heading(again)!)).to.equal('Review & Save');
  });

  it('after saving: the number, the amount, the dates and the signed PDF as a link, above the payment timeline', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await toReview(el, 'RE-2026-91006');
    chooseFiles(findFileInput(root(el), /Signed invoice/)!, [pdfFile('signed.pdf')]);
    await waitUntil(() => deepText(root(el)).includes('Uploaded: signed.pdf'), 'uploaded', { timeout: 5000 });
    setTimeout(() => button(el, 'Save').click());
    const { invoice } = ((await oneEvent(el, 'invoice-submitted')) as InvoiceSubmittedEvent).detail;
    await waitUntil(() => root(el).querySelector('[part~="status"]'), 'saved state', { timeout: 5000 });
    const status = root(el).querySelector('[part~="status"]')!;
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: invoice.currency });
    const amount = money.format(invoice.totals.grossMinor / 10 ** money.resolvedOptions().maximumFractionDigits!);
    expect(invoice.totals.grossMinor).to.be.greaterThan(0);
    const text = deepText(status);
    expect(text).to.include('Invoice number RE-2026-91006').and.include(`Amount (gross) ${amount}`);
    expect(text)
      .to.include(`Invoice date ${day(invoice.invoiceDate)}`)
      .and.include(`Payment date ${day(invoice.paymentDate)}`);
    const link = findByRole(status, 'link', /Signed invoice \(PDF\): signed\.pdf/) as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(invoice.document.url);
    expect(root(el).querySelector('[part~="timeline"]')).to.exist;
  });

  it('a rejection without a reason says so in words', async () => {
    const order = makeShippedOrder({ invoices: [makeInvoice({ status: 'rejected', rejectionReason: null })] });
    const api = createStubAdapter({
      getOrder: async () => order,
      getCompanyProfile: async () => makeCompanyProfile(),
      getPackagingRules: async () => PACKAGING_RULES,
      listInvoices: async () => order.invoices,
    });
    const el = await mount(api, order.id);
    const text = deepText(root(el));
    expect(text).to.include('Reason: no reason given').and.include('rejected: no reason given');
    expect(text).to.not.include('—');
  });
});
