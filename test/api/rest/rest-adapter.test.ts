import { expect, waitUntil } from '@open-wc/testing';
import { ContractError, SupplierApiError } from '../../../src/api/errors.js';
import { orderIdOf } from '../../../src/api/memory/index.js';
import type { SupplierApi } from '../../../src/api/port.js';
import { createRestAdapter } from '../../../src/api/rest/index.js';
import type { RestAdapterOptions } from '../../../src/api/rest/index.js';
import type { NewShipment } from '../../../src/domain/types.js';
import { clearFaults, injectFaults, newTenant, requestsOf } from './reference-server.js';

const TO_SHIP = orderIdOf(6); // SF-10007: regular order, production and QC done, nothing shipped
const PDF = new TextEncoder().encode('%PDF-1.4\n' + 'x'.repeat(300_000) + '\n%%EOF\n');

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

async function apiError(promise: Promise<unknown>): Promise<SupplierApiError> {
  const error = await failure(promise);
  expect(error).to.be.instanceOf(SupplierApiError);
  return error as SupplierApiError;
}

async function platformShipment(api: SupplierApi, orderId: string): Promise<NewShipment> {
  const order = await api.getOrder(orderId);
  return {
    items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
    package: { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 5 },
    photoId: null,
    delivery: { arrangedBy: 'platform', pickupAddress: (await api.getCompanyProfile()).pickupAddress },
    termsAccepted: true,
  };
}

