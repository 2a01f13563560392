import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi } from '../../src/api/port.js';
import { addDays, calendarDateIn } from '../../src/domain/dates.js';
import type { Order } from '../../src/domain/types.js';
import '../../src/elements/invoice-form/invoice-form.js';
import type { InvoiceForm, InvoiceSubmittedEvent } from '../../src/elements/invoice-form/invoice-form.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { makeCompanyProfile, makeShippedOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { chooseFiles, deepText, findByRole, findFileInput, pdfFile } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const READY_TO_INVOICE = orderIdOf(10); // SF-10011: fully shipped, nothing invoiced
const REJECTED = orderIdOf(15); // SF-10016: invoice rejected with a reason
const IBAN = 'DE89370400440532013000';
const BANK = { accountHolder: 'Feinmechanik Huber GmbH', iban: IBAN, bic: 'COBADEFFXXX', bankName: 'Commerzbank' };

const input = (el: Element, id: string) => root(el).querySelector<HTMLInputElement>(`#${id}`)!;
const status = (el: Element, id: string) => deepText(root(el).querySelector(`#${id}-status`)!);
const button = (el: Element, name: string | RegExp) => findByRole(root(el), 'button', name) as HTMLButtonElement;

function type(el: Element, id: string, value: string): void {
  const field = input(el, id);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('blur'));
}

const mount = (api: SupplierApi, orderId: string): Promise<InvoiceForm> =>
  mountInProvider(
    api,
    'invoice-form',
    html`<invoice-form order-id=${orderId}></invoice-form>`,
    '#step-heading, [part~="status"], [role="alert"]',
  );

async function next(el: InvoiceForm, heading: string): Promise<void> {
  button(el, 'Continue').click();
  await waitUntil(() => deepText(root(el).querySelector('#step-heading')!) === heading, `on ${heading}`, {
    timeout: 5000,
  });
}

async function fillDetails(el: InvoiceForm, number: string, bank = true): Promise<void> {
  if (bank) {
    type(el, 'bank-accountHolder', BANK.accountHolder);
    type(el, 'bank-iban', BANK.iban);
    type(el, 'bank-bic', BANK.bic);
    type(el, 'bank-bankName', BANK.bankName);
  }
  type(el, 'invoice-number', number);
  await el.updateComplete;
}

async function uploadInvoice(el: InvoiceForm): Promise<void> {
  chooseFiles(findFileInput(root(el), /Signed invoice/)!, [pdfFile('invoice-signed.pdf')]);
  await waitUntil(() => deepText(root(el)).includes('Uploaded: invoice-signed.pdf'), 'uploaded', { timeout: 5000 });
}

