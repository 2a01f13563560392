/**
 * A conformance kit for any SupplierApi: registers mocha-style `describe`/`it` tests (mocha, jest and vitest
 * provide these globals) that check the rules every backend must keep. It finds its own test data through the
 * API, so run it against a backend seeded with a variety of orders (some to confirm, to ship, to invoice, with QC).
 */
import { checkedApi } from '../api/checked-api.js';
import { ContractError, SupplierApiError } from '../api/errors.js';
import type { ApiErrorKind } from '../api/errors.js';
import type { OrderQuery, SupplierApi } from '../api/port.js';
import { calendarDateIn } from '../domain/dates.js';
import { invoiceableQuantity, remainingQuantity } from '../domain/quantities.js';
import { needsSupplierAction } from '../domain/stages.js';
import type { NewShipment, NextAction, Order, OrderSummary } from '../domain/types.js';

/** What the kit tests: the adapter, and optional hooks of test backends. */
export interface ConformanceTarget {
  readonly api: SupplierApi;
  /** Lets the platform process pending platform-arranged shipments now, where the backend can. */
  processPendingShipments?(): Promise<void>;
}

class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

/** Throws when the condition is false. */
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

/** Awaits a promise that must reject; returns the rejection. */
async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new ConformanceFailure(`${what} resolved, but it must be refused.`);
}

/** Awaits a promise that must reject with a SupplierApiError of this kind. */
async function rejectsWithKind(promise: Promise<unknown>, kind: ApiErrorKind, what: string): Promise<SupplierApiError> {
  const error = await rejection(promise, what);
  assert(error instanceof SupplierApiError, `${what} must fail with a SupplierApiError of kind "${kind}", got ${String(error)}`);
  assert(error.kind === kind, `${what} must fail with kind "${kind}", got "${error.kind}": ${error.message}`);
  return error;
}

let keySequence = 0;
const newKey = () => `conformance-${Date.now().toString(36)}-${(++keySequence).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The bytes of a minimal PDF and of a 1×1 PNG, for uploads. */
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const file = (name: string, bytes: Uint8Array, type: string) => ({ name, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }) });

/** Every order matching a query, page by page. */
async function allOrders(api: SupplierApi, query: OrderQuery = {}, limit = 50): Promise<OrderSummary[]> {
  const items: OrderSummary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const answer = await api.listOrders({ ...query, limit, cursor });
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) return items;
  }
  throw new ConformanceFailure('listOrders never ended (10,000 pages).');
}

/** The first order (in full) whose next action is `action` and that `fits`; fails clearly when the seed has none. */
async function findOrder(api: SupplierApi, action: NextAction, fits: (order: Order) => boolean = () => true): Promise<Order> {
  for (const summary of await allOrders(api, { sort: 'created', direction: 'desc' })) {
    if (summary.nextAction !== action) continue;
    const order = await api.getOrder(summary.id);
    if (fits(order)) return order;
  }
  throw new ConformanceFailure(`The backend's data has no order whose next action is "${action}" (and that fits the case); seed a variety of orders.`);
}

const supplierArranged = (order: Order) => order.kind === 'test' || order.incoterm === 'DAP';

/** A valid new shipment of `items` for an order, delivered by whoever its terms say. */
async function newShipment(api: SupplierApi, order: Order, items: NewShipment['items']): Promise<NewShipment> {
  const supplier = supplierArranged(order);
  const delivery: NewShipment['delivery'] = supplier
    ? { arrangedBy: 'supplier', carrierId: ((await api.listCarriers())[0]?.id ?? 'other'), trackingNumbers: [], expectedShipDate: calendarDateIn(new Date(), order.timeZone) }
    : { arrangedBy: 'platform', pickupAddress: (await api.getCompanyProfile()).pickupAddress };
  return {
    items,
    package: { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 5 },
    photoId: null,
    delivery,
    termsAccepted: true,
  };
}

const shippable = (order: Order) => order.positions.some((position) => remainingQuantity(order, position) > 0);

