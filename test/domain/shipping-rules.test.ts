import { expect } from '@open-wc/testing';
import { checkPackage, checkSupplierDelivery, DEMO_PACKAGING_RULES } from '../../src/domain/shipping-rules.js';
import type { PackageInfo, PackagingRules } from '../../src/domain/types.js';

const box: PackageInfo = { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 5 };
const pallet: PackageInfo = { type: 'pallet', count: 1, lengthCm: 120, widthCm: 80, heightCm: 100, weightKg: 200 };

describe('shipping rules: package', () => {
  it('accepts a complete box and pallet within the limits', () => {
    expect(checkPackage(box, DEMO_PACKAGING_RULES)).to.deep.equal({});
    expect(checkPackage(pallet, DEMO_PACKAGING_RULES)).to.deep.equal({});
  });

  it('has the demo limits of the seed portal: box 25 kg, pallet 350 kg', () => {
    expect(DEMO_PACKAGING_RULES.box.maxWeightKg).to.equal(25);
    expect(DEMO_PACKAGING_RULES.pallet.maxWeightKg).to.equal(350);
  });

  it('allows a box of exactly 25 kg and refuses anything heavier', () => {
    expect(checkPackage({ ...box, weightKg: 25 }, DEMO_PACKAGING_RULES)).to.deep.equal({});
    expect(checkPackage({ ...box, weightKg: 25.1 }, DEMO_PACKAGING_RULES)).to.deep.equal({
      weightKg: { code: 'too-heavy', maxKg: 25 },
    });
  });

  it('allows a pallet of 350 kg and refuses 351 kg', () => {
    expect(checkPackage({ ...pallet, weightKg: 350 }, DEMO_PACKAGING_RULES)).to.deep.equal({});
    expect(checkPackage({ ...pallet, weightKg: 351 }, DEMO_PACKAGING_RULES)).to.deep.equal({
      weightKg: { code: 'too-heavy', maxKg: 350 },
    });
  });

  it('takes the limits from the rules it is given, per package type', () => {
    const strict: PackagingRules = { ...DEMO_PACKAGING_RULES, box: { maxWeightKg: 10, maxLengthCm: 50 } };
    expect(checkPackage({ ...box, weightKg: 12, lengthCm: 60 }, strict)).to.deep.equal({
      lengthCm: { code: 'too-long', maxCm: 50 },
      weightKg: { code: 'too-heavy', maxKg: 10 },
    });
    expect(checkPackage({ ...box, type: 'pallet', weightKg: 30 }, strict)).to.deep.equal({});
  });

  it('refuses a side longer than the type allows', () => {
    const tooLong = DEMO_PACKAGING_RULES.box.maxLengthCm + 1;
    expect(checkPackage({ ...box, heightCm: tooLong }, DEMO_PACKAGING_RULES)).to.deep.equal({
      heightCm: { code: 'too-long', maxCm: DEMO_PACKAGING_RULES.box.maxLengthCm },
    });
  });

  it('requires every field; an empty number input (NaN) counts as missing', () => {
    expect(checkPackage({}, DEMO_PACKAGING_RULES)).to.deep.equal({
      type: { code: 'required' },
      count: { code: 'required' },
      lengthCm: { code: 'required' },
      widthCm: { code: 'required' },
      heightCm: { code: 'required' },
      weightKg: { code: 'required' },
    });
    expect(checkPackage({ ...box, weightKg: Number.NaN }, DEMO_PACKAGING_RULES)).to.deep.equal({
      weightKg: { code: 'required' },
    });
  });

  it('needs a whole count of at least one', () => {
    expect(checkPackage({ ...box, count: 0 }, DEMO_PACKAGING_RULES)).to.deep.equal({ count: { code: 'not-positive' } });
    expect(checkPackage({ ...box, count: 1.5 }, DEMO_PACKAGING_RULES)).to.deep.equal({ count: { code: 'not-whole' } });
  });

  it('needs positive measures', () => {
    expect(checkPackage({ ...box, widthCm: 0, weightKg: -1 }, DEMO_PACKAGING_RULES)).to.deep.equal({
      widthCm: { code: 'not-positive' },
      weightKg: { code: 'not-positive' },
    });
  });

  it('checks no limits while the type is not chosen', () => {
    const { type: _type, ...untyped } = box;
    expect(checkPackage({ ...untyped, weightKg: 500 }, DEMO_PACKAGING_RULES)).to.deep.equal({
      type: { code: 'required' },
    });
  });
});

