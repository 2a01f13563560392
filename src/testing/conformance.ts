/**
 * A conformance kit for any SupplierApi: registers mocha-style `describe`/`it` tests (mocha, jest and vitest
 * provide these globals) that check the rules every backend must keep. It finds its own test data through the
 * API, so run it against a backend seeded with a variety of orders (some to confirm, to ship, to invoice, with QC).
 */
import { checkedApi } from '../api/checked-api.js';
import { ContractError, SupplierApiError } from '../api/errors.js';
import type { ApiErrorKind } from '../api/errors.js';
import type { OrderQuery, SupplierApi } from '../api/port.js';
import { COMMENT_MAX_LENGTH } from '../domain/activity.js';
import { calendarDateIn } from '../domain/dates.js';
import { invoiceableQuantity, remainingQuantity } from '../domain/quantities.js';
import { addDays } from '../domain/dates.js';
import { lineAcknowledgementStatus } from '../domain/line-acknowledgement.js';
import { acceptsNewVersion, fileKindOf, hasTypedDocuments, slotState } from '../domain/quality-documents.js';
import { needsSupplierAction, nextAction, productionStatus, stageStatuses } from '../domain/stages.js';
import type { LineAnswer, NewShipment, NextAction, Order, OrderSummary, QualityDocumentSlot } from '../domain/types.js';

/** What the kit tests: the adapter, and optional hooks of test backends. */
export interface ConformanceTarget {
  readonly api: SupplierApi;
  /** Lets the platform process pending platform-arranged shipments now, where the backend can. */
  processPendingShipments?(): Promise<void>;
  /** Lets the platform respond to pending answers per line now, where the backend can. */
  respondToLineAcknowledgements?(): Promise<void>;
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
  assert(
    error instanceof SupplierApiError,
    `${what} must fail with a SupplierApiError of kind "${kind}", got ${String(error)}`,
  );
  assert(error.kind === kind, `${what} must fail with kind "${kind}", got "${error.kind}": ${error.message}`);
  return error;
}

let keySequence = 0;
const newKey = () =>
  `conformance-${Date.now().toString(36)}-${(++keySequence).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The bytes of a minimal PDF, an (empty) UBL invoice and a 1×1 PNG, for uploads. */
const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const XML_BYTES = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?>\n<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>\n',
);
const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0,
]);
const file = (name: string, bytes: Uint8Array, type: string) => ({
  name,
  blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
});

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
async function findOrder(
  api: SupplierApi,
  action: NextAction,
  fits: (order: Order) => boolean = () => true,
): Promise<Order> {
  for (const summary of await allOrders(api, { sort: 'created', direction: 'desc' })) {
    if (summary.nextAction !== action) continue;
    const order = await api.getOrder(summary.id);
    if (fits(order)) return order;
  }
  throw new ConformanceFailure(
    `The backend's data has no order whose next action is "${action}" (and that fits the case); seed a variety of orders.`,
  );
}

const supplierArranged = (order: Order) => order.kind === 'test' || order.incoterm === 'DAP';

/** A valid new shipment of `items` for an order, delivered by whoever its terms say. */
async function newShipment(api: SupplierApi, order: Order, items: NewShipment['items']): Promise<NewShipment> {
  const supplier = supplierArranged(order);
  const delivery: NewShipment['delivery'] = supplier
    ? {
        arrangedBy: 'supplier',
        carrierId: (await api.listCarriers())[0]?.id ?? 'other',
        trackingNumbers: [],
        expectedShipDate: calendarDateIn(new Date(), order.timeZone),
      }
    : { arrangedBy: 'platform', pickupAddress: (await api.getCompanyProfile()).pickupAddress };
  return {
    items,
    package: { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 5 },
    photoId: null,
    delivery,
    termsAccepted: true,
  };
}

/** The first order (in full) with typed quality documents, confirmed, with a slot that `fits`; fails clearly when there is none. */
async function findTypedSlot(
  api: SupplierApi,
  fits: (slot: QualityDocumentSlot) => boolean,
): Promise<{ order: Order; slot: QualityDocumentSlot }> {
  for (const summary of await allOrders(api, { sort: 'created', direction: 'desc' })) {
    if (summary.stage === 'production') continue;
    const order = await api.getOrder(summary.id);
    if (!hasTypedDocuments(order.quality) || productionStatus(order) !== 'done') continue;
    const slot = order.quality.documents.find((candidate) => acceptsNewVersion(candidate) && fits(candidate));
    if (slot) return { order, slot };
  }
  throw new ConformanceFailure(
    "The backend's data has no confirmed order with a typed quality document slot that fits the case; seed some (one with a rejected version).",
  );
}

