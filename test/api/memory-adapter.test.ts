import { expect, waitUntil } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { checkedApi } from '../../src/api/checked-api.js';
import type { SupplierApi } from '../../src/api/port.js';
import { createMemoryAdapter, generateOrders } from '../../src/api/memory/index.js';
import type { MemoryAdapter } from '../../src/api/memory/index.js';
import {
  currentInvoice,
  stageStatuses,
  nextAction,
  currentStage,
  needsSupplierAction,
} from '../../src/domain/stages.js';
import { remainingQuantity } from '../../src/domain/quantities.js';
import { installClock } from '../helpers/clock.js';
import { clock, failure, key, NOW, PDF, PNG, shipmentOf, TEXT, upload } from './memory-helpers.js';

const idOf = (number: string) => `ord-${String(Number(number.slice(3)) - 10_000).padStart(6, '0')}`;

describe('memory adapter', () => {
  let adapter: MemoryAdapter;
  let api: SupplierApi;

  beforeEach(async () => {
    adapter = createMemoryAdapter({ now: clock, persist: false });
    api = checkedApi(adapter);
    await adapter.ready;
  });
  afterEach(() => adapter.close());

  describe('generator', () => {
    it('makes the same orders from the same seed and moment, other orders from another seed', () => {
      const a = generateOrders({ seed: 7, count: 48, now: NOW });
      const b = generateOrders({ seed: 7, count: 48, now: NOW });
      const c = generateOrders({ seed: 8, count: 48, now: NOW });
      expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
      expect(JSON.stringify(a)).to.not.equal(JSON.stringify(c));
      expect(JSON.stringify(generateOrders({ seed: 7, count: 200, now: NOW }).slice(0, 48))).to.equal(
        JSON.stringify(a),
      );
    });

    it('covers every stage status, next action, invoice status, currency and deadline state in the 48 demo orders', () => {
      const orders = adapter.orders();
      expect(orders).to.have.length(48);
      const statuses = new Set(orders.flatMap((order) => Object.values(stageStatuses(order))));
      expect([...statuses].sort()).to.deep.equal(['action-required', 'done', 'locked', 'not-required', 'waiting']);
      const actions = new Set(orders.map((order) => nextAction(stageStatuses(order))));
      expect([...actions].sort()).to.deep.equal([
        'add-shipping',
        'completed',
        'confirm-order',
        'upload-invoice',
        'upload-qc-report',
        'wait-for-platform',
      ]);
      const invoiceStatuses = new Set(orders.flatMap((order) => order.invoices.map((invoice) => invoice.status)));
      expect([...invoiceStatuses].sort()).to.deep.equal(['approved', 'paid', 'rejected', 'submitted', 'under-review']);
      const currencies = new Set(orders.map((order) => order.currency));
      for (const currency of ['EUR', 'USD', 'GBP', 'CHF', 'PLN', 'JPY', 'KWD'])
        expect(currencies, currency).to.include(currency);
      expect(orders.filter((order) => order.currency === 'EUR').length).to.be.greaterThan(24);
      const leadTimes = new Set(orders.map((order) => order.leadTime));
      for (const date of ['2026-11-22', '2026-11-25', '2026-11-26']) expect(leadTimes, date).to.include(date);
      expect(orders.some((order) => order.leadTime > '2026-12-09')).to.equal(true);
      expect(orders.filter((order) => order.timeZone === 'Europe/Berlin').length).to.be.greaterThan(20);
      expect(new Set(orders.map((order) => order.timeZone)).size).to.be.greaterThan(4);
      const shipments = orders.flatMap((order) => order.shipments);
      expect(
        shipments.some((shipment) => shipment.status === 'processing' && shipment.documents.length === 0),
      ).to.equal(true);
      expect(
        shipments.some((shipment) => shipment.delivery.arrangedBy === 'platform' && shipment.documents.length === 2),
      ).to.equal(true);
      expect(
        shipments.some(
          (shipment) => shipment.delivery.arrangedBy === 'supplier' && shipment.delivery.trackingNumbers.length > 0,
        ),
      ).to.equal(true);
      expect(
        shipments.some(
          (shipment) => shipment.delivery.arrangedBy === 'supplier' && shipment.delivery.trackingNumbers.length > 1,
        ),
        'some with several numbers',
      ).to.equal(true);
      expect(orders.some((order) => order.production.confirmedAtApplication)).to.equal(true);
      expect(
        orders.some((order) => order.kind === 'test') && orders.some((order) => order.incoterm === 'DAP'),
      ).to.equal(true);
      expect(orders.some((order) => currentInvoice(order)?.rejectionReason)).to.equal(true);
    });

    it('generates 100,000 orders with unique ids, the first ones the same as in the demo set', function () {
      this.timeout(20_000);
      const orders = generateOrders({ seed: 1, count: 100_000, now: NOW });
      expect(orders).to.have.length(100_000);
      expect(new Set(orders.map((order) => order.id)).size).to.equal(100_000);
      expect(orders.slice(0, 48)).to.deep.equal(generateOrders({ seed: 1, count: 48, now: NOW }));
    });

    it('pages a filtered, sorted query over 100,000 orders without overlap', async function () {
      // 100,000 orders are generated first: seconds alone, far more in CI's Chromium run with coverage on a loaded machine.
      this.timeout(60_000);
      const big = createMemoryAdapter({ now: clock, orderCount: 100_000 });
      await big.ready;
      const page = await big.listOrders({
        search: 'shaft',
        needsAction: true,
        sort: 'created',
        direction: 'desc',
        limit: 200,
      });
      const next = await big.listOrders({
        search: 'shaft',
        needsAction: true,
        sort: 'created',
        direction: 'desc',
        limit: 200,
        cursor: page.nextCursor,
      });
      expect(page.items).to.have.length(200);
      expect(page.total).to.be.greaterThan(400);
      const ids = new Set(page.items.map((item) => item.id));
      expect(next.items.some((item) => ids.has(item.id))).to.equal(false);
      expect(next.items[0]!.createdAt <= page.items[199]!.createdAt).to.equal(true);
      big.close();
    });
  });

  describe('listOrders', () => {
    it('finds an order by number and by part name or number, ignoring case', async () => {
      expect((await api.listOrders({ search: 'sf-10012' })).items.map((order) => order.number)).to.deep.equal([
        'SF-10012',
      ]);
      const order = await api.getOrder(idOf('SF-10006'));
      const position = order.positions[0]!;
      expect(
        (await api.listOrders({ search: position.partNumber.toLowerCase(), limit: 200 })).items.map((item) => item.id),
      ).to.include(order.id);
      const byName = await api.listOrders({ search: position.partName.toUpperCase(), limit: 200 });
      expect(byName.items.map((item) => item.id)).to.include(order.id);
      expect(byName.counts.all).to.equal(byName.total);
    });

    it('filters by stage, needs-action and overdue, and counts within the search', async () => {
      const overdue = await api.listOrders({ overdue: true, limit: 200 });
      const numbers = overdue.items.map((order) => order.number);
      expect(numbers).to.include.members(['SF-10003', 'SF-10018', 'SF-10021', 'SF-10023']);
      expect(numbers).to.not.include('SF-10017');
      expect(numbers).to.not.include('SF-10005');
      expect(overdue.total).to.equal(overdue.counts.overdue);
      expect(overdue.counts.all).to.equal(48);
      const needing = await api.listOrders({ needsAction: true, limit: 200 });
      expect(needing.items.every((order) => !['wait-for-platform', 'completed'].includes(order.nextAction))).to.equal(
        true,
      );
      expect(needing.items.map((order) => order.number)).to.not.include('SF-10013');
      const quality = await api.listOrders({ stage: 'quality', limit: 200 });
      expect(quality.items.map((order) => order.number)).to.include.members(['SF-10004', 'SF-10005', 'SF-10023']);
      expect(quality.items.every((order) => order.stage === 'quality')).to.equal(true);
      const searched = await api.listOrders({ search: 'SF-1000', overdue: true });
      expect(searched.counts.all).to.equal(9);
      expect(searched.items.map((order) => order.number)).to.deep.equal(['SF-10003']);
    });

    it('sorts by lead time, creation and value in both directions', async () => {
      const byLead = (await api.listOrders({ sort: 'lead-time', limit: 200 })).items;
      const owing = byLead.filter((order) => needsSupplierAction(order.nextAction));
      const completed = byLead.filter((order) => order.stage === 'completed');
      const waiting = byLead.filter((order) => !needsSupplierAction(order.nextAction) && order.stage !== 'completed');
      expect(byLead).to.deep.equal([...owing, ...waiting, ...completed]);
      for (const group of [owing, waiting, completed]) {
        const asc = group.map((order) => order.leadTime);
        expect(asc).to.deep.equal([...asc].sort());
      }
      const desc = (await api.listOrders({ sort: 'created', direction: 'desc', limit: 200 })).items.map(
        (order) => order.createdAt,
      );
      expect(desc).to.deep.equal([...desc].sort().reverse());
      const euros = (await api.listOrders({ sort: 'value', limit: 200 })).items
        .filter((order) => order.value.currency === 'EUR')
        .map((order) => order.value.amountMinor);
      expect(euros).to.deep.equal([...euros].sort((a, b) => a - b));
    });

    it('pages with an opaque cursor that survives orders leaving the filter between pages', async () => {
      const first = await api.listOrders({ needsAction: true, limit: 5 });
      expect(first.items).to.have.length(5);
      const unconfirmed = (await api.listOrders({ needsAction: true, limit: 200 })).items
        .slice(5)
        .find((order) => order.nextAction === 'confirm-order')!;
      await api.confirmOrder(first.items[0]!.id, { idempotencyKey: key() });
      await api.confirmOrder(unconfirmed.id, { idempotencyKey: key() });
      const seen = [...first.items];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await api.listOrders({ needsAction: true, limit: 5, cursor });
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(new Set(seen.map((order) => order.id)).size).to.equal(seen.length);
      expect(seen.length).to.equal(first.total);
    });

    it('refuses a limit outside 1..200 and a cursor of another query', async () => {
      expect((await failure(api.listOrders({ limit: 0 }))).kind).to.equal('validation');
      expect((await failure(api.listOrders({ limit: 201 }))).kind).to.equal('validation');
      const page = await api.listOrders({ limit: 5 });
      expect((await failure(api.listOrders({ limit: 5, sort: 'value', cursor: page.nextCursor }))).kind).to.equal(
        'validation',
      );
      expect((await failure(api.listOrders({ cursor: 'garbage' }))).fieldErrors).to.deep.equal({ cursor: 'invalid' });
      expect((await api.listOrders({})).items).to.have.length(48);
    });

    it('recomputes a summary when its order changes', async () => {
      const before = (await api.listOrders({ search: 'SF-10001' })).items[0]!;
      expect(before.nextAction).to.equal('confirm-order');
      await api.confirmOrder(before.id, { idempotencyKey: key() });
      const after = (await api.listOrders({ search: 'SF-10001' })).items[0]!;
      expect(after.stage).to.equal('shipping');
      expect(after.nextAction).to.equal('add-shipping');
    });
  });

  describe('idempotent writes', () => {
    it('confirms once per key, and a second confirmation is harmless', async () => {
      const idempotencyKey = key();
      const first = await api.confirmOrder(idOf('SF-10001'), { idempotencyKey });
      const again = await api.confirmOrder(idOf('SF-10001'), { idempotencyKey });
      const other = await api.confirmOrder(idOf('SF-10001'), { idempotencyKey: key() });
      expect(first.production.confirmedAt).to.equal(NOW.toISOString());
      expect(again.production.confirmedAt).to.equal(first.production.confirmedAt);
      expect(other.production.confirmedAt).to.equal(first.production.confirmedAt);
    });

    it('refuses a key reused with another payload as a conflict', async () => {
      const idempotencyKey = key();
      await api.confirmOrder(idOf('SF-10001'), { idempotencyKey });
      const error = await failure(api.confirmOrder(idOf('SF-10002'), { idempotencyKey }));
      expect(error.kind).to.equal('conflict');
      expect((await api.getOrder(idOf('SF-10002'))).production.confirmedAt).to.equal(null);
    });

    it('creates one shipment for one key, even for two concurrent calls', async () => {
      const order = await api.getOrder(idOf('SF-10006'));
      const idempotencyKey = key();
      const [a, b] = await Promise.all([
        api.createShipment(order.id, shipmentOf(order), { idempotencyKey }),
        api.createShipment(order.id, shipmentOf(order), { idempotencyKey }),
      ]);
      const c = await api.createShipment(order.id, shipmentOf(order), { idempotencyKey });
      expect(a.id).to.equal(b.id);
      expect(c.id).to.equal(a.id);
      expect(await api.listShipments(order.id)).to.have.length(1);
      await api.createShipment(order.id, shipmentOf(order), { idempotencyKey: key() });
      expect(await api.listShipments(order.id)).to.have.length(2);
    });

    it('stores one upload for one key', async () => {
      const idempotencyKey = key();
      const first = await api.uploadQualityReport(idOf('SF-10004'), upload('qc.pdf', PDF), { idempotencyKey });
      const again = await api.uploadQualityReport(idOf('SF-10004'), upload('qc.pdf', PDF), { idempotencyKey });
      expect(again.id).to.equal(first.id);
      expect(await api.listQualityReports(idOf('SF-10004'))).to.have.length(1);
    });

    it('refuses a write without an idempotency key', async () => {
      const error = await failure(adapter.confirmOrder(idOf('SF-10001'), { idempotencyKey: '' }));
      expect(error.fieldErrors).to.deep.equal({ idempotencyKey: 'required' });
    });
  });

  describe('rules', () => {
    it('refuses over-shipping with a field error per position', async () => {
      const order = await api.getOrder(idOf('SF-10008'));
      const open = order.positions.find((position) => remainingQuantity(order, position) > 0)!;
      const shipped = order.positions.find((position) => remainingQuantity(order, position) === 0)!;
      const draft = shipmentOf(order, 1, {
        items: [
          { positionId: open.id, quantity: remainingQuantity(order, open) + 1 },
          { positionId: shipped.id, quantity: 1 },
        ],
      });
      const error = await failure(api.createShipment(order.id, draft, { idempotencyKey: key() }));
      expect(error.kind).to.equal('validation');
      expect(error.fieldErrors).to.deep.equal({
        [`items.${open.id}`]: 'over-remaining',
        [`items.${shipped.id}`]: 'over-remaining',
      });
      expect(await api.listShipments(order.id)).to.have.length(1);
    });

    it('checks terms, package limits, the photo and who arranges delivery', async () => {
      const order = await api.getOrder(idOf('SF-10006'));
      const draft = shipmentOf(order, 1, {
        termsAccepted: false,
        package: { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 26 },
        photoId: 'no-such-photo',
        delivery: { arrangedBy: 'supplier', carrierId: 'dhl', trackingNumbers: [], expectedShipDate: '2026-11-25' },
      });
      const error = await failure(api.createShipment(order.id, draft, { idempotencyKey: key() }));
      expect(error.fieldErrors).to.deep.equal({
        termsAccepted: 'must-accept',
        'package.weightKg': 'too-heavy',
        photoId: 'unknown',
        'delivery.arrangedBy': 'wrong-party',
      });
      const pallet = shipmentOf(order, 1, {
        package: { type: 'pallet', count: 1, lengthCm: 120, widthCm: 80, heightCm: 100, weightKg: 300 },
      });
      expect((await api.createShipment(order.id, pallet, { idempotencyKey: key() })).package.type).to.equal('pallet');
    });

    it('checks a supplier-arranged delivery: known carrier, ship date not in the past', async () => {
      const order = await api.getOrder(idOf('SF-10018'));
      const draft = shipmentOf(order, 1, {
        delivery: { arrangedBy: 'supplier', carrierId: 'pigeon', trackingNumbers: [], expectedShipDate: '2026-11-24' },
      });
      const error = await failure(api.createShipment(order.id, draft, { idempotencyKey: key() }));
      expect(error.fieldErrors).to.deep.equal({
        'delivery.carrierId': 'unknown',
        'delivery.expectedShipDate': 'in-past',
      });
    });

    it('refuses shipping while production or QC is open, and when everything is shipped, as conflicts', async () => {
      const unconfirmed = await api.getOrder(idOf('SF-10001'));
      expect(
        (await failure(api.createShipment(unconfirmed.id, shipmentOf(unconfirmed), { idempotencyKey: key() }))).kind,
      ).to.equal('conflict');
      const qcPending = await api.getOrder(idOf('SF-10004'));
      expect(
        (await failure(api.createShipment(qcPending.id, shipmentOf(qcPending), { idempotencyKey: key() }))).kind,
      ).to.equal('conflict');
      const shipped = await api.getOrder(idOf('SF-10011'));
      expect(
        (await failure(api.createShipment(shipped.id, shipmentOf(shipped), { idempotencyKey: key() }))).kind,
      ).to.equal('conflict');
    });

    it('takes a package photo by content (PNG yes, text no) and links it to the shipment', async () => {
      const order = await api.getOrder(idOf('SF-10006'));
      expect(
        (
          await failure(
            api.uploadPackagePhoto(order.id, upload('box.png', TEXT, 'image/png'), { idempotencyKey: key() }),
          )
        ).fieldErrors,
      ).to.deep.equal({ file: 'wrong-type' });
      const photo = await api.uploadPackagePhoto(order.id, upload('box.png', PNG), { idempotencyKey: key() });
      expect(photo.contentType).to.equal('image/png');
      const shipment = await api.createShipment(order.id, shipmentOf(order, 1, { photoId: photo.id }), {
        idempotencyKey: key(),
      });
      expect(shipment.photo?.id).to.equal(photo.id);
    });

    it('refuses files that are empty or above the size limit', async () => {
      const rules = await api.getPackagingRules();
      const big = new Uint8Array(rules.maxDocumentBytes + 1);
      big.set(PDF);
      expect(
        (await failure(api.uploadInvoiceDocument(idOf('SF-10011'), upload('big.pdf', big), { idempotencyKey: key() })))
          .fieldErrors,
      ).to.deep.equal({ file: 'too-large' });
      expect(
        (
          await failure(
            api.uploadInvoiceDocument(idOf('SF-10011'), upload('empty.pdf', new Uint8Array()), {
              idempotencyKey: key(),
            }),
          )
        ).fieldErrors,
      ).to.deep.equal({ file: 'empty' });
    });

    it('accepts QC reports only as PDFs, only where QC is required, and replaces one', async () => {
      const orderId = idOf('SF-10004');
      expect(
        (await failure(api.uploadQualityReport(orderId, upload('qc.pdf', PNG), { idempotencyKey: key() }))).kind,
      ).to.equal('validation');
      expect(
        (await failure(api.uploadQualityReport(idOf('SF-10006'), upload('qc.pdf', PDF), { idempotencyKey: key() })))
          .kind,
      ).to.equal('conflict');
      expect(
        (await failure(api.uploadQualityReport(idOf('SF-10002'), upload('qc.pdf', PDF), { idempotencyKey: key() })))
          .kind,
      ).to.equal('conflict');
      const first = await api.uploadQualityReport(orderId, upload('wrong.pdf', PDF), { idempotencyKey: key() });
      const second = await api.uploadQualityReport(orderId, upload('right.pdf', PDF), {
        idempotencyKey: key(),
        replacesId: first.id,
      });
      expect((await api.listQualityReports(orderId)).map((report) => report.name)).to.deep.equal(['right.pdf']);
      expect((await api.listOrders({ search: 'SF-10004' })).items[0]!.nextAction).to.equal('add-shipping');
      await api.removeQualityReport(orderId, second.id, { idempotencyKey: key() });
      expect(await api.listQualityReports(orderId)).to.have.length(0);
      expect((await failure(api.removeQualityReport(orderId, second.id, { idempotencyKey: key() }))).kind).to.equal(
        'not-found',
      );
    });

    it('checks invoices: unique number, dates, invoiceable quantities, the document, and locked states', async () => {
      const order = await api.getOrder(idOf('SF-10011'));
      const document = await api.uploadInvoiceDocument(order.id, upload('invoice.pdf', PDF), { idempotencyKey: key() });
      const items = order.positions.map((position) => ({ positionId: position.id, quantity: position.quantity }));
      const valid = {
        number: 'RE-2026-90001',
        invoiceDate: '2026-11-25',
        paymentDate: '2026-12-25',
        items,
        documentId: document.id,
      };
      const duplicate = await failure(
        api.createInvoice(order.id, { ...valid, number: 're-2026-00013 ' }, { idempotencyKey: key() }),
      );
      expect(duplicate.kind).to.equal('validation');
      expect(duplicate.fieldErrors).to.deep.equal({ number: 'duplicate' });
      const dates = await failure(
        api.createInvoice(
          order.id,
          { ...valid, invoiceDate: '2026-11-26', paymentDate: '2026-11-20' },
          { idempotencyKey: key() },
        ),
      );
      expect(dates.fieldErrors).to.deep.equal({ invoiceDate: 'in-future', paymentDate: 'before-invoice-date' });
      const first = order.positions[0]!;
      const tooMany = await failure(
        api.createInvoice(
          order.id,
          { ...valid, items: [{ positionId: first.id, quantity: first.quantity + 1 }] },
          { idempotencyKey: key() },
        ),
      );
      expect(tooMany.fieldErrors).to.deep.equal({ [`items.${first.id}`]: 'over-invoiceable' });
      const noDocument = await failure(
        api.createInvoice(order.id, { ...valid, documentId: 'nope' }, { idempotencyKey: key() }),
      );
      expect(noDocument.fieldErrors).to.deep.equal({ documentId: 'unknown' });
      const invoice = await api.createInvoice(order.id, valid, { idempotencyKey: key() });
      expect(invoice.status).to.equal('submitted');
      expect(invoice.totals.grossMinor).to.equal(invoice.totals.netMinor + invoice.totals.vatMinor);
      expect(
        (await failure(api.createInvoice(order.id, { ...valid, number: 'RE-X' }, { idempotencyKey: key() }))).kind,
      ).to.equal('conflict');
      const unshipped = await api.getOrder(idOf('SF-10006'));
      expect(
        (await failure(api.createInvoice(unshipped.id, { ...valid, number: 'RE-Y' }, { idempotencyKey: key() }))).kind,
      ).to.equal('conflict');
    });

    it('lets a rejected invoice be corrected under the same number', async () => {
      const order = await api.getOrder(idOf('SF-10016'));
      const rejected = currentInvoice(order)!;
      const document = await api.uploadInvoiceDocument(order.id, upload('fixed.pdf', PDF), { idempotencyKey: key() });
      const items = order.positions.map((position) => ({ positionId: position.id, quantity: position.quantity }));
      const fixed = await api.createInvoice(
        order.id,
        {
          number: rejected.number,
          invoiceDate: '2026-11-25',
          paymentDate: '2026-12-25',
          items,
          documentId: document.id,
        },
        { idempotencyKey: key() },
      );
      expect(fixed.number).to.equal(rejected.number);
      expect((await api.listOrders({ search: 'SF-10016' })).items[0]!.nextAction).to.equal('wait-for-platform');
    });

    it('checks IBAN and BIC before saving bank details, and keeps them', async () => {
      const bad = await failure(
        api.saveBankDetails(
          { accountHolder: 'Huber', iban: 'DE89370400440532013001', bic: 'COBADEFF', bankName: 'Commerzbank' },
          { idempotencyKey: key() },
        ),
      );
      expect(bad.kind).to.equal('validation');
      expect(bad.fieldErrors).to.have.property('iban');
      const saved = await api.saveBankDetails(
        { accountHolder: 'Huber', iban: 'de89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', bankName: 'Commerzbank' },
        { idempotencyKey: key() },
      );
      expect(saved.bankDetails?.iban).to.equal('DE89370400440532013000');
      expect((await api.getCompanyProfile()).bankDetails?.bic).to.equal('COBADEFFXXX');
    });

    it('reports unknown ids as not-found', async () => {
      expect((await failure(api.getOrder('nope'))).kind).to.equal('not-found');
      expect((await failure(api.getTracking(idOf('SF-10013'), 'nope'))).kind).to.equal('not-found');
      expect((await failure(api.confirmOrder('nope', { idempotencyKey: key() }))).kind).to.equal('not-found');
      expect(
        (
          await failure(
            api.uploadQualityReport(idOf('SF-10004'), upload('a.pdf', PDF), {
              idempotencyKey: key(),
              replacesId: 'nope',
            }),
          )
        ).kind,
      ).to.equal('not-found');
    });

    it('answers copies: changing an answer changes nothing stored', async () => {
      const order = (await adapter.getOrder(idOf('SF-10006'))) as unknown as { positions: { quantity: number }[] };
      order.positions[0]!.quantity = 999_999;
      expect((await adapter.getOrder(idOf('SF-10006'))).positions[0]!.quantity).to.not.equal(999_999);
    });
  });

  describe('documents, processing and tracking', () => {
    it('serves the production order and shipment documents as PDFs at blob: URLs', async () => {
      const production = await api.getProductionOrder(idOf('SF-10001'));
      expect(production.url.startsWith('blob:')).to.equal(true);
      const text = await (await fetch(production.url)).text();
      expect(text.startsWith('%PDF-1.4')).to.equal(true);
      expect(text).to.include('SF-10001');
      expect(production.sizeBytes).to.equal(new TextEncoder().encode(text).length);
      const [label] = (await api.listShipments(idOf('SF-10011')))[0]!.documents;
      const labelBytes = new Uint8Array(await (await fetch(label!.url)).arrayBuffer());
      expect(labelBytes.length).to.equal(label!.sizeBytes);
    });

    it('processes platform-arranged shipments later: no documents, then label and packing slip', async () => {
      const order = await api.getOrder(idOf('SF-10006'));
      const created = await api.createShipment(order.id, shipmentOf(order, order.positions[0]!.quantity), {
        idempotencyKey: key(),
      });
      expect(created.status).to.equal('processing');
      expect(created.documents).to.deep.equal([]);
      await adapter.processPendingShipments();
      const [processed] = await api.listShipments(order.id);
      expect(processed!.status).to.equal('ready');
      expect(processed!.documents.map((document) => document.name)).to.deep.equal([
        `Label ${created.number}.pdf`,
        `Packing slip ${created.number}.pdf`,
      ]);
    });

    it('processes a platform-arranged shipment by itself after the processing delay', async () => {
      const timers = installClock();
      const quick = createMemoryAdapter({ now: clock, processingDelayMs: 8_000 });
      try {
        const order = await quick.getOrder(idOf('SF-10006'));
        await quick.createShipment(order.id, shipmentOf(order), { idempotencyKey: key() });
        await timers.advance(7_000);
        expect((await quick.listShipments(order.id))[0]!.status, 'before the delay').to.equal('processing');
        await timers.advance(1_000);
        await waitUntil(
          async () => (await quick.listShipments(order.id))[0]!.status === 'ready',
          'processed after the delay',
        );
      } finally {
        quick.close();
        timers.uninstall();
      }
    });

    it('makes supplier-arranged shipments ready at once, with a tracking timeline and the carrier link', async () => {
      const order = await api.getOrder(idOf('SF-10018'));
      const created = await api.createShipment(order.id, shipmentOf(order), { idempotencyKey: key() });
      expect(created.status).to.equal('ready');
      expect(created.documents).to.have.length(2);
      const fresh = await api.getTracking(order.id, created.id);
      expect(fresh.status).to.equal('pre-transit');
      expect(fresh.url).to.equal(
        'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=1234567890',
      );
      const seeded = (await api.listShipments(idOf('SF-10013')))[0]!;
      const tracking = await api.getTracking(idOf('SF-10013'), seeded.id);
      expect(tracking.status).to.equal('delivered');
      expect(tracking.events.length).to.equal(6);
      expect(seeded.status).to.equal('delivered');
      expect(tracking.url?.startsWith('https://www.fedex.com/')).to.equal(true);
    });

    it('lets the platform manager review, reject and pay invoices', async () => {
      const orderId = idOf('SF-10013');
      const rejected = await adapter.setInvoiceStatus(orderId, 'rejected', { rejectionReason: 'Not signed.' });
      expect(rejected.rejectionReason).to.equal('Not signed.');
      expect((await api.listOrders({ search: 'SF-10013' })).items[0]!.nextAction).to.equal('upload-invoice');
      const paid = await adapter.setInvoiceStatus(orderId, 'paid');
      expect(paid.paidOn).to.equal('2026-11-25');
      expect(paid.paidAmountMinor).to.equal(paid.totals.grossMinor);
      expect((await api.listOrders({ search: 'SF-10013' })).items[0]!.stage).to.equal('completed');
    });
  });

  describe('state', () => {
    const databaseName = 'supplier-flow-test-persistence';
    const opened: MemoryAdapter[] = [];
    afterEach(async () => {
      for (const each of opened.splice(0)) each.close();
      await deleteDB(databaseName);
    });

    it('keeps state across two adapters sharing one IndexedDB database (a reload)', async () => {
      const first = createMemoryAdapter({ now: clock, persist: databaseName });
      opened.push(first);
      const confirmKey = key();
      await first.confirmOrder(idOf('SF-10001'), { idempotencyKey: confirmKey });
      const report = await first.uploadQualityReport(idOf('SF-10004'), upload('qc.pdf', PDF), {
        idempotencyKey: key(),
      });
      await first.saveBankDetails(
        { accountHolder: 'Huber', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'Commerzbank' },
        { idempotencyKey: key() },
      );
      const order = await first.getOrder(idOf('SF-10006'));
      await first.createShipment(order.id, shipmentOf(order), { idempotencyKey: key() });
      first.close();
      await first.ready;

      const reloaded = createMemoryAdapter({ now: clock, persist: databaseName });
      opened.push(reloaded);
      const second = checkedApi(reloaded);
      expect((await second.getOrder(idOf('SF-10001'))).production.confirmedAt).to.equal(NOW.toISOString());
      const [stored] = await second.listQualityReports(idOf('SF-10004'));
      expect(stored!.id).to.equal(report.id);
      expect(await (await fetch(stored!.url)).text()).to.equal(new TextDecoder().decode(PDF));
      expect((await second.getCompanyProfile()).bankDetails).to.equal(
        null,
        'bank details are not kept across a reload',
      );
      expect(await second.listShipments(idOf('SF-10006'))).to.have.length(1);
      expect((await failure(second.confirmOrder(idOf('SF-10002'), { idempotencyKey: confirmKey }))).kind).to.equal(
        'conflict',
      );
    });

    it('writes no bank details to IndexedDB (every entry of every store read back)', async () => {
      const persisted = createMemoryAdapter({ now: clock, persist: databaseName });
      opened.push(persisted);
      const saved = await persisted.saveBankDetails(
        { accountHolder: 'Huber', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'Commerzbank' },
        { idempotencyKey: key() },
      );
      expect(saved.bankDetails?.iban).to.equal('DE89370400440532013000');
      persisted.close();
      await persisted.ready;
      const db = await openDB(databaseName);
      const everything: unknown[] = [];
      for (const store of db.objectStoreNames) everything.push(...(await db.getAll(store)));
      db.close();
      const text = JSON.stringify(everything);
      expect(text.length).to.be.greaterThan(1000);
      for (const secret of ['DE89370400440532013000', 'COBADEFFXXX', 'Commerzbank'])
        expect(text.includes(secret)).to.equal(false, `${secret} was written to IndexedDB`);
    });

    it('goes back to the seed on reset', async () => {
      await api.confirmOrder(idOf('SF-10001'), { idempotencyKey: key() });
      await api.saveBankDetails(
        { accountHolder: 'Huber', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'Commerzbank' },
        { idempotencyKey: key() },
      );
      await adapter.reset();
      expect((await api.getOrder(idOf('SF-10001'))).production.confirmedAt).to.equal(null);
      expect((await api.getCompanyProfile()).bankDetails).to.equal(null);
      const order = adapter.orders().find((candidate) => candidate.number === 'SF-10001')!;
      expect(currentStage(stageStatuses(order))).to.equal('production');
    });
  });

  describe('abort', () => {
    it('rejects with an AbortError for an already-aborted signal, reads and writes alike', async () => {
      const signal = AbortSignal.abort();
      expect((await failure(api.listOrders({}, { signal }))).name).to.equal('AbortError');
      expect((await failure(api.confirmOrder(idOf('SF-10001'), { idempotencyKey: key(), signal }))).name).to.equal(
        'AbortError',
      );
      expect((await api.getOrder(idOf('SF-10001'))).production.confirmedAt).to.equal(null);
    });

    it('rejects during latency, and the write does not happen', async () => {
      const timers = installClock();
      adapter.setLatency(5_000);
      const controller = new AbortController();
      try {
        const pending = failure(
          api.confirmOrder(idOf('SF-10001'), { idempotencyKey: key(), signal: controller.signal }),
        );
        await timers.advance(1_000);
        controller.abort();
        const error = await pending;
        expect(error).to.be.instanceOf(DOMException);
        expect(error.name).to.equal('AbortError');
      } finally {
        timers.uninstall();
      }
      adapter.setLatency(0);
      expect((await api.getOrder(idOf('SF-10001'))).production.confirmedAt).to.equal(null);
    });

    it('reports upload progress in steps and stops an aborted upload', async () => {
      const steps: number[] = [];
      await api.uploadInvoiceDocument(idOf('SF-10011'), upload('a.pdf', PDF), {
        idempotencyKey: key(),
        onProgress: (progress) => steps.push(progress.loaded / progress.total),
      });
      expect(steps.length).to.be.greaterThan(3);
      expect(steps[0]).to.equal(0);
      expect(steps[steps.length - 1]).to.equal(1);
      expect(steps).to.deep.equal([...steps].sort((a, b) => a - b));
      adapter.setLatency(400);
      const controller = new AbortController();
      const pending = failure(
        api.uploadQualityReport(idOf('SF-10004'), upload('qc.pdf', PDF), {
          idempotencyKey: key(),
          signal: controller.signal,
          onProgress: (progress) => progress.loaded > 0 && controller.abort(),
        }),
      );
      expect((await pending).name).to.equal('AbortError');
      adapter.setLatency(0);
      expect(await api.listQualityReports(idOf('SF-10004'))).to.have.length(0);
    });
  });
});

