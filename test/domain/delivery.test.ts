import { expect } from '@open-wc/testing';
import { deliveryResponsibility } from '../../src/domain/delivery.js';

describe('delivery responsibility', () => {
  it('is the platform for regular orders on FCA (and other non-DAP) terms', () => {
    expect(deliveryResponsibility({ kind: 'regular', incoterm: 'FCA' })).to.equal('platform');
    expect(deliveryResponsibility({ kind: 'regular', incoterm: 'EXW' })).to.equal('platform');
  });

  it('is the supplier for test orders, whatever the terms', () => {
    expect(deliveryResponsibility({ kind: 'test', incoterm: 'FCA' })).to.equal('supplier');
    expect(deliveryResponsibility({ kind: 'test', incoterm: 'DAP' })).to.equal('supplier');
  });

  it('is the supplier for regular orders on DAP terms', () => {
    expect(deliveryResponsibility({ kind: 'regular', incoterm: 'DAP' })).to.equal('supplier');
  });
});