/** A file of the kind a slot takes: a PDF, or a PNG for photos. */
const fileFor = (slot: QualityDocumentSlot, name: string) =>
  fileKindOf(slot.type) === 'image'
    ? file(name.replace(/\.pdf$/, '.png'), PNG_BYTES, 'image/png')
    : file(name, PDF_BYTES, 'application/pdf');

const shippable = (order: Order) => order.positions.some((position) => remainingQuantity(order, position) > 0);

/** Registers the conformance tests of an adapter under `describe(name)`; `createAdapter` runs before each test. */
export function defineConformanceSuite(
  name: string,
  createAdapter: () => Promise<ConformanceTarget> | ConformanceTarget,
): void {
  describe(`${name}: SupplierApi conformance`, () => {
    let api: SupplierApi;
    let target: ConformanceTarget;

    beforeEach(async () => {
      target = await createAdapter();
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
        assert(
          needing.every((order) => needsSupplierAction(order.nextAction)),
          'needsAction returned an order that needs no action',
        );
        assert(
          needing.length === everything.filter((order) => needsSupplierAction(order.nextAction)).length,
          'needsAction missed orders',
        );
        const needingPage = await api.listOrders({ needsAction: true });
        assert(
          needingPage.total === needing.length && needingPage.counts.needsAction === needing.length,
          'needsAction total/count disagree with the items',
        );
        const overdue = await allOrders(api, { overdue: true });
        const now = new Date();
        for (const order of overdue) {
          assert(order.stage !== 'completed', `${order.number} is completed but listed as overdue`);
          assert(
            order.leadTime < calendarDateIn(now, order.timeZone),
            `${order.number} is not past its lead time but listed as overdue`,
          );
        }
        assert(
          (await api.listOrders({ overdue: true })).counts.overdue === overdue.length,
          'counts.overdue disagrees with the overdue items',
        );
        const stage = everything[0]?.stage ?? 'production';
        const atStage = await allOrders(api, { stage });
        assert(
          atStage.length > 0 && atStage.every((order) => order.stage === stage),
          `the stage filter "${stage}" returned other stages`,
        );
        assert(
          atStage.length === everything.filter((order) => order.stage === stage).length,
          `the stage filter "${stage}" missed orders`,
        );
      });

      it('sorts by lead time (owing the supplier first, completed last) and creation both ways, and by value within a currency', async () => {
        const ordered = (values: readonly (string | number)[], direction: 'asc' | 'desc') =>
          values.every(
            (value, index) =>
              index === 0 || (direction === 'asc' ? values[index - 1]! <= value : values[index - 1]! >= value),
          );
        const groupOf = (order: OrderSummary) =>
          needsSupplierAction(order.nextAction) ? 0 : order.stage === 'completed' ? 2 : 1;
        for (const direction of ['asc', 'desc'] as const) {
          const byLead = await allOrders(api, { sort: 'lead-time', direction });
          assert(
            ordered(byLead.map(groupOf), 'asc'),
            `lead-time ${direction}: orders owing an action come first, then those waiting, completed ones last`,
          );
          for (const group of [0, 1, 2]) {
            assert(
              ordered(
                byLead.filter((order) => groupOf(order) === group).map((order) => order.leadTime),
                direction,
              ),
              `lead-time ${direction} is out of order`,
            );
          }
          const byCreated = await allOrders(api, { sort: 'created', direction });
          assert(
            ordered(
              byCreated.map((order) => Date.parse(order.createdAt)),
              direction,
            ),
            `created ${direction} is out of order`,
          );
          const byValue = await allOrders(api, { sort: 'value', direction });
          const currencies = new Set(byValue.map((order) => order.value.currency));
          for (const currency of currencies) {
            const amounts = byValue
              .filter((order) => order.value.currency === currency)
              .map((order) => order.value.amountMinor);
            assert(ordered(amounts, direction), `value ${direction} is out of order within ${currency}`);
          }
        }
      });

      it('searches by order number, case-insensitively', async () => {
        const [sample] = (await api.listOrders({ limit: 1 })).items;
        assert(sample, 'no order to search for');
        const found = await allOrders(api, { search: sample.number.toLowerCase() });
        assert(
          found.some((order) => order.id === sample.id),
          `searching "${sample.number.toLowerCase()}" did not find ${sample.number}`,
        );
        const none = await api.listOrders({ search: 'zz-no-such-order-zz' });
        assert(
          none.items.length === 0 && none.total === 0 && none.counts.all === 0,
          'a search matching nothing must return nothing',
        );
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
          await api.listOrderActivity(order.id);
          for (const shipment of await api.listShipments(order.id)) await api.getTracking(order.id, shipment.id);
        }
        await api.listCarriers();
        await api.getPackagingRules();
        await api.getCompanyProfile();
      });

      it('rejects with an AbortError when the signal is already aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        const listed = await rejection(
          api.listOrders({}, { signal: controller.signal }),
          'listOrders with an aborted signal',
        );
        assert((listed as { name?: string }).name === 'AbortError', `expected an AbortError, got ${String(listed)}`);
        const got = await rejection(
          api.getOrder('any', { signal: controller.signal }),
          'getOrder with an aborted signal',
        );
        assert((got as { name?: string }).name === 'AbortError', `expected an AbortError, got ${String(got)}`);
      });
    });

    describe('writes', () => {
      it('confirms an order idempotently: the same key twice gives one confirmation', async () => {
        const order = await findOrder(api, 'confirm-order');
        const idempotencyKey = newKey();
        const first = await api.confirmOrder(order.id, { idempotencyKey });
        const second = await api.confirmOrder(order.id, { idempotencyKey });
        assert(
          first.production.confirmedAt !== null || first.production.confirmedAtApplication,
          'confirmOrder did not confirm',
        );
        assert(second.production.confirmedAt === first.production.confirmedAt, 'the retry changed the confirmation');
        const reread = await api.getOrder(order.id);
        assert(
          reread.production.confirmedAt === first.production.confirmedAt,
          'the stored confirmation differs from the answer',
        );
        const summary = (await allOrders(api, { search: order.number })).find((item) => item.id === order.id);
        assert(
          summary && summary.nextAction !== 'confirm-order',
          'after confirming, the order still asks to be confirmed',
        );
      });

      it('refuses over-shipping with a validation error naming the item', async () => {
        const order = await findOrder(api, 'add-shipping', shippable);
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        const draft = await newShipment(api, order, [
          { positionId: position.id, quantity: remainingQuantity(order, position) + 1 },
        ]);
        const error = await rejectsWithKind(
          api.createShipment(order.id, draft, { idempotencyKey: newKey() }),
          'validation',
          'shipping more than remains',
        );
        assert(
          Object.keys(error.fieldErrors).some((key) => key.startsWith('items')),
          `the field errors must name the items, got ${JSON.stringify(error.fieldErrors)}`,
        );
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
        assert(
          shipments.length === order.shipments.length + 1,
          `expected ${order.shipments.length + 1} shipments, found ${shipments.length}`,
        );
      });

      it('keeps several tracking numbers of a supplier-arranged shipment, in order', async () => {
        const order = await findOrder(
          api,
          'add-shipping',
          (candidate) => shippable(candidate) && supplierArranged(candidate),
        );
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        const draft = await newShipment(api, order, [{ positionId: position.id, quantity: 1 }]);
        assert(draft.delivery.arrangedBy === 'supplier', 'expected a supplier-arranged delivery');
        const trackingNumbers = ['1Z5R89390357567127', '1Z999AA10123456784', '00340434161094042557'];
        const created = await api.createShipment(
          order.id,
          { ...draft, delivery: { ...draft.delivery, trackingNumbers } },
          { idempotencyKey: newKey() },
        );
        const stored = (await api.listShipments(order.id)).find((shipment) => shipment.id === created.id);
        for (const [where, shipment] of [
          ['the answer', created],
          ['the list', stored],
        ] as const) {
          assert(shipment?.delivery.arrangedBy === 'supplier', `${where} lost the supplier-arranged delivery`);
          const numbers = shipment.delivery.trackingNumbers;
          assert(
            JSON.stringify(numbers) === JSON.stringify(trackingNumbers),
            `${where} has trackingNumbers ${JSON.stringify(numbers)}, expected ${JSON.stringify(trackingNumbers)}`,
          );
        }
        await api.getTracking(order.id, created.id);
      });

      it('refuses the same tracking number twice with a validation error naming the second one', async () => {
        const order = await findOrder(
          api,
          'add-shipping',
          (candidate) => shippable(candidate) && supplierArranged(candidate),
        );
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        const draft = await newShipment(api, order, [{ positionId: position.id, quantity: 1 }]);
        assert(draft.delivery.arrangedBy === 'supplier', 'expected a supplier-arranged delivery');
        const delivery = { ...draft.delivery, trackingNumbers: ['1Z5R89390357567127', '1Z5R89390357567127'] };
        const error = await rejectsWithKind(
          api.createShipment(order.id, { ...draft, delivery }, { idempotencyKey: newKey() }),
          'validation',
          'a tracking number given twice',
        );
        assert(
          'delivery.trackingNumbers.1' in error.fieldErrors,
          `the field errors must name "delivery.trackingNumbers.1", got ${JSON.stringify(error.fieldErrors)}`,
        );
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
        const order = await findOrder(
          api,
          'upload-invoice',
          (candidate) =>
            candidate.positions.some((position) => invoiceableQuantity(candidate, position) > 0) &&
            !candidate.invoices.some((invoice) => invoice.number === existing),
        );
        const document = await api.uploadInvoiceDocument(order.id, file('invoice.pdf', PDF_BYTES, 'application/pdf'), {
          idempotencyKey: newKey(),
        });
        const today = calendarDateIn(new Date(), order.timeZone);
        const items = order.positions
          .map((position) => ({ positionId: position.id, quantity: invoiceableQuantity(order, position) }))
          .filter((item) => item.quantity > 0);
        const invoice = { number: existing, invoiceDate: today, paymentDate: today, items, documentId: document.id };
        const error = await rejectsWithKind(
          api.createInvoice(order.id, invoice, { idempotencyKey: newKey() }),
          'validation',
          'a duplicate invoice number',
        );
        assert(
          'number' in error.fieldErrors,
          `the field errors must name "number", got ${JSON.stringify(error.fieldErrors)}`,
        );
      });

      it('keeps an e-invoice (XRechnung XML) beside the signed PDF, and never takes the XML as the signed PDF', async () => {
        const order = await findOrder(api, 'upload-invoice', (candidate) =>
          candidate.positions.some((position) => invoiceableQuantity(candidate, position) > 0),
        );
        const pdf = await api.uploadInvoiceDocument(order.id, file('invoice.pdf', PDF_BYTES, 'application/pdf'), {
          idempotencyKey: newKey(),
        });
        const xml = await api.uploadInvoiceDocument(order.id, file('XRechnung.xml', XML_BYTES, 'application/xml'), {
          idempotencyKey: newKey(),
        });
        assert(
          xml.contentType === 'application/xml',
          `an uploaded XRechnung must be stored as application/xml, got ${xml.contentType}`,
        );
        const today = calendarDateIn(new Date(), order.timeZone);
        const items = order.positions
          .map((position) => ({ positionId: position.id, quantity: invoiceableQuantity(order, position) }))
          .filter((item) => item.quantity > 0);
        const number = `CONF-E-${newKey().slice(-10)}`;
        const swapped = {
          number,
          invoiceDate: today,
          paymentDate: today,
          items,
          documentId: xml.id,
          eInvoiceDocumentId: pdf.id,
        };
        const error = await rejectsWithKind(
          api.createInvoice(order.id, swapped, { idempotencyKey: newKey() }),
          'validation',
          'an XML given as the signed PDF',
        );
        assert(
          'documentId' in error.fieldErrors && 'eInvoiceDocumentId' in error.fieldErrors,
          `the field errors must name "documentId" and "eInvoiceDocumentId", got ${JSON.stringify(error.fieldErrors)}`,
        );
        const invoice = await api.createInvoice(
          order.id,
          { ...swapped, documentId: pdf.id, eInvoiceDocumentId: xml.id },
          { idempotencyKey: newKey() },
        );
        assert(
          invoice.document.id === pdf.id && invoice.eInvoice?.id === xml.id,
          'the invoice must keep the PDF as its document and the XML as its e-invoice',
        );
      });

      it('refuses a QC report that is not a PDF', async () => {
        const order = await findOrder(api, 'upload-qc-report', (candidate) => !hasTypedDocuments(candidate.quality));
        const upload = api.uploadQualityReport(order.id, file('report.pdf', PNG_BYTES, 'application/pdf'), {
          idempotencyKey: newKey(),
        });
        await rejectsWithKind(upload, 'validation', 'a PNG uploaded as a QC report');
        assert(
          (await api.listQualityReports(order.id)).length === order.quality.reports.length,
          'a refused report was stored',
        );
      });

      it('adds an uploaded typed quality document as the newest version of its slot, once per idempotency key', async () => {
        const { order, slot } = await findTypedSlot(api, (candidate) => slotState(candidate) === 'missing');
        const idempotencyKey = newKey();
        const first = await api.uploadQualityDocument(order.id, slot.type, fileFor(slot, 'certificate.pdf'), {
          idempotencyKey,
        });
        const again = await api.uploadQualityDocument(order.id, slot.type, fileFor(slot, 'certificate.pdf'), {
          idempotencyKey,
        });
        assert(first.type === slot.type, `the answer is the slot "${first.type}", not "${slot.type}"`);
        assert(first.versions.length === 1, `expected 1 version, found ${first.versions.length}`);
        assert(
          again.versions.length === 1 && again.versions[0]!.id === first.versions[0]!.id,
          'the retry with the same key added another version',
        );
        const stored = (await api.getOrder(order.id)).quality.documents.find(
          (candidate) => candidate.type === slot.type,
        );
        assert(
          stored?.versions.length === 1 && stored.versions[0]!.id === first.versions[0]!.id,
          'the order does not show the uploaded version',
        );
        assert(slotState(stored) !== 'missing', 'the slot is still missing after the upload');
      });

      it('keeps a rejected version and adds the new one after it', async () => {
        const { order, slot } = await findTypedSlot(api, (candidate) => slotState(candidate) === 'rejected');
        const answer = await api.uploadQualityDocument(order.id, slot.type, fileFor(slot, 'corrected.pdf'), {
          idempotencyKey: newKey(),
        });
        assert(
          answer.versions.length === slot.versions.length + 1,
          `expected ${slot.versions.length + 1} versions, found ${answer.versions.length}`,
        );
        slot.versions.forEach((version, index) => {
          assert(
            answer.versions[index]?.id === version.id,
            `version ${index + 1} was changed or dropped; versions are kept, oldest first`,
          );
        });
        assert(
          answer.versions[slot.versions.length - 1]!.status === 'rejected',
          'the rejected version lost its review',
        );
        assert(answer.versions.at(-1)!.name === fileFor(slot, 'corrected.pdf').name, 'the new version is not the last');
      });

      it('refuses a typed quality document of the wrong content, and a type the order does not ask for', async () => {
        const { order, slot } = await findTypedSlot(api, () => true);
        const wrong =
          fileKindOf(slot.type) === 'image'
            ? file('photo.png', PDF_BYTES, 'image/png')
            : file('certificate.pdf', PNG_BYTES, 'application/pdf');
        await rejectsWithKind(
          api.uploadQualityDocument(order.id, slot.type, wrong, { idempotencyKey: newKey() }),
          'validation',
          'a file of the wrong content',
        );
        const stored = (await api.getOrder(order.id)).quality.documents.find(
          (candidate) => candidate.type === slot.type,
        );
        assert(stored?.versions.length === slot.versions.length, 'a refused file was stored as a version');
        const asked = new Set(order.quality.documents.map((candidate) => candidate.type));
        const other = (
          [
            'inspection-report',
            'certificate-of-conformance',
            'material-certificate',
            'first-article-inspection',
            'rohs-reach-declaration',
          ] as const
        ).find((type) => !asked.has(type));
        if (other) {
          const error = await rejectsWithKind(
            api.uploadQualityDocument(order.id, other, file('x.pdf', PDF_BYTES, 'application/pdf'), {
              idempotencyKey: newKey(),
            }),
            'validation',
            'a type the order does not ask for',
          );
          assert(
            'type' in error.fieldErrors,
            `the field errors must name "type", got ${JSON.stringify(error.fieldErrors)}`,
          );
        }
      });

      it('never answers outside the contract (ContractError would name the field)', async () => {
        const order = await findOrder(api, 'add-shipping', shippable);
        const position = order.positions.find((candidate) => remainingQuantity(order, candidate) > 0)!;
        try {
          await api.createShipment(
            order.id,
            await newShipment(api, order, [{ positionId: position.id, quantity: 1 }]),
            { idempotencyKey: newKey() },
          );
          await api.listShipments(order.id);
        } catch (error) {
          assert(!(error instanceof ContractError), `an answer broke the contract: ${(error as Error).message}`);
          throw error;
        }
      });
    });
    describe('answers per line', () => {
      const unanswered = (order: Order) =>
        !order.production.lineAcknowledgement && order.positions.some((position) => position.quantity > 1);
      const acceptAll = (order: Order): LineAnswer[] =>
        order.positions.map((position) => ({ positionId: position.id, kind: 'accept' }));
      const withAnswer = (order: Order, answer: LineAnswer): LineAnswer[] =>
        acceptAll(order).map((each) => (each.positionId === answer.positionId ? answer : each));

      it('takes one answer per position idempotently, and the stage follows the platform’s responses', async () => {
        const order = await findOrder(api, 'confirm-order', unanswered);
        const reducible = order.positions.find((position) => position.quantity > 1)!;
        const answers = withAnswer(order, {
          positionId: reducible.id,
          kind: 'accept-quantity',
          quantity: reducible.quantity - 1,
        });
        const idempotencyKey = newKey();
        const first = await api.acknowledgeOrderLines(order.id, answers, { idempotencyKey });
        const second = await api.acknowledgeOrderLines(order.id, answers, { idempotencyKey });
        const sent = first.production.lineAcknowledgement;
        assert(sent, 'acknowledgeOrderLines answered an order without production.lineAcknowledgement');
        assert(
          second.production.lineAcknowledgement?.submittedAt === sent.submittedAt,
          'the retry with the same key sent the answers again',
        );
        assert(
          sent.lines.length === order.positions.length,
          `expected one line per position (${order.positions.length}), got ${sent.lines.length}`,
        );
        for (const answer of answers) {
          const line = sent.lines.find((candidate) => candidate.answer.positionId === answer.positionId);
          assert(
            line && line.answer.kind === answer.kind,
            `the line of position ${answer.positionId} does not carry the answer "${answer.kind}"`,
          );
        }
        const reread = await api.getOrder(order.id);
        const summary = (await allOrders(api, { search: order.number })).find((item) => item.id === order.id);
        assert(
          summary && summary.nextAction === nextAction(stageStatuses(reread)),
          `My Orders says "${summary?.nextAction}", the order's stages say "${nextAction(stageStatuses(reread))}"`,
        );
        if (productionStatus(reread) !== 'action-required') {
          await rejectsWithKind(
            api.acknowledgeOrderLines(order.id, acceptAll(order), { idempotencyKey: newKey() }),
            'conflict',
            'answering again while no counter-proposal asks for it',
          );
        }
      });

      it('refuses invalid answers with validation errors naming the line and field, and stores nothing', async () => {
        const order = await findOrder(api, 'confirm-order', unanswered);
        const today = calendarDateIn(new Date(), order.timeZone);
        const [first] = order.positions as [Order['positions'][number]];
        const cases: [LineAnswer[], string][] = [
          [
            withAnswer(order, { positionId: first.id, kind: 'accept-quantity', quantity: first.quantity }),
            `answers.${first.id}.quantity`,
          ],
          [withAnswer(order, { positionId: first.id, kind: 'propose-date', date: today }), `answers.${first.id}.date`],
          [
            withAnswer(order, { positionId: first.id, kind: 'decline', reason: 'other', note: null }),
            `answers.${first.id}.note`,
          ],
        ];
        if (order.positions.length > 1) cases.push([acceptAll(order).slice(1), `answers.${first.id}`]);
        for (const [answers, field] of cases) {
          const error = await rejectsWithKind(
            api.acknowledgeOrderLines(order.id, answers, { idempotencyKey: newKey() }),
            'validation',
            `answers with a bad ${field}`,
          );
          assert(
            field in error.fieldErrors,
            `the field errors must name "${field}", got ${JSON.stringify(error.fieldErrors)}`,
          );
        }
        assert(!(await api.getOrder(order.id)).production.lineAcknowledgement, 'refused answers were stored');
      });

      it('responds to every line; a counter-proposal is the supplier’s turn, and Order Confirmation accepts it', async () => {
        const order = await findOrder(api, 'confirm-order', unanswered);
        const [first] = order.positions as [Order['positions'][number]];
        const later = addDays(
          order.leadTime > calendarDateIn(new Date(), order.timeZone)
            ? order.leadTime
            : calendarDateIn(new Date(), order.timeZone),
          30,
        );
        await api.acknowledgeOrderLines(
          order.id,
          withAnswer(order, { positionId: first.id, kind: 'propose-date', date: later }),
          { idempotencyKey: newKey() },
        );
        await target.respondToLineAcknowledgements?.();
        const answered = await api.getOrder(order.id);
        const lines = answered.production.lineAcknowledgement?.lines ?? [];
        assert(lines.length === order.positions.length, 'the responses lost lines');
        const status = productionStatus(answered);
        assert(
          status === lineAcknowledgementStatus({ lines }),
          `the Production stage is "${status}", the responses say "${lineAcknowledgementStatus({ lines })}"`,
        );
        if (target.respondToLineAcknowledgements)
          assert(
            lines.every((line) => line.response.status !== 'pending'),
            'after the platform responded, lines are still pending',
          );
        if (status === 'action-required') {
          const confirmed = await api.confirmOrder(order.id, { idempotencyKey: newKey() });
          assert(productionStatus(confirmed) === 'done', 'Order Confirmation did not accept the counter-proposal');
        }
      });
    });

    describe('activity and comments', () => {
      const times = (entries: readonly { at: string }[]) => entries.map((entry) => Date.parse(entry.at));

      it('lists an order’s activity oldest first, with the confirmation of a confirmed order', async () => {
        const order = await findOrder(api, 'add-shipping', (candidate) => candidate.production.confirmedAt !== null);
        const entries = await api.listOrderActivity(order.id);
        const at = times(entries);
        assert(
          at.every((time, index) => index === 0 || at[index - 1]! <= time),
          'listOrderActivity must answer oldest first',
        );
        assert(
          entries.some((entry) => entry.kind === 'order-confirmed'),
          `the activity of confirmed ${order.number} has no order-confirmed entry`,
        );
        assert(new Set(entries.map((entry) => entry.id)).size === entries.length, 'activity ids must be unique');
      });

      it('adds an order-confirmed entry when the order is confirmed', async () => {
        const order = await findOrder(api, 'confirm-order');
        const before = await api.listOrderActivity(order.id);
        assert(
          !before.some((entry) => entry.kind === 'order-confirmed'),
          `${order.number} is not confirmed, but its activity says so`,
        );
        await api.confirmOrder(order.id, { idempotencyKey: newKey() });
        const after = await api.listOrderActivity(order.id);
        assert(
          after.some((entry) => entry.kind === 'order-confirmed'),
          'after confirming, the activity has no order-confirmed entry',
        );
      });

      it('adds one comment when the same key is sent twice, and lists it as the supplier’s', async () => {
        const [summary] = (await api.listOrders({ limit: 1 })).items;
        assert(summary, 'no order to comment on');
        const idempotencyKey = newKey();
        const text = `Conformance comment ${idempotencyKey}`;
        const first = await api.addOrderComment(summary.id, text, { idempotencyKey });
        const second = await api.addOrderComment(summary.id, text, { idempotencyKey });
        assert(
          first.kind === 'comment' && first.author === 'supplier' && first.text === text,
          'addOrderComment must answer the supplier’s comment',
        );
        assert(first.id === second.id, 'the retry created another comment');
        const listed = (await api.listOrderActivity(summary.id)).filter(
          (entry) => entry.kind === 'comment' && 'text' in entry && entry.text === text,
        );
        assert(
          listed.length === 1 && listed[0]!.id === first.id,
          `expected the comment once in the activity, found it ${listed.length} times`,
        );
      });

      it('refuses a blank or too long comment with a validation error naming `text`', async () => {
        const [summary] = (await api.listOrders({ limit: 1 })).items;
        assert(summary, 'no order to comment on');
        for (const [text, what] of [
          ['   ', 'a blank comment'],
          ['x'.repeat(COMMENT_MAX_LENGTH + 1), 'a comment over the length limit'],
        ] as const) {
          const error = await rejectsWithKind(
            api.addOrderComment(summary.id, text, { idempotencyKey: newKey() }),
            'validation',
            what,
          );
          assert(
            'text' in error.fieldErrors,
            `the field errors must name "text", got ${JSON.stringify(error.fieldErrors)}`,
          );
        }
      });

      it('reports the activity of an unknown order as not-found', async () => {
        await rejectsWithKind(
          api.listOrderActivity('no-such-order-4711'),
          'not-found',
          'listOrderActivity of an unknown id',
        );
        await rejectsWithKind(
          api.addOrderComment('no-such-order-4711', 'Hello', { idempotencyKey: newKey() }),
          'not-found',
          'addOrderComment on an unknown id',
        );
      });
    });
  });
}
