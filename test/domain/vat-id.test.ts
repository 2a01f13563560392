import { expect } from '@open-wc/testing';
import { checkVatId } from '../../src/domain/identifiers.js';

// BE0411905847 (valid) and BE0897221791 (right form, wrong check digits) are jsvat's documented
// examples; DE136695976 and ATU13585627 are widely used sample numbers with correct check digits.
describe('identifiers: VAT numbers', () => {
  it('accepts valid numbers with their country prefix', () => {
    expect(checkVatId('BE0411905847')).to.deep.equal({
      valid: true,
      normalized: 'BE0411905847',
      country: 'BE',
      reason: null,
    });
    expect(checkVatId('DE136695976')).to.include({ valid: true, country: 'DE' });
    expect(checkVatId('ATU13585627')).to.include({ valid: true, country: 'AT' });
  });

  it('ignores spaces, dots, dashes and case', () => {
    expect(checkVatId(' be 0411.905-847 ')).to.deep.equal({
      valid: true,
      normalized: 'BE0411905847',
      country: 'BE',
      reason: null,
    });
  });

  it('reports Greece, which uses the prefix EL, as country GR', () => {
    expect(checkVatId('EL094259216')).to.include({ valid: true, country: 'GR' });
  });

  it('finds wrong check digits in a number of the right form', () => {
    expect(checkVatId('BE0897221791')).to.deep.equal({ valid: false, country: 'BE', reason: 'checksum' });
    expect(checkVatId('DE136695977')).to.deep.equal({ valid: false, country: 'DE', reason: 'checksum' });
  });

  it('finds the wrong form for a known country', () => {
    expect(checkVatId('DE12345')).to.deep.equal({ valid: false, country: 'DE', reason: 'format' });
  });

  it('needs the country prefix', () => {
    expect(checkVatId('136695976')).to.deep.equal({ valid: false, country: null, reason: 'format' });
  });

  it('refuses an unknown country prefix', () => {
    expect(checkVatId('XX123456789')).to.deep.equal({ valid: false, country: null, reason: 'country' });
  });

  it('says empty for nothing typed', () => {
    expect(checkVatId('  ')).to.deep.equal({ valid: false, country: null, reason: 'empty' });
  });
});
