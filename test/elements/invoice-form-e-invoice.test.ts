import { expect, html, waitUntil } from '@open-wc/testing';
import { SupplierApiError } from '../../src/api/errors.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi, UploadFile, UploadOptions } from '../../src/api/port.js';
import { calendarDateIn } from '../../src/domain/dates.js';
import { eInvoiceFor } from '../../src/domain/e-invoice/from-order.js';
import { writeXRechnung } from '../../src/domain/e-invoice/xrechnung.js';
import type { Order } from '../../src/domain/types.js';
import '../../src/elements/invoice-form/invoice-form.js';
import type { InvoiceForm } from '../../src/elements/invoice-form/invoice-form.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { makeCompanyProfile, makeShippedOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { CII_SAMPLE, zugferdPdf } from '../helpers/e-invoice-samples.js';
import { chooseFiles, deepText, findByRole, findFileInput, pdfFile } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const READY_TO_INVOICE = orderIdOf(10); // SF-10011: fully shipped, nothing invoiced
const BANK = {
  accountHolder: 'Feinmechanik Huber GmbH',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  bankName: 'Commerzbank',
};
const RULES = {
  box: { maxWeightKg: 25, maxLengthCm: 120 },
  pallet: { maxWeightKg: 350, maxLengthCm: 240 },
  maxPhotoBytes: 1_000_000,
  maxDocumentBytes: 1_000_000,
};

const button = (el: Element, name: string | RegExp) => findByRole(root(el), 'button', name) as HTMLButtonElement;
const quantities = (el: Element) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input.qty')].map((input) => Number(input.value));
const eInvoiceInput = (el: Element) => findFileInput(root(el), /E-invoice \(XRechnung, ZUGFeRD or Factur-X\)/)!;

const mount = (api: SupplierApi, orderId: string): Promise<InvoiceForm> =>
  mountInProvider(
    api,
    'invoice-form',
    html`<invoice-form order-id=${orderId}></invoice-form>`,
    '#step-heading, [part~="status"], [role="alert"]',
  );

async function choose(el: InvoiceForm, file: File, expected: string): Promise<void> {
  chooseFiles(eInvoiceInput(el), [file]);
  await waitUntil(() => deepText(root(el)).includes(expected), `shows “${expected}”`, { timeout: 5000 });
}

async function next(el: InvoiceForm, heading: string): Promise<void> {
  button(el, 'Continue').click();
  await waitUntil(() => deepText(root(el).querySelector('#step-heading')!) === heading, `on ${heading}`, {
    timeout: 5000,
  });
}

/** The XRechnung an ERP would send for `order`: every shipped position, optionally with its own changes. */
function erpXRechnung(
  order: Order,
  number: string,
  change: (lines: { unitPriceMinor: number }[]) => void = () => {},
): File {
  const today = calendarDateIn(Date.now(), order.timeZone);
  const result = eInvoiceFor({
    order,
    profile: makeCompanyProfile(),
    bankDetails: BANK,
    number,
    invoiceDate: today,
    paymentDate: today,
    items: [{ positionId: order.positions[0]!.id, quantity: order.positions[0]!.quantity }],
  });
  if (!result.ok) throw new Error('test order cannot be e-invoiced');
  const lines = result.invoice.lines.map((line) => ({ ...line }));
  change(lines);
  return new File([writeXRechnung({ ...result.invoice, lines })], 'erp-export.xml', { type: 'application/xml' });
}

