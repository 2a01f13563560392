import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { orderIdOf } from '../../src/api/memory/index.js';
import type { SupplierApi } from '../../src/api/port.js';
import { createRestAdapter } from '../../src/api/rest/index.js';
import { remainingQuantity } from '../../src/domain/quantities.js';
import { createDraftStore } from '../../src/elements/shared/drafts.js';
import '../../src/elements/invoice-form/invoice-form.js';
import '../../src/elements/production-confirmation/production-confirmation.js';
import '../../src/elements/quality-report/quality-report.js';
import '../../src/elements/order-activity/order-activity.js';
import '../../src/elements/shipping-wizard/shipping-wizard.js';
import { DRAFT_VERSION, isShippingDraft, type ShippingDraft } from '../../src/elements/shipping-wizard/draft.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { clearFaults, injectFaults, newTenant, requestsOf } from '../api/rest/reference-server.js';
import { chooseFiles, deepText, findByRole, findFileInput, pdfFile } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const TO_SHIP = orderIdOf(6); // SF-10007: regular order (platform arranges), nothing shipped
const READY_TO_INVOICE = orderIdOf(10); // SF-10011: fully shipped, nothing invoiced
const QC_PENDING = orderIdOf(3); // SF-10004: confirmed at application, QC required, nothing uploaded
const UNCONFIRMED = orderIdOf(0); // SF-10001: waiting for the supplier's confirmation
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0,
]);

const button = (el: Element, name: string | RegExp) => findByRole(root(el), 'button', name) as HTMLButtonElement;

const mount = <K extends keyof HTMLElementTagNameMap>(api: SupplierApi, template: ReturnType<typeof html>, tag: K) =>
  mountInProvider(api, tag, template, 'h3, #step-heading');

