import { expect } from '@open-wc/testing';
import { csvCell, neutraliseFormula, startsLikeFormula } from '../../src/domain/csv-cell.js';

/** Text a spreadsheet could run as a formula, and how it is written: a single quote before it, nothing else changed. */
const HOSTILE: readonly string[] = [
  // The cases papaparse's escapeFormulae lets through: a line break before or after the formula.
  '=1+1\nsecond line',
  '\r\n=1+1',
  '=HYPERLINK("https://evil.example","click")\r\n',
  '@SUM(1)\n',
  '-2+3\r',
  '+1\u2029x',
  "=cmd|' /C calc'!A0\u2028",
  // The plain ones.
  '=1+1',
  '+SF-1',
  '-1',
  '@SUM(A1:A2)',
  '\tTab first',
  '\rCR first',
  '\nLF first',
  // Behind leading white space, line breaks, controls and invisible characters.
  ' =1+1',
  '   +1',
  '\u00a0=1+1',
  '\u2028=1+1',
  '\u2029@SUM(1)',
  '\u3000-1+2',
  '\u200b=1+1',
  '\ufeff=1+1',
  '\u202e=1+1',
  '\u0000=1+1',
  '\v=1',
  '\f+1',
  // Full-width forms.
  '\uff1d1+1',
  '\uff0b1',
  '\uff0d1',
  '\uff20SUM(1)',
];

/** A test title that shows every invisible character as an escape. */
const shown = (text: string) =>
  JSON.stringify(text).replace(
    /[^\x20-\x7e]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const HARMLESS: readonly string[] = [
  '',
  'SF-10001',
  'Drive shaft',
  'Plain, "quoted" part',
  'a=1',
  'x\n=1+1',
  ' leading space',
  'Ø 12 mm',
  "'=already quoted",
  '1-2',
  '€1,250.00',
  ' ',
  '(=1)',
];

describe('CSV cells: no text a spreadsheet runs as a formula (OWASP CSV injection)', () => {
  for (const text of HOSTILE) {
    it(`neutralises ${shown(text)}`, () => {
      expect(startsLikeFormula(text)).to.equal(true);
      expect(neutraliseFormula(text)).to.equal(`'${text}`);
      expect(csvCell(text)).to.equal(`'${text}`);
    });
  }

  for (const text of HARMLESS) {
    it(`leaves ${shown(text)} as it is`, () => {
      expect(startsLikeFormula(text)).to.equal(false);
      expect(neutraliseFormula(text)).to.equal(text);
    });
  }

  it('keeps numbers the export computed as numbers, negative ones too; a number that is not finite becomes an empty cell', () => {
    expect(csvCell(-12.5)).to.equal(-12.5);
    expect(csvCell(0)).to.equal(0);
    expect(csvCell(1_250)).to.equal(1_250);
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(Number.POSITIVE_INFINITY)).to.equal('');
  });
});