async function toReview(el: InvoiceForm, number: string): Promise<void> {
  await next(el, 'Details');
  for (const [id, value] of [
    ['bank-accountHolder', BANK.accountHolder],
    ['bank-iban', BANK.iban],
    ['bank-bic', BANK.bic],
    ['bank-bankName', BANK.bankName],
    ['invoice-number', number],
  ] as const) {
    const field = root(el).querySelector<HTMLInputElement>(`#${id}`);
    if (!field) continue;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  await next(el, 'Review & Save');
  chooseFiles(findFileInput(root(el), /Signed invoice/)!, [pdfFile('invoice-signed.pdf')]);
  await waitUntil(() => deepText(root(el)).includes('Uploaded: invoice-signed.pdf'), 'uploaded', { timeout: 5000 });
}

describe('<invoice-form> e-invoices', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    localStorage.clear();
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => memory.close());

  it('fills in number, dates and quantities from an uploaded XRechnung, and lists where it differs from the order', async () => {
    const order = await memory.getOrder(READY_TO_INVOICE);
    const el = await mount(memory, READY_TO_INVOICE);
    const file = erpXRechnung(order, 'ERP-2026-0042', (lines) => (lines[0]!.unitPriceMinor += 100));
    await choose(el, file, 'Invoice ERP-2026-0042 read from erp-export.xml: 1 position filled in.');
    expect(quantities(el)).to.deep.equal(
      order.positions.map((position, index) => (index === 0 ? position.quantity : 0)),
    );
    const differences = deepText(root(el).querySelector('[part~="e-invoice-differences"]')!);
    expect(differences).to.include(`${order.positions[0]!.partName}: unit price`);
    expect(root(el).querySelector('[role="status"].notice')).to.exist;
    await next(el, 'Details');
    expect(root(el).querySelector<HTMLInputElement>('#invoice-number')!.value).to.equal('ERP-2026-0042');
    expect(root(el).querySelector<HTMLInputElement>('#invoice-invoiceDate')!.value).to.equal(
      calendarDateIn(Date.now(), order.timeZone),
    );
  });

  it('reads the XML attached to a ZUGFeRD / Factur-X PDF', async () => {
    const order = makeShippedOrder({ number: 'ORD-4711' });
    const api = createStubAdapter({
      getOrder: async () => order,
      getCompanyProfile: async () => makeCompanyProfile({ bankDetails: BANK }),
      getPackagingRules: async () => RULES,
    });
    const el = await mount(api, order.id);
    await choose(
      el,
      await zugferdPdf(CII_SAMPLE),
      'Invoice RE-77 read from invoice-zugferd.pdf: 2 positions filled in.',
    );
    expect(quantities(el)).to.deep.equal([10, 4]);
    const differences = deepText(root(el).querySelector('[part~="e-invoice-differences"]')!);
    expect(differences).to.include('Shaft: unit price €90.00; the order says €89.00.');
    expect(differences).to.include('Its gross total is €577.15');
  });

  it('says why a file is not an e-invoice, and fills in nothing', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    const before = quantities(el);
    await choose(el, pdfFile('scan.pdf'), 'scan.pdf is a PDF without e-invoice data attached.');
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    await choose(el, new File(['<order><id>1</id></order>'], 'order.xml'), 'order.xml is XML, but not an invoice');
    await choose(
      el,
      new File(['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Invoice/>'], 'trick.xml'),
      'trick.xml is neither a readable XML file nor a PDF.',
    );
    expect(quantities(el)).to.deep.equal(before);
  });

  it('sends the XRechnung beside the signed PDF on Save and offers it for download', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await toReview(el, 'RE-2026-E1');
    const section = root(el).querySelector('[part~="e-invoice"]')!;
    expect(root(el).querySelector<HTMLInputElement>('#e-invoice-send')!.checked).to.equal(true);
    const link = section.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.getAttribute('download')).to.equal('XRechnung-RE-2026-E1.xml');
    expect(link.href).to.match(/^blob:/);
    expect(await (await fetch(link.href)).text()).to.include('<cbc:ID>RE-2026-E1</cbc:ID>');
    button(el, 'Save').click();
    await waitUntil(() => root(el).querySelector('[part~="status"]'), 'saved', { timeout: 5000 });
    const [invoice] = await memory.listInvoices(READY_TO_INVOICE);
    expect(invoice!.document.contentType).to.equal('application/pdf');
    expect(invoice!.eInvoice?.contentType).to.equal('application/xml');
    expect(await (await fetch(invoice!.eInvoice!.url)).text()).to.include('urn:xeinkauf.de:kosit:xrechnung_3.0');
    expect(deepText(root(el).querySelector('[part~="status"]')!)).to.include('E-invoice: XRechnung-RE-2026-E1.xml');
  });

  it('sends no XRechnung when the supplier unticks it', async () => {
    const el = await mount(memory, READY_TO_INVOICE);
    await toReview(el, 'RE-2026-E2');
    root(el).querySelector<HTMLInputElement>('#e-invoice-send')!.click();
    await el.updateComplete;
    button(el, 'Save').click();
    await waitUntil(() => root(el).querySelector('[part~="status"]'), 'saved', { timeout: 5000 });
    const [invoice] = await memory.listInvoices(READY_TO_INVOICE);
    expect(invoice!.eInvoice ?? null).to.equal(null);
  });

  it('retries a failed e-invoice upload with the same idempotency key, and keeps the form', async () => {
    const keys: string[] = [];
    let failures = 1;
    const flaky = new Proxy(memory, {
      get(target, property) {
        if (property === 'uploadInvoiceDocument') {
          return async (orderId: string, file: UploadFile, options: UploadOptions) => {
            if (file.name.endsWith('.xml')) {
              keys.push(options.idempotencyKey);
              if (failures-- > 0) throw new SupplierApiError('network', 'offline');
            }
            return target.uploadInvoiceDocument(orderId, file, options);
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const el = await mount(flaky, READY_TO_INVOICE);
    await toReview(el, 'RE-2026-E3');
    button(el, 'Save').click();
    await waitUntil(() => findByRole(root(el), 'button', 'Try again'), 'error with Try again', { timeout: 5000 });
    expect(root(el).querySelector<HTMLElement>('#step-heading')!.textContent).to.equal('Review & Save');
    expect(await memory.listInvoices(READY_TO_INVOICE)).to.have.length(0);
    button(el, 'Try again').click();
    await waitUntil(() => root(el).querySelector('[part~="status"]'), 'saved', { timeout: 5000 });
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect((await memory.listInvoices(READY_TO_INVOICE))[0]!.eInvoice?.contentType).to.equal('application/xml');
  });

  it('says what is missing for an XRechnung instead of offering a broken one', async () => {
    const order = makeShippedOrder({ buyer: null });
    const api = createStubAdapter({
      getOrder: async () => order,
      getCompanyProfile: async () => makeCompanyProfile({ bankDetails: BANK, contact: null }),
      getPackagingRules: async () => RULES,
    });
    const el = await mount(api, order.id);
    await next(el, 'Details');
    const number = root(el).querySelector<HTMLInputElement>('#invoice-number')!;
    number.value = 'RE-1';
    number.dispatchEvent(new Event('input'));
    await next(el, 'Review & Save');
    const section = deepText(root(el).querySelector('[part~="e-invoice"]')!);
    expect(section).to.include('has not given the buyer’s e-invoice details').and.include('no invoice contact');
    expect(root(el).querySelector('#e-invoice-send')).to.equal(null);
    expect(root(el).querySelector('[part~="e-invoice-download"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
