/**
 * <invoice-form> and its saved draft: a draft from before the order changed is brought in line with the order
 * (never a crash), and the signed PDF's upload key lives in the draft, so a reload mid-upload stores one document.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf, PACKAGING_RULES, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi, UploadFile, UploadOptions } from '../../src/api/port.js';
import type { DocumentRef } from '../../src/domain/types.js';
import { calendarDateIn } from '../../src/domain/dates.js';
import { eInvoiceFor } from '../../src/domain/e-invoice/from-order.js';
import { writeXRechnung } from '../../src/domain/e-invoice/xrechnung.js';
import type { Order } from '../../src/domain/types.js';
import '../../src/elements/invoice-form/invoice-form.js';
import type { InvoiceForm } from '../../src/elements/invoice-form/invoice-form.js';
import { invoiceDrafts } from '../../src/elements/invoice-form/invoice-draft.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { createRestAdapter } from '../../src/api/rest/index.js';
import { clearFaults, injectFaults, newTenant, requestsOf } from '../api/rest/reference-server.js';
import { makeCompanyProfile, makeShippedOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { chooseFiles, deepText, findByRole, findFileInput } from '../helpers/queries.js';

const READY_TO_INVOICE = orderIdOf(10); // SF-10011: fully shipped, nothing invoiced
const BANK = {
  accountHolder: 'Feinmechanik Huber GmbH',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  bankName: 'Commerzbank',
};

const root = (el: Element) => el.shadowRoot!;
const heading = (el: Element) => deepText(root(el).querySelector('#step-heading')!);
const notice = (el: Element) =>
  deepText(root(el).querySelector('[part~="draft-adjusted"]') ?? document.createElement('p'));
const reviewRows = (el: Element) =>
  [...root(el).querySelectorAll('[part~="totals"] tbody tr')].map((row) => deepText(row));

/** A draft as an earlier visit saved it. */
function storeDraft(orderId: string, value: Record<string, unknown>): void {
  const draft = {
    step: 0,
    quantities: {},
    number: 'RE-2026-7',
    invoiceDate: '2026-11-20',
    paymentDate: '2026-12-20',
    documentId: null,
    documentName: null,
    idempotencyKey: 'draft-key',
    ...value,
  };
  localStorage.setItem(
    `supplier-flow:draft:invoice:${orderId}`,
    JSON.stringify({ version: 1, savedAt: Date.now(), value: draft }),
  );
}

/** An adapter answering `order()` (read again on each call) with a bank account already on file. */
function stub(order: () => Order): SupplierApi {
  return createStubAdapter({
    getOrder: async () => order(),
    getCompanyProfile: async () => makeCompanyProfile({ bankDetails: BANK }),
    getPackagingRules: async () => PACKAGING_RULES,
  });
}

