import { expect } from '@open-wc/testing';
import {
  acceptsNewVersion,
  fileKindOf,
  hasTypedDocuments,
  isQualityRequired,
  isSlotFilled,
  newestVersion,
  outstandingDocuments,
  slotState,
} from '../../src/domain/quality-documents.js';
import {
  currentStage,
  nextAction,
  qualityStatus,
  shippingLock,
  shippingStatus,
  stageStatuses,
} from '../../src/domain/stages.js';
import type { Order, QualityDocumentSlot, QualityState } from '../../src/domain/types.js';
import { makeOrder, makeQualitySlot, makeQualityVersion } from '../../src/testing/fixtures.js';

const confirmed = { confirmedAt: '2026-11-02T08:00:00Z', confirmedAtApplication: false } as const;
const rejected = makeQualityVersion({
  status: 'rejected',
  reviewedAt: '2026-11-03T08:00:00Z',
  rejectionReason: 'Wrong part number.',
});
const accepted = makeQualityVersion({ status: 'accepted', reviewedAt: '2026-11-03T08:00:00Z' });
const uploaded = makeQualityVersion();

function typedOrder(
  documents: readonly QualityDocumentSlot[],
  options: Partial<QualityState> & { confirmed?: boolean } = {},
): Order {
  const { confirmed: isConfirmed = true, ...quality } = options;
  return makeOrder({
    production: isConfirmed ? confirmed : { confirmedAt: null, confirmedAtApplication: false },
    quality: { required: true, reports: [], documents, blocksShipping: true, ...quality },
  });
}

describe('quality documents: a slot', () => {
  it('is missing without a version, else takes the state of its newest (last) version', () => {
    expect(slotState(makeQualitySlot())).to.equal('missing');
    expect(slotState(makeQualitySlot({ versions: [uploaded] }))).to.equal('uploaded');
    expect(slotState(makeQualitySlot({ versions: [rejected, accepted] }))).to.equal('accepted');
    expect(slotState(makeQualitySlot({ versions: [accepted, rejected] }))).to.equal('rejected');
    expect(newestVersion(makeQualitySlot({ versions: [rejected, uploaded] }))).to.equal(uploaded);
    expect(newestVersion(makeQualitySlot())).to.equal(null);
  });

  it('is filled when its newest version is uploaded or accepted, not when missing or rejected', () => {
    expect(isSlotFilled(makeQualitySlot({ versions: [uploaded] }))).to.equal(true);
    expect(isSlotFilled(makeQualitySlot({ versions: [rejected, accepted] }))).to.equal(true);
    expect(isSlotFilled(makeQualitySlot())).to.equal(false);
    expect(isSlotFilled(makeQualitySlot({ versions: [accepted, rejected] }))).to.equal(false);
  });

  it('takes a new version unless its newest one is accepted', () => {
    expect(acceptsNewVersion(makeQualitySlot())).to.equal(true);
    expect(acceptsNewVersion(makeQualitySlot({ versions: [rejected] }))).to.equal(true);
    expect(acceptsNewVersion(makeQualitySlot({ versions: [uploaded] }))).to.equal(true);
    expect(acceptsNewVersion(makeQualitySlot({ versions: [accepted] }))).to.equal(false);
  });

  it('takes images for photos and PDFs for every other type', () => {
    expect(fileKindOf('photos')).to.equal('image');
    expect(fileKindOf('certificate-of-conformance')).to.equal('pdf');
    expect(fileKindOf('material-certificate')).to.equal('pdf');
  });
});

describe('quality documents: what is owed', () => {
  it('lists required slots that are missing or rejected, in the host’s order, and ignores optional ones', () => {
    const quality = typedOrder([
      makeQualitySlot({ type: 'inspection-report' }),
      makeQualitySlot({ type: 'certificate-of-conformance', versions: [rejected] }),
      makeQualitySlot({ type: 'material-certificate', versions: [uploaded] }),
      makeQualitySlot({ type: 'photos', required: false }),
    ]).quality;
    expect(outstandingDocuments(quality)).to.deep.equal([
      { type: 'inspection-report', state: 'missing' },
      { type: 'certificate-of-conformance', state: 'rejected' },
    ]);
  });

  it('knows typed orders from plain ones, and a required slot makes quality control required', () => {
    expect(hasTypedDocuments(makeOrder().quality)).to.equal(false);
    expect(hasTypedDocuments(typedOrder([makeQualitySlot()]).quality)).to.equal(true);
    expect(isQualityRequired({ required: false, documents: [makeQualitySlot()] })).to.equal(true);
    expect(isQualityRequired({ required: false, documents: [makeQualitySlot({ required: false })] })).to.equal(false);
  });
});

describe('quality documents: the stages', () => {
  it('is locked while production is open, and shipping is locked by production first', () => {
    const order = typedOrder([makeQualitySlot()], { confirmed: false });
    expect(qualityStatus(order)).to.equal('locked');
    expect(shippingLock(order)).to.deep.equal({ reason: 'production' });
  });

  it('asks for action while a required slot is missing or rejected, and names them as the shipping lock when they block shipping', () => {
    const order = typedOrder([
      makeQualitySlot({ type: 'inspection-report', versions: [accepted] }),
      makeQualitySlot({ type: 'rohs-reach-declaration', versions: [uploaded, rejected] }),
    ]);
    expect(qualityStatus(order)).to.equal('action-required');
    expect(shippingStatus(order)).to.equal('locked');
    expect(shippingLock(order)).to.deep.equal({
      reason: 'quality-documents',
      outstanding: [{ type: 'rohs-reach-declaration', state: 'rejected' }],
    });
    expect(nextAction(stageStatuses(order))).to.equal('upload-qc-report');
    expect(currentStage(stageStatuses(order))).to.equal('quality');
  });

  it('is done when every required slot’s newest version is not rejected (under review counts), optional slots aside', () => {
    const order = typedOrder([
      makeQualitySlot({ type: 'inspection-report', versions: [rejected, uploaded] }),
      makeQualitySlot({ type: 'certificate-of-conformance', versions: [accepted] }),
      makeQualitySlot({ type: 'photos', required: false }),
    ]);
    expect(qualityStatus(order)).to.equal('done');
    expect(shippingLock(order)).to.equal(null);
    expect(shippingStatus(order)).to.equal('action-required');
  });

  it('leaves shipping open when the host says missing documents do not block it, while quality still asks for them', () => {
    const order = typedOrder([makeQualitySlot()], { blocksShipping: false });
    expect(qualityStatus(order)).to.equal('action-required');
    expect(shippingLock(order)).to.equal(null);
    expect(shippingStatus(order)).to.equal('action-required');
  });

  it('ignores plain QC reports when typed documents are asked for', () => {
    const order = typedOrder([makeQualitySlot()], { reports: [uploaded] });
    expect(qualityStatus(order)).to.equal('action-required');
  });

  it('keeps the plain QC-report path when no typed documents are asked for: a missing report locks shipping', () => {
    const order = makeOrder({
      production: confirmed,
      quality: { required: true, reports: [], documents: [], blocksShipping: false },
    });
    expect(shippingLock(order)).to.deep.equal({ reason: 'quality-report' });
    expect(shippingStatus(order)).to.equal('locked');
  });
});
