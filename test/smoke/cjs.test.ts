import { expect } from '@open-wc/testing';
import { dhl, getTracking } from 'ts-tracking-number';

describe('CommonJS-only packages load in the test runner', () => {
  it('ts-tracking-number recognises a DHL Express number', () => {
    expect(getTracking('3318810025', [dhl])?.courier.code).to.equal('dhl');
  });
});
