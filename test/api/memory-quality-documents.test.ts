import { expect, waitUntil } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { checkedApi } from '../../src/api/checked-api.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import { shippingLock, shippingStatus } from '../../src/domain/stages.js';
import { slotState } from '../../src/domain/quality-documents.js';
import { installClock, type ControlledClock } from '../helpers/clock.js';
import { clock, failure, key, PDF, PNG, shipmentOf, upload } from './memory-helpers.js';

const MISSING_AND_REJECTED = orderIdOf(44);
const IN_REVIEW = orderIdOf(45);
const NOT_BLOCKING = orderIdOf(46);
const UNCONFIRMED = orderIdOf(47);

describe('memory adapter: typed quality documents', () => {
  let adapter: MemoryAdapter;
  let timers: ControlledClock | undefined;
  afterEach(() => {
    adapter.close();
    timers?.uninstall();
    timers = undefined;
  });

  const slotOf = async (orderId: string, type: string) =>
    (await adapter.getOrder(orderId)).quality.documents.find((slot) => slot.type === type)!;

  it('seeds typed slots in every state, parsed by the contract, and keeps plain orders without them', async () => {
    adapter = createMemoryAdapter({ now: clock, persist: false, qualityReviewDelayMs: null });
    const api = checkedApi(adapter);
    const states = new Set<string>();
    for (const orderId of [MISSING_AND_REJECTED, IN_REVIEW, NOT_BLOCKING, UNCONFIRMED]) {
      for (const slot of (await api.getOrder(orderId)).quality.documents) states.add(slotState(slot));
    }
    expect([...states].sort()).to.deep.equal(['accepted', 'missing', 'rejected', 'uploaded']);
    expect((await api.getOrder(orderIdOf(3))).quality)
      .to.include({ blocksShipping: false })
      .and.have.property('documents').that.is.empty;
    const rejected = await slotOf(MISSING_AND_REJECTED, 'certificate-of-conformance');
    expect(rejected.versions[0]!.rejectionReason).to.be.a('string').and.not.empty;
    expect(shippingLock(await api.getOrder(MISSING_AND_REJECTED))).to.have.property('reason', 'quality-documents');
    expect(shippingStatus(await api.getOrder(NOT_BLOCKING))).to.equal('action-required');
  });

  it('the scripted reviewer accepts a new version after the delay, and rejects one whose name contains "reject" with its reason', async () => {
    timers = installClock();
    adapter = createMemoryAdapter({ now: clock, persist: false, qualityReviewDelayMs: 5_000 });
    const accepted = await adapter.uploadQualityDocument(
      NOT_BLOCKING,
      'inspection-report',
      upload('inspection.pdf', PDF),
      { idempotencyKey: key() },
    );
    expect(accepted.versions.map((version) => version.status)).to.deep.equal(['uploaded']);
    await adapter.uploadQualityDocument(
      NOT_BLOCKING,
      'certificate-of-conformance',
      upload('Please-REJECT-me.pdf', PDF),
      { idempotencyKey: key() },
    );
    await timers.advance(4_000);
    expect(slotState(await slotOf(NOT_BLOCKING, 'inspection-report')), 'before the delay').to.equal('uploaded');
    await timers.advance(1_000);
    await waitUntil(async () => slotState(await slotOf(NOT_BLOCKING, 'inspection-report')) === 'accepted', 'accepted', {
      timeout: 2000,
    });
    await waitUntil(
      async () => slotState(await slotOf(NOT_BLOCKING, 'certificate-of-conformance')) === 'rejected',
      'rejected',
      { timeout: 2000 },
    );
    const rejected = (await slotOf(NOT_BLOCKING, 'certificate-of-conformance')).versions[0]!;
    expect(rejected.rejectionReason).to.include('reject');
    expect(rejected.reviewedAt).to.equal(clock().toISOString());
  });

  it('refuses uploads the rules do not allow: accepted slot, before confirmation, plain QC report on a typed order, typed upload on a plain order', async () => {
    adapter = createMemoryAdapter({ now: clock, persist: false, qualityReviewDelayMs: null });
    expect(
      (
        await failure(
          adapter.uploadQualityDocument(MISSING_AND_REJECTED, 'material-certificate', upload('m.pdf', PDF), {
            idempotencyKey: key(),
          }),
        )
      ).kind,
    ).to.equal('conflict');
    expect(
      (
        await failure(
          adapter.uploadQualityDocument(UNCONFIRMED, 'inspection-report', upload('i.pdf', PDF), {
            idempotencyKey: key(),
          }),
        )
      ).kind,
    ).to.equal('conflict');
    expect(
      (
        await failure(
          adapter.uploadQualityReport(MISSING_AND_REJECTED, upload('qc.pdf', PDF), { idempotencyKey: key() }),
        )
      ).kind,
    ).to.equal('conflict');
    expect(
      (
        await failure(
          adapter.uploadQualityDocument(orderIdOf(3), 'inspection-report', upload('i.pdf', PDF), {
            idempotencyKey: key(),
          }),
        )
      ).kind,
    ).to.equal('conflict');
    const photo = await adapter.uploadQualityDocument(MISSING_AND_REJECTED, 'photos', upload('part.png', PNG), {
      idempotencyKey: key(),
    });
    expect(photo.versions[0]!.contentType).to.equal('image/png');
  });

  it('opens shipping once the blocking documents are in, and refuses a shipment before', async () => {
    adapter = createMemoryAdapter({ now: clock, persist: false, qualityReviewDelayMs: null });
    const order = await adapter.getOrder(MISSING_AND_REJECTED);
    expect(
      (await failure(adapter.createShipment(order.id, shipmentOf(order), { idempotencyKey: key() }))).kind,
    ).to.equal('conflict');
    await adapter.uploadQualityDocument(order.id, 'inspection-report', upload('i.pdf', PDF), { idempotencyKey: key() });
    await adapter.uploadQualityDocument(order.id, 'certificate-of-conformance', upload('c.pdf', PDF), {
      idempotencyKey: key(),
    });
    await adapter.reviewQualityDocument(order.id, 'certificate-of-conformance', 'rejected', {
      rejectionReason: 'Still unsigned.',
    });
    expect(shippingStatus(await adapter.getOrder(order.id))).to.equal('locked');
    await adapter.uploadQualityDocument(order.id, 'certificate-of-conformance', upload('c2.pdf', PDF), {
      idempotencyKey: key(),
    });
    const reread = await adapter.getOrder(order.id);
    expect(
      reread.quality.documents
        .find((slot) => slot.type === 'certificate-of-conformance')!
        .versions.map((version) => version.status),
    ).to.deep.equal(['rejected', 'rejected', 'uploaded']);
    expect((await adapter.createShipment(order.id, shipmentOf(reread), { idempotencyKey: key() })).id).to.be.a(
      'string',
    );
  });

  it('reviews after a reload what was uploaded before it (persisted)', async () => {
    const databaseName = 'supplier-flow-test-quality-review';
    const first = createMemoryAdapter({ now: clock, persist: databaseName, qualityReviewDelayMs: null });
    await first.uploadQualityDocument(NOT_BLOCKING, 'inspection-report', upload('i.pdf', PDF), {
      idempotencyKey: key(),
    });
    first.close();
    await first.ready;
    adapter = createMemoryAdapter({ now: clock, persist: databaseName, qualityReviewDelayMs: 10 });
    try {
      await adapter.ready;
      await waitUntil(
        async () => slotState(await slotOf(NOT_BLOCKING, 'inspection-report')) === 'accepted',
        'reviewed after the reload',
        { timeout: 2000 },
      );
    } finally {
      adapter.close();
      await deleteDB(databaseName);
    }
  });
});