describe('REST adapter over HTTP: faults and the contract', () => {
  let baseUrl: string;
  let api: SupplierApi;
  const adapter = (options: Partial<RestAdapterOptions> = {}) =>
    createRestAdapter({ baseUrl, retryDelayMs: 5, ...options });

  beforeEach(async () => {
    baseUrl = await newTenant();
    api = adapter();
  });

  it('retries a read the server answers 500 twice, then 200: the read succeeds on the third request', async () => {
    await injectFaults(baseUrl, { method: 'GET', path: '^/orders$', status: 500, times: 2 });
    const page = await api.listOrders({ limit: 5 });
    expect(page.items).to.have.length(5);
    expect((await requestsOf(baseUrl)).filter((request) => request.path === '/orders')).to.have.length(3);
  });

  it('gives up after `retries` and reports the server kind', async () => {
    await injectFaults(baseUrl, { method: 'GET', path: '^/carriers$', status: 503, times: 5 });
    const error = await apiError(adapter({ retries: 1 }).listCarriers());
    expect(error.kind).to.equal('server');
    expect(error.retryable).to.equal(true);
    expect((await requestsOf(baseUrl)).filter((request) => request.path === '/carriers')).to.have.length(2);
  });

  it('honours Retry-After on 429 before retrying a read', async () => {
    await injectFaults(baseUrl, { method: 'GET', path: '^/carriers$', status: 429, headers: { 'Retry-After': '1' } });
    const started = performance.now();
    expect(await api.listCarriers()).to.not.be.empty;
    expect(performance.now() - started).to.be.at.least(950);
  });

  it('does not wait for a Retry-After longer than maxRetryDelayMs: the read fails at once', async () => {
    await injectFaults(baseUrl, { method: 'GET', path: '^/carriers$', status: 429, headers: { 'Retry-After': '120' } });
    const started = performance.now();
    expect((await apiError(api.listCarriers())).kind).to.equal('server');
    expect(performance.now() - started).to.be.below(2_000);
  });

  it('fails a read that outlasts the time-out with the timeout kind (and does not retry it)', async () => {
    await injectFaults(baseUrl, { method: 'GET', path: '^/orders/', delayMs: 1_500, times: 3 });
    const error = await apiError(adapter({ timeoutMs: 200 }).getOrder(TO_SHIP));
    expect(error.kind).to.equal('timeout');
    expect((await requestsOf(baseUrl)).filter((request) => request.path.startsWith('/orders/'))).to.have.length(1);
  });

  it('aborts a read in flight when its signal aborts', async () => {
    await injectFaults(baseUrl, { method: 'GET', path: '^/orders/', delayMs: 1_000 });
    const controller = new AbortController();
    const pending = api.getOrder(TO_SHIP, { signal: controller.signal });
    await waitUntil(
      async () => (await requestsOf(baseUrl)).some((request) => request.path.startsWith('/orders/')),
      'the read reached the server',
    );
    controller.abort();
    expect((await failure(pending)) as DOMException).to.have.property('name', 'AbortError');
  });

  it('never retries a write by itself, and sends it with an Idempotency-Key header', async () => {
    await injectFaults(baseUrl, { method: 'POST', path: '/confirmation$', status: 500 });
    expect((await apiError(api.confirmOrder(orderIdOf(0), { idempotencyKey: 'confirm-1' }))).kind).to.equal('server');
    const writes = (await requestsOf(baseUrl)).filter((request) => request.method === 'POST');
    expect(writes).to.deep.equal([
      { method: 'POST', path: `/orders/${orderIdOf(0)}/confirmation`, idempotencyKey: 'confirm-1' },
    ]);
  });

  it('a connection dropped during a write, retried with the same key, creates one shipment', async () => {
    const shipment = await platformShipment(api, TO_SHIP);
    const before = (await api.listShipments(TO_SHIP)).length;
    // Every answer is lost until the faults are cleared (Chromium itself resends a request whose connection closed).
    await injectFaults(baseUrl, { method: 'POST', path: '/shipments$', drop: 'after', times: 10 });
    const lost = await apiError(api.createShipment(TO_SHIP, shipment, { idempotencyKey: 'ship-1' }));
    expect(lost.kind).to.equal('network');
    await clearFaults(baseUrl);
    const created = await api.createShipment(TO_SHIP, shipment, { idempotencyKey: 'ship-1' });
    const shipments = await api.listShipments(TO_SHIP);
    expect(shipments).to.have.length(before + 1);
    expect(shipments.at(-1)!.id).to.equal(created.id);
    const keys = (await requestsOf(baseUrl))
      .filter((request) => request.method === 'POST')
      .map((request) => request.idempotencyKey);
    expect(keys.length, 'the lost write reached the server, then the retry').to.be.at.least(2);
    expect(new Set(keys)).to.deep.equal(new Set(['ship-1']));
  });

  it('maps a 422 with field errors to a validation error with per-field messages', async () => {
    await injectFaults(baseUrl, {
      method: 'POST',
      path: '/invoices$',
      status: 422,
      body: {
        title: 'Unprocessable',
        detail: 'The invoice is not valid.',
        fieldErrors: { number: 'already used', invoiceDate: 'in the future' },
      },
    });
    const error = await apiError(
      api.createInvoice(
        orderIdOf(10),
        {
          number: 'X',
          invoiceDate: '2026-11-25',
          paymentDate: '2026-12-25',
          items: [{ positionId: 'p', quantity: 1 }],
          documentId: 'd',
        },
        { idempotencyKey: 'inv-1' },
      ),
    );
    expect(error.kind).to.equal('validation');
    expect(error.message).to.equal('The invoice is not valid.');
    expect(error.fieldErrors).to.deep.equal({ number: 'already used', invoiceDate: 'in the future' });
  });

  for (const [status, kind] of [
    [400, 'validation'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [502, 'server'],
  ] as const) {
    it(`maps ${status} to the ${kind} kind`, async () => {
      await injectFaults(baseUrl, {
        method: 'POST',
        path: '/confirmation$',
        status,
        body: { detail: `answered ${status}` },
      });
      const error = await apiError(api.confirmOrder(orderIdOf(0), { idempotencyKey: `status-${status}` }));
      expect([error.kind, error.message]).to.deep.equal([kind, `answered ${status}`]);
    });
  }

  it('reports the real backend’s rule errors: an unknown order is not-found, a write without a key is refused', async () => {
    expect((await apiError(api.getOrder('no-such-order'))).kind).to.equal('not-found');
    expect((await apiError(api.confirmOrder(orderIdOf(0), { idempotencyKey: '' }))).fieldErrors).to.deep.equal({
      idempotencyKey: 'required',
    });
  });

  it('turns a body that does not fit the contract into a ContractError naming the field', async () => {
    const order = await api.getOrder(TO_SHIP);
    await injectFaults(baseUrl, {
      method: 'GET',
      path: '^/orders/',
      status: 200,
      body: { ...order, positions: [{ ...order.positions[0], quantity: -3 }] },
    });
    const error = await failure(api.getOrder(TO_SHIP));
    expect(error).to.be.instanceOf(ContractError);
    expect((error as ContractError).path).to.equal('positions.0.quantity');
    expect((error as ContractError).message)
      .to.include('getOrder')
      .and.include('positions.0.quantity');
  });

  it('sends headers from getHeaders on every request (a token the backend requires)', async () => {
    baseUrl = await newTenant('token-2');
    expect((await apiError(adapter().listCarriers())).kind).to.equal('unauthorized');
    let calls = 0;
    const signedIn = adapter({ getHeaders: async () => ({ Authorization: `Bearer token-${++calls + 1}` }) });
    expect(await signedIn.listCarriers()).to.not.be.empty;
    expect((await apiError(signedIn.listCarriers())).kind, 'a stale token is refused').to.equal('unauthorized');
  });

  it('uploads multipart with progress; the document is served at the URL it answers', async () => {
    const progress: { loaded: number; total: number }[] = [];
    const document = await api.uploadInvoiceDocument(
      orderIdOf(10),
      { name: 'invoice.pdf', blob: new Blob([PDF], { type: 'application/pdf' }) },
      {
        idempotencyKey: 'upload-1',
        onProgress: (event) => progress.push(event),
      },
    );
    expect(document.sizeBytes).to.equal(PDF.length);
    expect(progress.length).to.be.at.least(1);
    expect(progress.at(-1)!.loaded).to.equal(progress.at(-1)!.total);
    expect(progress.at(-1)!.total).to.be.at.least(PDF.length);
    const served = new Uint8Array(await (await fetch(document.url)).arrayBuffer());
    expect(served.length).to.equal(PDF.length);
  });

  it('cancels an upload when its signal aborts', async () => {
    await injectFaults(baseUrl, { method: 'POST', path: '/invoice-documents$', delayMs: 1_000 });
    const controller = new AbortController();
    const pending = api.uploadInvoiceDocument(
      orderIdOf(10),
      { name: 'invoice.pdf', blob: new Blob([PDF], { type: 'application/pdf' }) },
      {
        idempotencyKey: 'upload-2',
        signal: controller.signal,
      },
    );
    await waitUntil(
      async () => (await requestsOf(baseUrl)).some((request) => request.path.endsWith('/invoice-documents')),
      'the upload reached the server',
    );
    controller.abort();
    expect((await failure(pending)) as DOMException).to.have.property('name', 'AbortError');
  });

  it('refuses a file that is not a PDF where a PDF is expected (the server reads the content)', async () => {
    const error = await apiError(
      api.uploadQualityReport(
        orderIdOf(3),
        { name: 'report.pdf', blob: new Blob(['hello'], { type: 'application/pdf' }) },
        { idempotencyKey: 'qc-1' },
      ),
    );
    expect(error.kind).to.equal('validation');
    expect(error.fieldErrors).to.have.property('file');
  });
});
