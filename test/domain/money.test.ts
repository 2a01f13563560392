import { expect } from '@open-wc/testing';
import {
  currencyDigits,
  formatMoney,
  invoiceTotals,
  lineVat,
  money,
  parseMajor,
  roundHalfAwayFromZero,
  toMajor,
} from '../../src/domain/money.js';

/** Intl separates the amount and symbol with (narrow) no-break spaces; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('money: currencies', () => {
  it('knows the minor-unit digits from ISO 4217 via Intl', () => {
    expect(currencyDigits('EUR')).to.equal(2);
    expect(currencyDigits('JPY')).to.equal(0);
    expect(currencyDigits('KWD')).to.equal(3);
  });

  it('converts minor to major units by those digits', () => {
    expect(toMajor(money(1_234, 'EUR'))).to.equal(12.34);
    expect(toMajor(money(1_234, 'JPY'))).to.equal(1_234);
    expect(toMajor(money(1_234, 'KWD'))).to.equal(1.234);
  });
});

describe('money: parseMajor', () => {
  it('reads decimal point or comma into exact minor units', () => {
    expect(parseMajor('12.34', 'EUR')).to.equal(1_234);
    expect(parseMajor('12,3', 'EUR')).to.equal(1_230);
    expect(parseMajor(' 7 ', 'EUR')).to.equal(700);
    expect(parseMajor('0.29', 'EUR')).to.equal(29); // 0.29 * 100 is 28.999… in floating point
  });

  it('uses the currency digits: yen has none, dinar three', () => {
    expect(parseMajor('1500', 'JPY')).to.equal(1_500);
    expect(parseMajor('15.5', 'JPY')).to.equal(null);
    expect(parseMajor('1.234', 'KWD')).to.equal(1_234);
    expect(parseMajor('1.5', 'KWD')).to.equal(1_500);
  });

  it('refuses more decimals than the currency has, and anything not a plain number', () => {
    expect(parseMajor('12.345', 'EUR')).to.equal(null);
    expect(parseMajor('', 'EUR')).to.equal(null);
    expect(parseMajor('1e3', 'EUR')).to.equal(null);
    expect(parseMajor('1.234,56', 'EUR')).to.equal(null);
    expect(parseMajor('99999999999999999', 'EUR')).to.equal(null);
  });

  it('reads negatives, and minus zero as plain zero', () => {
    expect(parseMajor('-2.50', 'EUR')).to.equal(-250);
    expect(Object.is(parseMajor('-0.00', 'EUR'), 0)).to.equal(true);
  });
});

describe('money: VAT per line', () => {
  it('rounds half away from zero, also for negatives (credit lines)', () => {
    expect(roundHalfAwayFromZero(28.5)).to.equal(29);
    expect(roundHalfAwayFromZero(-28.5)).to.equal(-29); // Math.round would give -28
    expect(roundHalfAwayFromZero(28.49)).to.equal(28);
  });

  it('computes one line: 19 % of 1.50 € is 0.285 € → 0.29 €; 7 % of 0.50 € is 0.035 € → 0.04 €', () => {
    expect(lineVat(150, 1_900)).to.equal(29); // banker's rounding would give 28
    expect(lineVat(50, 700)).to.equal(4);
    expect(lineVat(-150, 1_900)).to.equal(-29);
    expect(lineVat(1_005, 1_900)).to.equal(191); // 190.95
    expect(lineVat(1_000, 0)).to.equal(0);
  });
});

describe('money: invoiceTotals', () => {
  it('rounds VAT per line, then sums (EUR): two lines of 1.50 € give 0.58 € VAT, not 0.57 €', () => {
    const totals = invoiceTotals(
      [
        { quantity: 1, unitPriceMinor: 150 },
        { quantity: 3, unitPriceMinor: 50 },
      ],
      1_900,
    );
    // Line nets 150 and 150 cents; each 28.5 → 29; on the sum 300 it would be exactly 57.
    expect(totals).to.deep.equal({ netMinor: 300, vatMinor: 58, grossMinor: 358 });
  });

  it('works in yen without decimals (JPY, 10 %)', () => {
    // 3 × 1,999 = 5,997 → 599.7 → 600; 2 × 333 = 666 → 66.6 → 67.
    expect(
      invoiceTotals(
        [
          { quantity: 3, unitPriceMinor: 1_999 },
          { quantity: 2, unitPriceMinor: 333 },
        ],
        1_000,
      ),
    ).to.deep.equal({
      netMinor: 6_663,
      vatMinor: 667,
      grossMinor: 7_330,
    });
  });

  it('works in fils with three decimals (KWD, 5 %)', () => {
    // 3 × 1.250 KWD = 3,750 fils → 187.5 → 188; 1 × 0.010 KWD = 10 fils → 0.5 → 1.
    expect(
      invoiceTotals(
        [
          { quantity: 3, unitPriceMinor: 1_250 },
          { quantity: 1, unitPriceMinor: 10 },
        ],
        500,
      ),
    ).to.deep.equal({
      netMinor: 3_760,
      vatMinor: 189,
      grossMinor: 3_949,
    });
  });

  it('is all zero without lines', () => {
    expect(invoiceTotals([], 1_900)).to.deep.equal({ netMinor: 0, vatMinor: 0, grossMinor: 0 });
  });
});

describe('money: formatMoney', () => {
  it('formats euros the German way: dot groups, comma decimals, symbol after', () => {
    expect(plain(formatMoney(money(123_456, 'EUR'), 'de-DE'))).to.equal('1.234,56 €');
  });

  it('formats euros the US way: comma groups, dot decimals, symbol before', () => {
    expect(formatMoney(money(123_456, 'EUR'), 'en-US')).to.equal('€1,234.56');
  });

  it('shows no decimals for yen and three for dinar', () => {
    expect(formatMoney(money(1_234, 'JPY'), 'en-US')).to.equal('¥1,234');
    expect(plain(formatMoney(money(1_234, 'JPY'), 'de-DE'))).to.equal('1.234 ¥');
    expect(plain(formatMoney(money(1_234_567, 'KWD'), 'en-US'))).to.equal('KWD 1,234.567');
  });
});