/** Registers the conformance tests of an adapter under `describe(name)`; `createAdapter` runs before each test. */
export function defineConformanceSuite(name: string, createAdapter: () => Promise<ConformanceTarget> | ConformanceTarget): void {
  describe(`${name}: SupplierApi conformance`, () => {
    let api: SupplierApi;

    beforeEach(async () => {
      const target = await createAdapter();
      api = checkedApi(target.api);
    });

    describe('reads', () => {
      it('pages through every order exactly once, with total and counts matching', async () => {
        const first = await api.listOrders({ limit: 7 });
        const all = await allOrders(api, {}, 7);
        const ids = new Set(all.map((order) => order.id));
        assert(all.length > 0, 'listOrders returned no orders');
        assert(ids.size === all.length, `paging returned ${all.length - ids.size} orders twice`);
        assert(first.total === all.length, `total says ${first.total}, paging found ${all.length}`);
        assert(first.counts.all === all.length, `counts.all says ${first.counts.all}, paging found ${all.length}`);
        assert(first.items.length === Math.min(7, all.length), 'a page must hold `limit` items while more remain');
      });

      it('filters by needs-action, overdue and stage, with totals and counts that agree', async () => {
        const everything = await allOrders(api);
        const needing = await allOrders(api, { needsAction: true });
        assert(needing.every((order) => needsSupplierAction(order.nextAction)), 'needsAction returned an order that needs no action');
        assert(needing.length === everything.filter((order) => needsSupplierAction(order.nextAction)).length, 'needsAction missed orders');
        const needingPage = await api.listOrders({ needsAction: true });
        assert(needingPage.total === needing.length && needingPage.counts.needsAction === needing.length, 'needsAction total/count disagree with the items');
        const overdue = await allOrders(api, { overdue: true });
        const now = new Date();
        for (const order of overdue) {
          assert(order.stage !== 'completed', `${order.number} is completed but listed as overdue`);
          assert(order.leadTime < calendarDateIn(now, order.timeZone), `${order.number} is not past its lead time but listed as overdue`);
        }
        assert((await api.listOrders({ overdue: true })).counts.overdue === overdue.length, 'counts.overdue disagrees with the overdue items');
        const stage = everything[0]?.stage ?? 'production';
        const atStage = await allOrders(api, { stage });
        assert(atStage.length > 0 && atStage.every((order) => order.stage === stage), `the stage filter "${stage}" returned other stages`);
        assert(atStage.length === everything.filter((order) => order.stage === stage).length, `the stage filter "${stage}" missed orders`);
      });

      it('sorts by lead time and creation both ways, and by value within a currency', async () => {
        const ordered = (values: readonly (string | number)[], direction: 'asc' | 'desc') =>
          values.every((value, index) => index === 0 || (direction === 'asc' ? values[index - 1]! <= value : values[index - 1]! >= value));
        for (const direction of ['asc', 'desc'] as const) {
          const byLead = await allOrders(api, { sort: 'lead-time', direction });
          assert(ordered(byLead.map((order) => order.leadTime), direction), `lead-time ${direction} is out of order`);
          const byCreated = await allOrders(api, { sort: 'created', direction });
          assert(ordered(byCreated.map((order) => Date.parse(order.createdAt)), direction), `created ${direction} is out of order`);
          const byValue = await allOrders(api, { sort: 'value', direction });
          const currencies = new Set(byValue.map((order) => order.value.currency));
          for (const currency of currencies) {
            const amounts = byValue.filter((order) => order.value.currency === currency).map((order) => order.value.amountMinor);
            assert(ordered(amounts, direction), `value ${direction} is out of order within ${currency}`);
          }
        }
      });

      it('searches by order number, case-insensitively', async () => {
        const [sample] = (await api.listOrders({ limit: 1 })).items;
        assert(sample, 'no order to search for');
        const found = await allOrders(api, { search: sample.number.toLowerCase() });
        assert(found.some((order) => order.id === sample.id), `searching "${sample.number.toLowerCase()}" did not find ${sample.number}`);
        const none = await api.listOrders({ search: 'zz-no-such-order-zz' });
        assert(none.items.length === 0 && none.total === 0 && none.counts.all === 0, 'a search matching nothing must return nothing');
      });

      it('gets a listed order by id', async () => {
        const [sample] = (await api.listOrders({ limit: 1 })).items;
        assert(sample, 'no order listed');
        const order = await api.getOrder(sample.id);
        assert(order.id === sample.id && order.number === sample.number, 'getOrder returned another order');
      });

      it('reports an unknown order id as not-found', async () => {
        await rejectsWithKind(api.getOrder('no-such-order-4711'), 'not-found', 'getOrder of an unknown id');
      });

      it('answers every read within the contract (schemas parse every answer)', async () => {
        const page = await api.listOrders({ limit: 20 });
        for (const summary of page.items) {
          const order = await api.getOrder(summary.id);
          await api.getProductionOrder(order.id);
          await api.listQualityReports(order.id);
          await api.listInvoices(order.id);
          for (const shipment of await api.listShipments(order.id)) await api.getTracking(order.id, shipment.id);
        }
        await api.listCarriers();
        await api.getPackagingRules();
        await api.getCompanyProfile();
      });

      it('rejects with an AbortError when the signal is already aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        const listed = await rejection(api.listOrders({}, { signal: controller.signal }), 'listOrders with an aborted signal');
        assert((listed as { name?: string }).name === 'AbortError', `expected an AbortError, got ${String(listed)}`);
        const got = await rejection(api.getOrder('any', { signal: controller.signal }), 'getOrder with an aborted signal');
        assert((got as { name?: string }).name === 'AbortError', `expected an AbortError, got ${String(got)}`);
      });
    });

    describe('writes', () => {
      it('confirms an order idempotently: the same key twice gives one confirmation', async () => {
        const order = await findOrder(api, 'confirm-order');
        const idempotencyKey = newKey();
        const first = await api.confirmOrder(order.id, { idempotencyKey });
        const second = await api.confirmOrder(order.id, { idempotencyKey });
        assert(first.production.confirmedAt !== null || first.production.confirmedAtApplication, 'confirmOrder did not confirm');
        assert(second.production.confirmedAt === first.production.confirmedAt, 'the retry changed the confirmation');
        const reread = await api.getOrder(order.id);
        assert(reread.production.confirmedAt === first.production.confirmedAt, 'the stored confirmation differs from the answer');
        const summary = (await allOrders(api, { search: order.number })).find((item) => item.id === order.id);
        assert(summary && summary.nextAction !== 'confirm-order', 'after confirming, the order still asks to be confirmed');
      });

      it('refuses over-shipping with a validation error naming the item', async () => {
        const order = await findOrder(api, 'add-shipping', shippable);
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        const draft = await newShipment(api, order, [{ positionId: position.id, quantity: remainingQuantity(order, position) + 1 }]);
        const error = await rejectsWithKind(api.createShipment(order.id, draft, { idempotencyKey: newKey() }), 'validation', 'shipping more than remains');
        assert(Object.keys(error.fieldErrors).some((key) => key.startsWith('items')), `the field errors must name the items, got ${JSON.stringify(error.fieldErrors)}`);
        assert((await api.listShipments(order.id)).length === order.shipments.length, 'a refused shipment was stored');
      });

      it('creates one shipment when the same key is sent twice', async () => {
        const order = await findOrder(api, 'add-shipping', shippable);
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        const draft = await newShipment(api, order, [{ positionId: position.id, quantity: 1 }]);
        const idempotencyKey = newKey();
        const first = await api.createShipment(order.id, draft, { idempotencyKey });
        const second = await api.createShipment(order.id, draft, { idempotencyKey });
        assert(first.id === second.id, 'the retry created another shipment');
        const shipments = await api.listShipments(order.id);
        assert(shipments.length === order.shipments.length + 1, `expected ${order.shipments.length + 1} shipments, found ${shipments.length}`);
      });

      it('keeps several tracking numbers of a supplier-arranged shipment, in order', async () => {
        const order = await findOrder(api, 'add-shipping', (candidate) => shippable(candidate) && supplierArranged(candidate));
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        const draft = await newShipment(api, order, [{ positionId: position.id, quantity: 1 }]);
        assert(draft.delivery.arrangedBy === 'supplier', 'expected a supplier-arranged delivery');
        const trackingNumbers = ['1Z5R89390357567127', '1Z999AA10123456784', '00340434161094042557'];
        const created = await api.createShipment(order.id, { ...draft, delivery: { ...draft.delivery, trackingNumbers } }, { idempotencyKey: newKey() });
        const stored = (await api.listShipments(order.id)).find((shipment) => shipment.id === created.id);
        for (const [where, shipment] of [['the answer', created], ['the list', stored]] as const) {
          assert(shipment?.delivery.arrangedBy === 'supplier', `${where} lost the supplier-arranged delivery`);
          const numbers = shipment.delivery.trackingNumbers;
          assert(JSON.stringify(numbers) === JSON.stringify(trackingNumbers), `${where} has trackingNumbers ${JSON.stringify(numbers)}, expected ${JSON.stringify(trackingNumbers)}`);
        }
        await api.getTracking(order.id, created.id);
      });

      it('refuses the same tracking number twice with a validation error naming the second one', async () => {
        const order = await findOrder(api, 'add-shipping', (candidate) => shippable(candidate) && supplierArranged(candidate));
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        const draft = await newShipment(api, order, [{ positionId: position.id, quantity: 1 }]);
        assert(draft.delivery.arrangedBy === 'supplier', 'expected a supplier-arranged delivery');
        const delivery = { ...draft.delivery, trackingNumbers: ['1Z5R89390357567127', '1Z5R89390357567127'] };
        const error = await rejectsWithKind(api.createShipment(order.id, { ...draft, delivery }, { idempotencyKey: newKey() }), 'validation', 'a tracking number given twice');
        assert('delivery.trackingNumbers.1' in error.fieldErrors, `the field errors must name "delivery.trackingNumbers.1", got ${JSON.stringify(error.fieldErrors)}`);
        assert((await api.listShipments(order.id)).length === order.shipments.length, 'a refused shipment was stored');
      });

      it('refuses a duplicate invoice number with a validation error naming `number`', async () => {
        let existing: string | null = null;
        for (const summary of await allOrders(api)) {
          if (summary.stage !== 'invoice' && summary.stage !== 'completed') continue;
          const invoice = (await api.listInvoices(summary.id)).find((candidate) => candidate.status !== 'rejected');
          if (invoice) {
            existing = invoice.number;
            break;
          }
        }
        assert(existing, "The backend's data has no invoice to collide with; seed a variety of orders.");
        const order = await findOrder(api, 'upload-invoice', (candidate) =>
          candidate.positions.some((position) => invoiceableQuantity(candidate, position) > 0) && !candidate.invoices.some((invoice) => invoice.number === existing));
        const document = await api.uploadInvoiceDocument(order.id, file('invoice.pdf', PDF_BYTES, 'application/pdf'), { idempotencyKey: newKey() });
        const today = calendarDateIn(new Date(), order.timeZone);
        const items = order.positions
          .map((position) => ({ positionId: position.id, quantity: invoiceableQuantity(order, position) }))
          .filter((item) => item.quantity > 0);
        const invoice = { number: existing, invoiceDate: today, paymentDate: today, items, documentId: document.id };
        const error = await rejectsWithKind(api.createInvoice(order.id, invoice, { idempotencyKey: newKey() }), 'validation', 'a duplicate invoice number');
        assert('number' in error.fieldErrors, `the field errors must name "number", got ${JSON.stringify(error.fieldErrors)}`);
      });

      it('refuses a QC report that is not a PDF', async () => {
        const order = await findOrder(api, 'upload-qc-report');
        const upload = api.uploadQualityReport(order.id, file('report.pdf', PNG_BYTES, 'application/pdf'), { idempotencyKey: newKey() });
        await rejectsWithKind(upload, 'validation', 'a PNG uploaded as a QC report');
        assert((await api.listQualityReports(order.id)).length === order.quality.reports.length, 'a refused report was stored');
      });

      it('never answers outside the contract (ContractError would name the field)', async () => {
        const order = await findOrder(api, 'add-shipping', shippable);
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        try {
          await api.createShipment(order.id, await newShipment(api, order, [{ positionId: position.id, quantity: 1 }]), { idempotencyKey: newKey() });
          await api.listShipments(order.id);
        } catch (error) {
          assert(!(error instanceof ContractError), `an answer broke the contract: ${(error as Error).message}`);
          throw error;
        }
      });
    });
  });
}