describe('memory adapter: activity and comments', () => {
  const databaseName = 'supplier-flow-test-activity';
  const UNDER_REVIEW = idOf('SF-10014');
  const opened: MemoryAdapter[] = [];
  const open = (options: Parameters<typeof createMemoryAdapter>[0]) => {
    const adapter = createMemoryAdapter({ now: clock, persist: false, replyDelayMs: false, ...options });
    opened.push(adapter);
    return adapter;
  };
  afterEach(async () => {
    for (const each of opened.splice(0)) each.close();
    await deleteDB(databaseName);
  });

  it('records an invoice status change at the moment the platform makes it', async () => {
    const adapter = open({});
    const before = await adapter.listOrderActivity(UNDER_REVIEW);
    expect(
      before.filter((entry) => entry.kind === 'invoice-status').map((entry) => ('status' in entry ? entry.status : '')),
    ).to.deep.equal(['submitted', 'under-review']);
    await adapter.setInvoiceStatus(UNDER_REVIEW, 'approved');
    const after = await adapter.listOrderActivity(UNDER_REVIEW);
    expect(after.at(-1)).to.deep.include({ kind: 'invoice-status', status: 'approved', at: NOW.toISOString() });
  });

  it('answers a supplier’s comment after replyDelayMs, and not at all with false', async () => {
    const timers = installClock();
    try {
      const replying = open({ replyDelayMs: 4_000 });
      const silent = open({});
      for (const adapter of [replying, silent])
        await adapter.addOrderComment(UNDER_REVIEW, 'Any news?', { idempotencyKey: key() });
      const last = async (adapter: MemoryAdapter) => (await adapter.listOrderActivity(UNDER_REVIEW)).at(-1);
      await timers.advance(3_000);
      expect(await last(replying), 'before the delay').to.deep.include({ author: 'supplier' });
      await timers.advance(60_000);
      await waitUntil(
        async () => ((await last(replying)) as { author?: string } | undefined)?.author === 'platform',
        'the platform answered',
      );
      expect(await last(replying)).to.deep.include({ kind: 'comment', author: 'platform', authorName: 'Lena Vogt' });
      expect(await last(silent)).to.deep.include({ kind: 'comment', author: 'supplier', text: 'Any news?' });
    } finally {
      timers.uninstall();
    }
  });

  it('keeps comments across a reload (IndexedDB)', async () => {
    const first = open({ persist: databaseName });
    const added = await first.addOrderComment(UNDER_REVIEW, 'Kept?', { idempotencyKey: key() });
    first.close();
    await first.ready;
    const reloaded = open({ persist: databaseName });
    expect((await reloaded.listOrderActivity(UNDER_REVIEW)).map((entry) => entry.id)).to.include(added.id);
  });
});
