import { expect } from '@open-wc/testing';
import {
  currentInvoice,
  currentStage,
  invoiceStatus,
  needsSupplierAction,
  nextAction,
  productionStatus,
  qualityStatus,
  shippingStatus,
  stageStatuses,
} from '../../src/domain/stages.js';
import type { StageStatuses } from '../../src/domain/stages.js';
import type { Invoice, InvoiceStatus, Order } from '../../src/domain/types.js';
import { makeDocument, makeInvoice, makeOrder, makeShipment, makeShippedOrder } from '../../src/testing/fixtures.js';

const confirmed = { confirmedAt: '2026-11-02T08:00:00Z', confirmedAtApplication: false } as const;

/** A fully shipped, confirmed order whose newest invoice has the given status. */
function invoicedOrder(status: InvoiceStatus): Order {
  return makeShippedOrder({ invoices: [makeInvoice({ status })] });
}

describe('stages: production', () => {
  it('asks for confirmation while unconfirmed', () => {
    const order = makeOrder();
    expect(productionStatus(order)).to.equal('action-required');
    expect(nextAction(stageStatuses(order))).to.equal('confirm-order');
    expect(currentStage(stageStatuses(order))).to.equal('production');
  });

  it('is done without a confirmation date when the order was confirmed at application', () => {
    const order = makeOrder({ production: { confirmedAt: null, confirmedAtApplication: true } });
    expect(productionStatus(order)).to.equal('done');
    expect(nextAction(stageStatuses(order))).to.equal('add-shipping');
  });

  it('is done once confirmed later', () => {
    expect(productionStatus(makeOrder({ production: confirmed }))).to.equal('done');
  });

  it('locks shipping and invoice while production is open', () => {
    const statuses = stageStatuses(makeOrder());
    expect(statuses).to.deep.equal({
      production: 'action-required',
      quality: 'not-required',
      shipping: 'locked',
      invoice: 'locked',
    });
  });
});

describe('stages: quality control', () => {
  it('is not required when the order does not require it, and shipping opens right after production', () => {
    const order = makeOrder({ production: confirmed });
    expect(qualityStatus(order)).to.equal('not-required');
    expect(shippingStatus(order)).to.equal('action-required');
    expect(currentStage(stageStatuses(order))).to.equal('shipping');
  });

  it('is locked while production is unconfirmed', () => {
    expect(
      qualityStatus(makeOrder({ quality: { required: true, reports: [], documents: [], blocksShipping: false } })),
    ).to.equal('locked');
  });

  it('asks for a report when required and none is uploaded, and keeps shipping locked', () => {
    const order = makeOrder({
      production: confirmed,
      quality: { required: true, reports: [], documents: [], blocksShipping: false },
    });
    expect(qualityStatus(order)).to.equal('action-required');
    expect(shippingStatus(order)).to.equal('locked');
    expect(nextAction(stageStatuses(order))).to.equal('upload-qc-report');
    expect(currentStage(stageStatuses(order))).to.equal('quality');
  });

  it('is done with a report and then opens shipping', () => {
    const order = makeOrder({
      production: confirmed,
      quality: { required: true, reports: [makeDocument()], documents: [], blocksShipping: false },
    });
    expect(qualityStatus(order)).to.equal('done');
    expect(shippingStatus(order)).to.equal('action-required');
  });
});

describe('stages: shipping', () => {
  it('still asks for shipping after a partial shipment and keeps the invoice locked', () => {
    const base = makeOrder({ production: confirmed });
    const [first] = base.positions;
    const order = {
      ...base,
      shipments: [makeShipment({ items: [{ positionId: first!.id, quantity: first!.quantity }] })],
    };
    expect(shippingStatus(order)).to.equal('action-required');
    expect(invoiceStatus(order)).to.equal('locked');
  });

  it('is done when several shipments together cover every position', () => {
    const base = makeOrder({ production: confirmed });
    const [first, second] = base.positions;
    const shipments = [
      makeShipment({ items: [{ positionId: first!.id, quantity: 3 }] }),
      makeShipment({
        items: [
          { positionId: first!.id, quantity: first!.quantity - 3 },
          { positionId: second!.id, quantity: second!.quantity },
        ],
      }),
    ];
    expect(shippingStatus({ ...base, shipments })).to.equal('done');
  });

  it('waits for the platform while a complete delivery is still processing', () => {
    const base = makeShippedOrder();
    const order = {
      ...base,
      shipments: base.shipments.map((shipment) => ({ ...shipment, status: 'processing' as const })),
    };
    expect(shippingStatus(order)).to.equal('waiting');
    expect(currentStage(stageStatuses(order))).to.equal('shipping');
  });

  it('keeps the invoice locked while the platform processes a shipment, and says the supplier waits', () => {
    const base = makeShippedOrder();
    const processing = {
      ...base,
      shipments: base.shipments.map((shipment) => ({ ...shipment, status: 'processing' as const })),
    };
    expect(invoiceStatus(processing)).to.equal('locked');
    expect(nextAction(stageStatuses(processing))).to.equal('wait-for-platform');
    expect(currentStage(stageStatuses(processing))).to.equal('shipping');
  });
});

