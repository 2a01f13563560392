/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell as a formula when it starts with `=`, `+`, `-`
 * or `@` (tab and CR too), and several also after leading spaces or line breaks. papaparse's `escapeFormulae`
 * checks one line only (`=1+1\nsecond line`, `\r\n=1+1` and `-2+3\r` pass it), so every text cell of an export
 * goes through `neutraliseFormula` instead.
 */

/** A cell of an exported table: text, or a number the export computed (written as a number). */
export type CsvCell = string | number;

/** Characters that start a formula (with their full-width forms, which some spreadsheets read the same way). */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20']);
/** Characters that start a formula by being first: tab, carriage return, line feed. */
const FIRST_CHARACTER_TRIGGERS = new Set(['\t', '\r', '\n']);
/** Leading characters a spreadsheet may skip before reading a formula: white space and line breaks (\u00a0, \u2028, \u2029…), controls and invisible format characters (zero-width, bidi). */
const LEADING_INVISIBLE = /^[\s\p{Cc}\p{Cf}]+/u;

/** Whether a spreadsheet could read `text` as a formula. */
export function startsLikeFormula(text: string): boolean {
  if (text === '') return false;
  if (FIRST_CHARACTER_TRIGGERS.has(text[0]!)) return true;
  const visible = text.replace(LEADING_INVISIBLE, '');
  return visible !== '' && FORMULA_STARTS.has(visible[0]!);
}

/** `text` as a spreadsheet shows it but never runs it: a single quote before any text that could start a formula, everything else unchanged. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * One cell as written: text neutralised (`neutraliseFormula`); a number stays a number, negative ones too
 * (`-12.5` is a credit in the value column, written by the export itself, never adapter text), and a number
 * that is not finite becomes an empty cell.
 */
export function csvCell(value: CsvCell): CsvCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return neutraliseFormula(value);
}