describe('<invoice-form>', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    localStorage.clear();
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => memory.close());

  it('the first time: positions, bank details saved to the profile, invoice details, review, signed PDF, Save', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    expect(deepText(root(el).querySelector('[part~="steps"]')!))
      .to.include('Positions')
      .and.include('Details')
      .and.include('Review & Save');
    await next(el, 'Details');
    expect(root(el).activeElement?.textContent).to.equal('Details');
    await fillDetails(el, 'RE-2026-90001');
    expect(status(el, 'bank-iban')).to.equal('valid');
    await next(el, 'Review & Save');
    expect((await memory.getCompanyProfile()).bankDetails?.iban).to.equal(IBAN);
    expect(deepText(root(el)))
      .to.include('DE•• •••• •••• •••• ••30 00')
      .and.not.include(IBAN);
    expect(button(el, 'Save').getAttribute('aria-disabled')).to.equal('true');
    expect(deepText(root(el).querySelector('[part~="missing"]')!)).to.include('the signed invoice (PDF)');
    await uploadInvoice(el);
    expect(button(el, 'Save').getAttribute('aria-disabled')).to.equal('false');
    setTimeout(() => button(el, 'Save').click());
    const event = (await oneEvent(el, 'invoice-submitted')) as InvoiceSubmittedEvent;
    expect(event.detail.invoice.number).to.equal('RE-2026-90001');
    await waitUntil(() => deepText(root(el)).includes('waits for the platform’s manager'), 'waiting state');
  });

  it('tables name each part with its part number, and every header is aligned as its cells', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    const order = await memory.getOrder(READY_TO_INVOICE);
    const checkTable = () => {
      const table = root(el).querySelector('table')!;
      const headers = [...table.querySelectorAll('thead th')].map((th) => getComputedStyle(th).textAlign);
      const cells = [...table.querySelectorAll('tbody tr:first-child td')].map((td) => getComputedStyle(td).textAlign);
      expect(headers).to.deep.equal(cells);
      expect(headers[0]).to.equal('start');
      expect(headers.at(-1)).to.equal('end');
      expect(deepText(table.querySelector('tbody td')!))
        .to.include(order.positions[0]!.partName)
        .and.include(order.positions[0]!.partNumber);
    };
    checkTable();
    await next(el, 'Details');
    await fillDetails(el, 'RE-2026-90011');
    await next(el, 'Review & Save');
    checkTable();
  });

  it('the second time: bank details are prefilled, masked, and editable', async () => {
    await memory.saveBankDetails(BANK, { idempotencyKey: 'bank' });
    const el = await mount(memory, READY_TO_INVOICE);
    await next(el, 'Details');
    expect(root(el).querySelector('#bank-iban')).to.equal(null);
    expect(deepText(root(el)))
      .to.include('••30 00')
      .and.include('COBADEFFXXX');
    button(el, 'Edit bank details').click();
    await el.updateComplete;
    expect(input(el, 'bank-iban').value).to.equal(IBAN);
  });

  it('says in words why bank details and dates are wrong', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await next(el, 'Details');
    type(el, 'bank-iban', 'DE89370400440532013001');
    await el.updateComplete;
    expect(status(el, 'bank-iban')).to.include('check digits do not match');
    expect(input(el, 'bank-iban').getAttribute('aria-invalid')).to.equal('true');
    type(el, 'bank-iban', IBAN);
    type(el, 'bank-bic', 'BNPAFRPP');
    await el.updateComplete;
    expect(status(el, 'bank-bic')).to.include('The BIC is from FR, the IBAN from DE');
    const order = await memory.getOrder(READY_TO_INVOICE);
    const today = calendarDateIn(Date.now(), order.timeZone);
    type(el, 'invoice-invoiceDate', addDays(today, 2));
    await el.updateComplete;
    expect(status(el, 'invoice-invoiceDate')).to.include('cannot be in the future');
    type(el, 'invoice-invoiceDate', today);
    type(el, 'invoice-paymentDate', addDays(today, -1));
    await el.updateComplete;
    expect(status(el, 'invoice-paymentDate')).to.include('cannot be before the invoice date');
    button(el, 'Continue').click();
    await el.updateComplete;
    expect(deepText(root(el).querySelector('#step-heading')!)).to.equal('Details');
  });

  it('shows a duplicate invoice number reported by the adapter on the number field', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await next(el, 'Details');
    await fillDetails(el, 'RE-2026-00013');
    await next(el, 'Review & Save');
    await uploadInvoice(el);
    button(el, 'Save').click();
    await waitUntil(() => deepText(root(el).querySelector('#step-heading')!) === 'Details', 'back on details', {
      timeout: 5000,
    });
    expect(status(el, 'invoice-number')).to.include('already used this invoice number');
    expect(root(el).activeElement).to.equal(input(el, 'invoice-number'));
  });

  it('saves once when Save is clicked twice', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await next(el, 'Details');
    await fillDetails(el, 'RE-2026-90002');
    await next(el, 'Review & Save');
    await uploadInvoice(el);
    button(el, 'Save').click();
    button(el, 'Save').click();
    await waitUntil(() => deepText(root(el)).includes('waits for the platform’s manager'), 'saved', { timeout: 5000 });
    expect(await memory.listInvoices(READY_TO_INVOICE)).to.have.length(1);
  });

  it('on a conflict, says so, reloads the order and keeps what was typed', async () => {
    let orderLoads = 0;
    let creates = 0;
    const api = new Proxy(memory, {
      get(target, property, receiver) {
        if (property === 'getOrder')
          return (...args: Parameters<MemoryAdapter['getOrder']>) => ((orderLoads += 1), target.getOrder(...args));
        if (property === 'createInvoice') {
          return (...args: Parameters<MemoryAdapter['createInvoice']>) =>
            (creates += 1) === 1
              ? Promise.reject(new SupplierApiError('conflict', 'changed'))
              : target.createInvoice(...args);
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const el = await mount(api, READY_TO_INVOICE);
    await next(el, 'Details');
    await fillDetails(el, 'RE-2026-90006');
    await next(el, 'Review & Save');
    await uploadInvoice(el);
    const loadsBefore = orderLoads;
    button(el, 'Save').click();
    await waitUntil(() => deepText(root(el)).includes('changed in the meantime'), 'conflict message', {
      timeout: 5000,
    });
    await waitUntil(() => orderLoads > loadsBefore, 'order reloaded');
    expect(deepText(root(el))).to.include('Uploaded: invoice-signed.pdf');
    button(el, 'Try again').click();
    await waitUntil(() => deepText(root(el)).includes('RE-2026-90006 is saved'), 'saved on retry', { timeout: 5000 });
  });

  it('keeps the draft across a reload, without writing bank details to storage', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await next(el, 'Details');
    await fillDetails(el, 'RE-2026-90003');
    el.parentElement!.remove();
    const again = await mount(memory, READY_TO_INVOICE);
    expect(deepText(root(again).querySelector('#step-heading')!)).to.equal('Details');
    expect(input(again, 'invoice-number').value).to.equal('RE-2026-90003');
    const stored = Object.keys(localStorage)
      .map((key) => `${key}=${localStorage.getItem(key)}`)
      .join('\n');
    expect(stored).to.include('RE-2026-90003');
    for (const secret of [IBAN, 'COBADEFFXXX', 'Commerzbank']) expect(stored).to.not.include(secret);
  });

  it('shows a rejection with its reason, and resubmits a corrected invoice', async () => {
    const el = await mount(memory, REJECTED);
    const rejected = (await memory.listInvoices(REJECTED)).find((invoice) => invoice.status === 'rejected')!;
    expect(deepText(root(el)))
      .to.include(`Your invoice ${rejected.number} was rejected`)
      .and.include(rejected.rejectionReason!);
    button(el, 'Correct and resubmit').click();
    await waitUntil(() => deepText(root(el).querySelector('#step-heading') ?? root(el)) === 'Positions');
    await next(el, 'Details');
    expect(input(el, 'invoice-number').value).to.equal(rejected.number);
    await fillDetails(el, 'RE-2026-90004');
    await next(el, 'Review & Save');
    await uploadInvoice(el);
    button(el, 'Save').click();
    await waitUntil(() => deepText(root(el)).includes('RE-2026-90004 is saved'), 'resubmitted', { timeout: 5000 });
  });

  for (const [currency, vat, net, vatAmount, gross] of [
    ['EUR', 1_900, 48_100, 2_375 + 6_764, 48_100 + 9_139],
    ['JPY', 1_000, 48_100, 1_250 + 3_560, 52_910],
    ['KWD', 500, 48_100, 625 + 1_780, 50_505],
  ] as const) {
    it(`totals in ${currency}: rounded per line, shown in its minor units`, async () => {
      // 10 × 1,250 and 4 × 8,900 minor units: net 12,500 + 35,600; VAT per line, half away from zero.
      const order: Order = makeShippedOrder({ id: `o-${currency}`, currency, vatRateBasisPoints: vat });
      const api = createStubAdapter({
        getOrder: async () => order,
        getCompanyProfile: async () => makeCompanyProfile({ bankDetails: BANK }),
        getPackagingRules: async () => ({
          box: { maxWeightKg: 25, maxLengthCm: 120 },
          pallet: { maxWeightKg: 350, maxLengthCm: 240 },
          maxPhotoBytes: 1e7,
          maxDocumentBytes: 1e7,
        }),
      });
      const el = await mount(api, order.id);
      await next(el, 'Details');
      await fillDetails(el, 'RE-1', false);
      await next(el, 'Review & Save');
      const money = (minor: number) =>
        new Intl.NumberFormat('en', { style: 'currency', currency })
          .format(minor / 10 ** ({ EUR: 2, JPY: 0, KWD: 3 } as const)[currency])
          .replace(/\s+/g, ' ');
      const cell = (name: string) => deepText(root(el).querySelector(`[data-total="${name}"]`)!);
      expect(cell('net')).to.equal(money(net));
      expect(cell('vat')).to.equal(money(vatAmount));
      expect(cell('gross')).to.equal(money(gross));
    });
  }

  describe('payment timeline', () => {
    const steps = (el: Element) =>
      [...root(el).querySelectorAll('[part~="timeline-step"]')].map((step) => ({
        // What is read out: the text and the state in words (the mark is aria-hidden).
        text: `${deepText(step.querySelector('.timeline-text')!)} ${deepText(step.querySelector('.visually-hidden')!)}`
          .replace(/\s+/g, ' ')
          .trim(),
        current: step.getAttribute('aria-current') === 'step',
      }));
    const current = (el: Element) =>
      steps(el)
        .filter((step) => step.current)
        .map((step) => step.text);

    it('after a rejection: the reason, and correcting is the current step', async () => {
      const el = await mount(memory, REJECTED);
      const rejected = (await memory.listInvoices(REJECTED)).find((invoice) => invoice.status === 'rejected')!;
      const texts = steps(el).map((step) => step.text);
      expect(texts[0]).to.include(`Invoice ${rejected.number} submitted`).and.include('(done)');
      expect(texts).to.include(`Invoice ${rejected.number} rejected: ${rejected.rejectionReason} (needs attention)`);
      expect(current(el)).to.deep.equal(['Correct and resubmit the invoice (current step)']);
      expect(texts.at(-1)).to.equal('Paid (to come)');
    });

    it('approved: the payment is scheduled for the payment date; paid: the day and the amount', async () => {
      const invoice = (await memory.listInvoices(REJECTED))[0]!;
      await memory.setInvoiceStatus(REJECTED, 'approved');
      const el = await mount(memory, REJECTED);
      const due = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.parse(invoice.paymentDate),
      );
      expect(current(el)).to.deep.equal([`Payment scheduled for ${due} (current step)`]);
      expect(steps(el).map((step) => step.text)).to.include('Approved (done)');

      await memory.setInvoiceStatus(REJECTED, 'paid', { paidOn: invoice.paymentDate, paidAmountMinor: 12_345 });
      const paid = await mount(memory, REJECTED);
      const money = new Intl.NumberFormat('en', { style: 'currency', currency: invoice.currency });
      const amount = money.format(12_345 / 10 ** money.resolvedOptions().maximumFractionDigits!);
      expect(current(paid)).to.deep.equal([]);
      expect(steps(paid).at(-1)!.text).to.equal(`Paid on ${due}: ${amount} (done)`);
    });

    it('after resubmitting: the rejected invoice stays as history and the new one waits for review', async () => {
      const el = await mount(memory, REJECTED);
      const rejected = (await memory.listInvoices(REJECTED)).find((invoice) => invoice.status === 'rejected')!;
      button(el, 'Correct and resubmit').click();
      await waitUntil(() => deepText(root(el).querySelector('#step-heading') ?? root(el)) === 'Positions');
      await next(el, 'Details');
      await fillDetails(el, 'RE-2026-90006');
      await next(el, 'Review & Save');
      await uploadInvoice(el);
      button(el, 'Save').click();
      await waitUntil(() => root(el).querySelector('[part~="timeline"]'), 'timeline after saving', { timeout: 5000 });
      const texts = steps(el).map((step) => step.text);
      expect(texts).to.include(`Invoice ${rejected.number} rejected: ${rejected.rejectionReason} (needs attention)`);
      expect(current(el)[0]).to.match(/^Corrected and resubmitted as RE-2026-90006 .+ \(current step\)$/);
      expect(texts.slice(-4)).to.deep.equal([
        'Review by the platform’s manager (to come)',
        'Approved (to come)',
        texts.at(-2)!,
        'Paid (to come)',
      ]);
      expect(texts.at(-2)).to.match(/^Payment due on .+, once approved \(to come\)$/);
    });
  });

  it('is accessible on every step and in its status', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await expect(el).to.be.accessible();
    await next(el, 'Details');
    await expect(el).to.be.accessible();
    await fillDetails(el, 'RE-2026-90005');
    await next(el, 'Review & Save');
    await expect(el).to.be.accessible();
    await expect(await mount(memory, REJECTED)).to.be.accessible();
  });
});