describe('stages: invoice', () => {
  it('asks for an invoice when everything is shipped and there is none', () => {
    const order = makeShippedOrder();
    expect(invoiceStatus(order)).to.equal('action-required');
    expect(nextAction(stageStatuses(order))).to.equal('upload-invoice');
    expect(currentStage(stageStatuses(order))).to.equal('invoice');
  });

  for (const status of ['submitted', 'under-review', 'approved'] as const) {
    it(`waits for the platform when the invoice is ${status}`, () => {
      expect(invoiceStatus(invoicedOrder(status))).to.equal('waiting');
      expect(nextAction(stageStatuses(invoicedOrder(status)))).to.equal('wait-for-platform');
    });
  }

  it('asks for a corrected invoice when the invoice was rejected', () => {
    expect(invoiceStatus(invoicedOrder('rejected'))).to.equal('action-required');
    expect(nextAction(stageStatuses(invoicedOrder('rejected')))).to.equal('upload-invoice');
  });

  it('is done and the order completed when paid', () => {
    const statuses = stageStatuses(invoicedOrder('paid'));
    expect(statuses.invoice).to.equal('done');
    expect(nextAction(statuses)).to.equal('completed');
    expect(currentStage(statuses)).to.equal('completed');
  });

  it('counts the newest invoice, whatever its place in the list', () => {
    const olderPaid = makeInvoice({ status: 'paid', submittedAt: '2026-11-20T09:00:00Z' });
    const newerRejected = makeInvoice({ status: 'rejected', submittedAt: '2026-11-21T09:00:00Z' });
    expect(invoiceStatus(makeShippedOrder({ invoices: [newerRejected, olderPaid] }))).to.equal('action-required');
    const olderRejected = makeInvoice({ status: 'rejected', submittedAt: '2026-11-20T09:00:00Z' });
    const newerSubmitted = makeInvoice({ status: 'submitted', submittedAt: '2026-11-21T09:00:00Z' });
    expect(invoiceStatus(makeShippedOrder({ invoices: [newerSubmitted, olderRejected] }))).to.equal('waiting');
  });

  it('compares submission times as instants, not as text with different offsets', () => {
    // 12:00+02:00 is 10:00Z, earlier than 11:00Z although its text sorts later.
    const earlier = makeInvoice({ id: 'earlier', submittedAt: '2026-11-22T12:00:00+02:00' });
    const later = makeInvoice({ id: 'later', submittedAt: '2026-11-22T11:00:00Z' });
    expect(currentInvoice({ invoices: [later, earlier] })?.id).to.equal('later');
  });

  it('has no current invoice without invoices', () => {
    expect(currentInvoice({ invoices: [] as Invoice[] })).to.equal(null);
  });
});

describe('stages: next action and current stage', () => {
  const settled: StageStatuses = { production: 'done', quality: 'not-required', shipping: 'done', invoice: 'done' };

  it('names the first stage that needs the supplier, even if a later one waits', () => {
    expect(nextAction({ ...settled, shipping: 'waiting', invoice: 'action-required' })).to.equal('upload-invoice');
    expect(nextAction({ ...settled, quality: 'action-required', shipping: 'locked', invoice: 'locked' })).to.equal(
      'upload-qc-report',
    );
  });

  it('treats "not required" as settled for the current stage', () => {
    expect(currentStage({ ...settled, invoice: 'waiting' })).to.equal('invoice');
    expect(currentStage(settled)).to.equal('completed');
  });

  it('says whether the supplier owes something', () => {
    expect(needsSupplierAction('add-shipping')).to.equal(true);
    expect(needsSupplierAction('wait-for-platform')).to.equal(false);
    expect(needsSupplierAction('completed')).to.equal(false);
  });
});