describe('shipping rules: supplier-arranged delivery', () => {
  const dates = { today: '2026-03-10', shippingDue: '2026-03-14' };
  const valid = { carrierId: 'ups', trackingNumbers: ['1Z5R89390357567127'], expectedShipDate: '2026-03-12' };

  it('has nothing to say about a complete, timely entry', () => {
    expect(checkSupplierDelivery(valid, dates)).to.deep.equal({ errors: {}, warnings: {} });
  });

  it('requires the carrier and the expected ship date; the tracking number is optional', () => {
    expect(
      checkSupplierDelivery({ carrierId: null, trackingNumbers: [], expectedShipDate: null }, dates),
    ).to.deep.equal({
      errors: { carrierId: { code: 'required' }, expectedShipDate: { code: 'required' } },
      warnings: {},
    });
    expect(checkSupplierDelivery({ ...valid, carrierId: ' ', expectedShipDate: '' }, dates).errors).to.have.keys(
      'carrierId',
      'expectedShipDate',
    );
  });

  it('refuses a date in the past, allows today', () => {
    expect(checkSupplierDelivery({ ...valid, expectedShipDate: '2026-03-09' }, dates).errors).to.deep.equal({
      expectedShipDate: { code: 'in-past', today: '2026-03-10' },
    });
    expect(checkSupplierDelivery({ ...valid, expectedShipDate: '2026-03-10' }, dates)).to.deep.equal({
      errors: {},
      warnings: {},
    });
  });

  it('refuses a date that does not exist', () => {
    expect(checkSupplierDelivery({ ...valid, expectedShipDate: '2026-02-30' }, dates).errors).to.deep.equal({
      expectedShipDate: { code: 'not-a-date' },
    });
  });

  it('warns, without blocking, when the date is after the shipping deadline; the deadline day itself is fine', () => {
    const late = checkSupplierDelivery({ ...valid, expectedShipDate: '2026-03-15' }, dates);
    expect(late).to.deep.equal({
      errors: {},
      warnings: { expectedShipDate: { code: 'after-shipping-deadline', shippingDue: '2026-03-14' } },
    });
    expect(checkSupplierDelivery({ ...valid, expectedShipDate: '2026-03-14' }, dates).warnings).to.deep.equal({});
  });

  it('warns when the tracking number looks like another carrier, and proposes it', () => {
    expect(checkSupplierDelivery({ ...valid, carrierId: 'fedex' }, dates)).to.deep.equal({
      errors: {},
      warnings: { 'trackingNumbers.0': { code: 'tracking-fits-other-carrier', carriers: ['ups'] } },
    });
  });

  it('warns when the number fits no format of a carrier whose formats are known', () => {
    expect(checkSupplierDelivery({ ...valid, trackingNumbers: ['12345'] }, dates).warnings).to.deep.equal({
      'trackingNumbers.0': { code: 'tracking-unknown-format' },
    });
  });

  it('does not judge tracking numbers of carriers without known formats', () => {
    expect(checkSupplierDelivery({ ...valid, carrierId: 'dpd', trackingNumbers: ['12345'] }, dates)).to.deep.equal({
      errors: {},
      warnings: {},
    });
  });

  it('checks each tracking number on its own: only the odd one out gets a warning, empty entries are ignored', () => {
    const check = checkSupplierDelivery(
      { ...valid, trackingNumbers: ['1Z5R89390357567127', '', '12345', '1Z999AA10123456784'] },
      dates,
    );
    expect(check).to.deep.equal({ errors: {}, warnings: { 'trackingNumbers.2': { code: 'tracking-unknown-format' } } });
  });

  it('refuses the same tracking number twice, also when typed with spaces or in lower case, naming the earlier entry', () => {
    const check = checkSupplierDelivery(
      { ...valid, trackingNumbers: ['1Z5R89390357567127', '1Z999AA10123456784', '1z5r 8939 0357 5671 27'] },
      dates,
    );
    expect(check.errors).to.deep.equal({ 'trackingNumbers.2': { code: 'duplicate', of: 0 } });
  });
});