describe('elements on the REST adapter, over HTTP to the reference server', () => {
  let baseUrl: string;
  let api: SupplierApi;

  beforeEach(async () => {
    localStorage.clear();
    baseUrl = await newTenant();
    api = createRestAdapter({ baseUrl, retryDelayMs: 5 });
  });
  afterEach(() => localStorage.clear());

  it('<shipping-wizard>: Publish loses its answer to a dropped connection; "Try again" with the same key makes one shipment', async () => {
    const order = await api.getOrder(TO_SHIP);
    const photo = await api.uploadPackagePhoto(
      TO_SHIP,
      { name: 'box.png', blob: new Blob([PNG], { type: 'image/png' }) },
      { idempotencyKey: 'photo-1' },
    );
    const first = order.positions.find((position) => remainingQuantity(order, position) > 0)!;
    createDraftStore<ShippingDraft>('shipping', DRAFT_VERSION, isShippingDraft).save(TO_SHIP, {
      step: 2,
      quantities: { [first.id]: '1' },
      package: { type: 'box', count: '1', lengthCm: '40', widthCm: '30', heightCm: '20', weightKg: '5' },
      photo: { id: photo.id, name: photo.name },
      delivery: { carrierId: '', trackingNumbers: [''], expectedShipDate: '' },
      termsAccepted: true,
      idempotencyKey: 'draft-key-1',
    });
    const el = await mount(api, html`<shipping-wizard order-id=${TO_SHIP}></shipping-wizard>`, 'shipping-wizard');
    // Every answer is lost until the faults are cleared (Chromium itself resends a request whose connection closed).
    await injectFaults(baseUrl, { method: 'POST', path: '/shipments$', drop: 'after', times: 10 });
    button(el, /^Publish$/).click();
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'the error is shown', { timeout: 5000 });
    expect(deepText(root(el).querySelector('[role=alert]')!)).to.include('No connection to the server');
    await clearFaults(baseUrl);

    const published = oneEvent(el, 'shipment-published');
    button(el, /^Try again$/).click();
    await published;
    const keys = (await requestsOf(baseUrl))
      .filter((request) => request.method === 'POST' && request.path.endsWith('/shipments'))
      .map((request) => request.idempotencyKey);
    expect(keys.length).to.be.at.least(2);
    expect(new Set(keys)).to.deep.equal(new Set(['draft-key-1']));
    expect(await api.listShipments(TO_SHIP)).to.have.length(order.shipments.length + 1);
  });

  it('<production-confirmation> on a backend requiring a token: its download link opens the PDF without the token (signed); the bare URL does not', async () => {
    const token = 'token-documents';
    const signedIn = createRestAdapter({
      baseUrl: await newTenant(token),
      getHeaders: () => ({ Authorization: `Bearer ${token}` }),
    });
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${signedIn}
        ><production-confirmation order-id=${UNCONFIRMED}></production-confirmation
      ></supplier-provider>`,
    );
    const el = wrapper.querySelector('production-confirmation')!;
    await waitUntil(() => root(el).querySelector('a[part~="download"]'), 'the download link is shown', {
      timeout: 5000,
    });
    const link = new URL(root(el).querySelector<HTMLAnchorElement>('a[part~="download"]')!.href);
    expect(link.searchParams.get('signature'), 'a signed link').to.be.a('string');
    const opened = await fetch(link);
    expect(opened.status).to.equal(200);
    expect(await opened.text()).to.match(/^%PDF-/);
    link.search = '';
    expect((await fetch(link)).status, 'without the signature the token is needed').to.equal(401);
  });

  it('<quality-report>: an upload whose answer is lost, retried with "Try again", adds one report', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${api}
        ><quality-report order-id=${QC_PENDING}></quality-report
      ></supplier-provider>`,
    );
    const el = wrapper.querySelector('quality-report')!;
    await waitUntil(() => findFileInput(root(el), /Quality control report/), 'loaded', { timeout: 5000 });
    await injectFaults(baseUrl, { method: 'POST', path: '/quality-reports$', drop: 'after', times: 10 });
    chooseFiles(findFileInput(root(el), /Quality control report/)!, [pdfFile('inspection.pdf')]);
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'the error is shown', { timeout: 5000 });
    await clearFaults(baseUrl);
    const uploaded = oneEvent(el, 'quality-report-uploaded');
    button(el, /^Try again$/).click();
    await uploaded;
    expect(await api.listQualityReports(QC_PENDING)).to.have.length(1);
    const keys = (await requestsOf(baseUrl))
      .filter((request) => request.method === 'POST')
      .map((request) => request.idempotencyKey);
    expect(keys.length).to.be.at.least(2);
    expect(new Set(keys).size, 'one key for the upload and its retries').to.equal(1);
  });

  it('<order-activity>: a comment whose answer is lost, retried with "Try again", is added once', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${api}
        ><order-activity order-id=${TO_SHIP} refresh-seconds="0"></order-activity
      ></supplier-provider>`,
    );
    const el = wrapper.querySelector('order-activity')!;
    await waitUntil(() => root(el).querySelector('textarea'), 'loaded', { timeout: 5000 });
    const area = root(el).querySelector('textarea')!;
    area.value = 'Pickup on Friday?';
    area.dispatchEvent(new Event('input'));
    await injectFaults(baseUrl, { method: 'POST', path: '/comments$', drop: 'after', times: 10 });
    button(el, /^Comment$/).click();
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'the error is shown', { timeout: 5000 });
    expect(area.value, 'the text is kept').to.equal('Pickup on Friday?');
    await clearFaults(baseUrl);
    const added = oneEvent(el, 'comment-added');
    button(el, /^Try again$/).click();
    await added;
    const comments = (await api.listOrderActivity(TO_SHIP)).filter(
      (entry) => entry.kind === 'comment' && 'text' in entry && entry.text === 'Pickup on Friday?',
    );
    expect(comments).to.have.length(1);
    const keys = (await requestsOf(baseUrl))
      .filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))
      .map((request) => request.idempotencyKey);
    expect(keys.length).to.be.at.least(2);
    expect(new Set(keys).size, 'one key for the comment and its retries').to.equal(1);
  });

  it('<invoice-form>: a 422 with field errors from the server is shown on the fields', async () => {
    const el = await mount(api, html`<invoice-form order-id=${READY_TO_INVOICE}></invoice-form>`, 'invoice-form');
    button(el, 'Continue').click();
    await waitUntil(() => deepText(root(el).querySelector('#step-heading')!) === 'Details', 'on details', {
      timeout: 5000,
    });
    const type = (id: string, value: string) => {
      const field = root(el).querySelector<HTMLInputElement>(`#${id}`)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
      field.dispatchEvent(new Event('blur'));
    };
    type('bank-accountHolder', 'Feinmechanik Huber GmbH');
    type('bank-iban', 'DE89370400440532013000');
    type('bank-bic', 'COBADEFFXXX');
    type('bank-bankName', 'Commerzbank');
    type('invoice-number', 'RE-2026-77001');
    await el.updateComplete;
    button(el, 'Continue').click();
    await waitUntil(() => deepText(root(el).querySelector('#step-heading')!) === 'Review & Save', 'on review', {
      timeout: 5000,
    });
    chooseFiles(findFileInput(root(el), /Signed invoice/)!, [pdfFile('invoice-signed.pdf')]);
    await waitUntil(() => deepText(root(el)).includes('Uploaded: invoice-signed.pdf'), 'uploaded over HTTP', {
      timeout: 5000,
    });

    await injectFaults(baseUrl, {
      method: 'POST',
      path: '/invoices$',
      status: 422,
      body: {
        detail: 'The invoice is not valid.',
        fieldErrors: { number: 'Your accounting already sent RE-2026-77001 to another customer.' },
      },
    });
    button(el, 'Save').click();
    await waitUntil(() => deepText(root(el).querySelector('#step-heading')!) === 'Details', 'back on details', {
      timeout: 5000,
    });
    expect(deepText(root(el).querySelector('#invoice-number-status')!)).to.include(
      'Your accounting already sent RE-2026-77001 to another customer.',
    );
    expect(root(el).querySelector('#invoice-number')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector<HTMLInputElement>('#invoice-number')!.value, 'what was typed is kept').to.equal(
      'RE-2026-77001',
    );
  });
});