async function mount(api: SupplierApi, orderId: string): Promise<{ el: InvoiceForm; wrapper: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<supplier-provider .adapter=${api}><invoice-form order-id=${orderId}></invoice-form></supplier-provider>`,
  );
  const el = wrapper.querySelector('invoice-form')!;
  await waitUntil(() => root(el).querySelector('#step-heading, [part~="status"], [role="alert"]'), 'loaded', {
    timeout: 5000,
  });
  return { el, wrapper };
}

describe('<invoice-form> saved drafts', () => {
  beforeEach(() => localStorage.clear());

  it('a draft naming a position the order no longer has: Review shows the rest, and the supplier is told', async () => {
    const order = makeShippedOrder({ id: 'o-gone' });
    const [bracket, shaft] = order.positions;
    storeDraft(order.id, { step: 2, quantities: { [bracket!.id]: 2, [shaft!.id]: 1, 'p-gone': 3 } });
    const { el } = await mount(
      stub(() => order),
      order.id,
    );
    expect(heading(el)).to.equal('Review & Save');
    expect(notice(el))
      .to.include('Your saved draft was changed to fit the order as it is now')
      .and.include('1 position that is no longer on the order was removed.');
    expect(reviewRows(el)).to.have.length(2);
    expect(deepText(root(el).querySelector('[data-total="net"]')!)).to.include(
      (2 * bracket!.unitPriceMinor + shaft!.unitPriceMinor) / 100,
    );
    expect(invoiceDrafts.load(order.id)?.quantities).to.deep.equal({ [bracket!.id]: 2, [shaft!.id]: 1 });
  });

  it('quantities above what can still be invoiced come down to it, naming the part; with nothing left, back to Positions', async () => {
    const order = makeShippedOrder({ id: 'o-over' });
    const [bracket] = order.positions;
    storeDraft(order.id, { step: 2, quantities: { [bracket!.id]: 999 } });
    const { el } = await mount(
      stub(() => order),
      order.id,
    );
    expect(heading(el)).to.equal('Review & Save');
    expect(notice(el)).to.include(
      `${bracket!.partName} (${bracket!.partNumber}): ${bracket!.quantity} instead of 999, the most that can still be invoiced.`,
    );
    expect(invoiceDrafts.load(order.id)?.quantities[bracket!.id]).to.equal(bracket!.quantity);

    const other = makeShippedOrder({ id: 'o-none-left' });
    storeDraft(other.id, { step: 2, quantities: { 'p-gone': 3, 'p-gone-too': 1 } });
    const { el: second } = await mount(
      stub(() => other),
      other.id,
    );
    expect(heading(second)).to.equal('Positions');
    expect(notice(second)).to.include('2 positions that are no longer on the order were removed.');
  });

  it('an order reloaded while an e-invoice is read: its quantities fit the order as it is now', async () => {
    const both = makeShippedOrder({ id: 'o-einvoice' });
    const [bracket, shaft] = both.positions;
    const today = calendarDateIn(Date.now(), both.timeZone);
    const result = eInvoiceFor({
      order: both,
      profile: makeCompanyProfile(),
      bankDetails: BANK,
      number: 'ERP-1',
      invoiceDate: today,
      paymentDate: today,
      items: both.positions.map((position) => ({ positionId: position.id, quantity: position.quantity })),
    });
    if (!result.ok) throw new Error('test order cannot be e-invoiced');
    let current = both;
    const { el } = await mount(
      stub(() => current),
      both.id,
    );
    chooseFiles(findFileInput(root(el), /E-invoice/)!, [
      new File([writeXRechnung(result.invoice)], 'erp.xml', { type: 'application/xml' }),
    ]);
    current = {
      ...both,
      positions: [bracket!],
      shipments: both.shipments.map((shipment) => ({
        ...shipment,
        items: shipment.items.filter((item) => item.positionId === bracket!.id),
      })),
    };
    await el.reload();
    await waitUntil(() => invoiceDrafts.load(both.id)?.number === 'ERP-1', 'the e-invoice filled in the draft', {
      timeout: 5000,
    });
    await el.updateComplete;
    expect(invoiceDrafts.load(both.id)?.quantities).to.deep.equal({ [bracket!.id]: bracket!.quantity });
    expect(notice(el)).to.include('1 position that is no longer on the order was removed.');
    expect(deepText(root(el))).to.not.include(shaft!.partName);
  });
});

describe('<invoice-form> signed PDF upload across a reload', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    localStorage.clear();
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => memory.close());

  it('choosing the same PDF again after a reload cut the upload short sends the same key: one document', async () => {
    const calls: { key: string; result: Promise<DocumentRef> }[] = [];
    const api = new Proxy(memory, {
      get(target, property, receiver) {
        if (property === 'uploadInvoiceDocument') {
          return (orderId: string, file: UploadFile, options: UploadOptions) => {
            const result = target.uploadInvoiceDocument(orderId, file, options);
            calls.push({ key: options.idempotencyKey, result });
            return result;
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as SupplierApi;
    await memory.saveBankDetails(BANK, { idempotencyKey: 'bank' });
    const order = await memory.getOrder(READY_TO_INVOICE);
    storeDraft(order.id, {
      step: 2,
      quantities: { [order.positions[0]!.id]: 1 },
      invoiceDate: calendarDateIn(Date.now(), order.timeZone),
    });
    const pdf = new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'], 'invoice-signed.pdf', {
      type: 'application/pdf',
      lastModified: 1_700_000_000_000,
    });

    const first = await mount(api, order.id);
    memory.setLatency(400);
    chooseFiles(findFileInput(root(first.el), /Signed invoice/)!, [pdf]);
    await waitUntil(() => root(first.el).querySelector('progress') && calls.length === 1, 'uploading', {
      timeout: 5000,
    });
    first.wrapper.remove();

    memory.setLatency(0);
    const second = await mount(api, order.id);
    expect(heading(second.el)).to.equal('Review & Save');
    chooseFiles(findFileInput(root(second.el), /Signed invoice/)!, [pdf]);
    await waitUntil(() => deepText(root(second.el)).includes('Uploaded: invoice-signed.pdf'), 'uploaded', {
      timeout: 5000,
    });
    // The element aborts its write when it leaves the page (as a real reload does); the second sending stores it.
    const settled = await Promise.allSettled(calls.map((call) => call.result));
    const documents = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));

    expect(calls).to.have.length(2);
    expect(new Set(calls.map((call) => call.key)).size, 'one idempotency key').to.equal(1);
    expect(new Set(documents.map((document) => document.id)).size, 'one document stored').to.equal(1);
    expect(documents.length, 'a document stored').to.be.greaterThan(0);
    expect(invoiceDrafts.load(order.id)?.documentId).to.equal(documents[0]!.id);
    expect(findByRole(root(second.el), 'button', 'Save')!.getAttribute('aria-disabled')).to.equal('false');

    // Another file is another upload: a key of its own, not the first one's (the adapter would refuse a reused key).
    chooseFiles(findFileInput(root(second.el), /Signed invoice/)!, [
      new File([await pdf.arrayBuffer(), '% corrected\n'], 'invoice-corrected.pdf', { type: 'application/pdf' }),
    ]);
    await waitUntil(
      () => deepText(root(second.el)).includes('Uploaded: invoice-corrected.pdf'),
      'the corrected file uploaded',
      { timeout: 5000 },
    );
    expect(calls).to.have.length(3);
    expect(calls[2]!.key).to.not.equal(calls[0]!.key);
    const corrected = await calls[2]!.result;
    expect(corrected.id).to.not.equal(documents[0]!.id);
    expect(invoiceDrafts.load(order.id)?.documentId).to.equal(corrected.id);
  });

  it('over HTTP: the reference server kept the upload whose answer a reload lost; the same PDF again sends the same key', async () => {
    const baseUrl = await newTenant();
    const rest = createRestAdapter({ baseUrl, retryDelayMs: 5 });
    await rest.saveBankDetails(BANK, { idempotencyKey: 'bank' });
    const order = await rest.getOrder(READY_TO_INVOICE);
    storeDraft(order.id, {
      step: 2,
      quantities: { [order.positions[0]!.id]: 1 },
      invoiceDate: calendarDateIn(Date.now(), order.timeZone),
    });
    const pdf = new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'], 'invoice-signed.pdf', {
      type: 'application/pdf',
      lastModified: 1_700_000_000_000,
    });
    // The server stores the upload, but the page never hears back (as when it is reloaded meanwhile).
    await injectFaults(baseUrl, { method: 'POST', path: '/invoice-documents$', drop: 'after', times: 10 });
    const first = await mount(rest, order.id);
    chooseFiles(findFileInput(root(first.el), /Signed invoice/)!, [pdf]);
    await waitUntil(() => root(first.el).querySelector('[role="alert"]'), 'the upload’s answer is lost', {
      timeout: 5000,
    });
    first.wrapper.remove();
    await clearFaults(baseUrl);

    const second = await mount(rest, order.id);
    chooseFiles(findFileInput(root(second.el), /Signed invoice/)!, [pdf]);
    await waitUntil(() => deepText(root(second.el)).includes('Uploaded: invoice-signed.pdf'), 'uploaded', {
      timeout: 5000,
    });
    const keys = (await requestsOf(baseUrl))
      .filter((request) => request.method === 'POST' && request.path.endsWith('/invoice-documents'))
      .map((request) => request.idempotencyKey);
    expect(keys.length).to.be.at.least(2);
    expect(new Set(keys).size, 'one key for the upload before and after the reload').to.equal(1);
  });
});
