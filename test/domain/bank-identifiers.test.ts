import { expect } from '@open-wc/testing';
import { bicFitsIban, checkBic, checkIban, formatIban, maskIban } from '../../src/domain/identifiers.js';

// DE89 3704 0044 0532 0130 00, GB82 WEST 1234 5698 7654 32 and NL91 ABNA 0417 1643 00 are the
// published example IBANs of the ECBS/SWIFT IBAN registry.
const DE = 'DE89370400440532013000';

describe('identifiers: IBAN', () => {
  it('accepts valid IBANs and returns the electronic form and country', () => {
    expect(checkIban(DE)).to.deep.equal({ valid: true, normalized: DE, country: 'DE' });
    expect(checkIban('GB82WEST12345698765432')).to.deep.equal({
      valid: true,
      normalized: 'GB82WEST12345698765432',
      country: 'GB',
    });
  });

  it('ignores spaces, dashes and case as people type them', () => {
    expect(checkIban(' de89 3704 0044 0532 0130 00 ')).to.deep.equal({ valid: true, normalized: DE, country: 'DE' });
    expect(checkIban('NL91-ABNA-0417-1643-00')).to.include({ valid: true, country: 'NL' });
  });

  it('says empty for nothing typed', () => {
    expect(checkIban('')).to.deep.equal({ valid: false, reason: 'empty' });
    expect(checkIban('   ')).to.deep.equal({ valid: false, reason: 'empty' });
  });

  it('finds a single wrong digit by the mod-97 check digits', () => {
    expect(checkIban('DE89370400440532013001')).to.deep.equal({ valid: false, reason: 'checksum' });
    expect(checkIban('DE88370400440532013000')).to.deep.equal({ valid: false, reason: 'checksum' });
  });

  it('finds swapped neighbouring digits', () => {
    expect(checkIban('DE89370400440532010300')).to.deep.equal({ valid: false, reason: 'checksum' });
  });

  it('knows each country length (Germany 22)', () => {
    expect(checkIban('DE8937040044053201300')).to.deep.equal({ valid: false, reason: 'length' });
    expect(checkIban('DE893704004405320130000')).to.deep.equal({ valid: false, reason: 'length' });
  });

  it('refuses an unknown country', () => {
    expect(checkIban('XX89370400440532013000')).to.deep.equal({ valid: false, reason: 'country' });
  });

  it('refuses the wrong form: no country letters, stray characters, letters in a German BBAN', () => {
    expect(checkIban('8937040044053201300012')).to.deep.equal({ valid: false, reason: 'format' });
    expect(checkIban('DE89370400440532013!00')).to.deep.equal({ valid: false, reason: 'format' });
    expect(checkIban('DE8937040044053201300O')).to.deep.equal({ valid: false, reason: 'format' });
  });

  it('formats in groups of four', () => {
    expect(formatIban('de89370400440532013000')).to.equal('DE89 3704 0044 0532 0130 00');
  });

  describe('maskIban: the country code and the last four shown, grouped in fours from the start', () => {
    const cases: readonly (readonly [input: string, shown: string])[] = [
      ['DE89 3704 0044 0532 0130 00', 'DE•• •••• •••• •••• ••30 00'],
      ['de89370400440532013000', 'DE•• •••• •••• •••• ••30 00'],
      ['NL91ABNA0417164300', 'NL•• •••• •••• ••43 00'],
      ['NO9386011117947', 'NO•• •••• •••7 947'],
      ['MT84MALT011000012345MTLCAST001S', 'MT•• •••• •••• •••• •••• •••• •••0 01S'],
      ['AB1234', '••12 34'],
      ['1234', '1234'],
      ['', ''],
    ];
    for (const [input, shown] of cases) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(shown)}`, () => {
        expect(maskIban(input)).to.equal(shown);
      });
    }
  });
});

describe('identifiers: BIC', () => {
  it('accepts 8 and 11 character BICs and returns the country', () => {
    expect(checkBic('DEUTDEFF')).to.deep.equal({ valid: true, normalized: 'DEUTDEFF', country: 'DE' });
    expect(checkBic('DEUTDEFF500')).to.deep.equal({ valid: true, normalized: 'DEUTDEFF500', country: 'DE' });
    expect(checkBic(' abna nl 2a ')).to.deep.equal({ valid: true, normalized: 'ABNANL2A', country: 'NL' });
  });

  it('says empty for nothing typed', () => {
    expect(checkBic('')).to.deep.equal({ valid: false, reason: 'empty' });
  });

  it('refuses other lengths and digits in the bank code', () => {
    expect(checkBic('DEUTDEF')).to.deep.equal({ valid: false, reason: 'format' });
    expect(checkBic('DEUTDEFF50')).to.deep.equal({ valid: false, reason: 'format' });
    expect(checkBic('DEU1DEFF')).to.deep.equal({ valid: false, reason: 'format' });
    expect(checkBic('DEUT1EFF')).to.deep.equal({ valid: false, reason: 'format' });
  });

  it('refuses an unknown country in letters 5–6', () => {
    expect(checkBic('DEUTXXFF')).to.deep.equal({ valid: false, reason: 'country' });
  });

  it('fits an IBAN of the same country only', () => {
    expect(bicFitsIban('DEUTDEFF', DE)).to.equal(true);
    expect(bicFitsIban('ABNANL2A', 'NL91ABNA0417164300')).to.equal(true);
    expect(bicFitsIban('ABNANL2A', DE)).to.equal(false);
    expect(bicFitsIban('DEUTDEFF', 'DE89370400440532013001')).to.equal(false);
  });
});
