/** GS1 mod-10 check digit of the 17 data digits of an SSCC (weights 3, 1, 3, … from the left); null when not 17 digits. */
export function ssccCheckDigit(digits17: string): number | null {
  if (!/^\d{17}$/.test(digits17)) return null;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += Number(digits17[index]) * (index % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** True for an 18-digit SSCC whose last digit is its GS1 check digit; spaces and an `(00)` prefix are ignored. */
export function isValidSscc(value: string): boolean {
  const digits = value.replace(/\s+/g, '').replace(/^\(00\)/, '');
  return /^\d{18}$/.test(digits) && ssccCheckDigit(digits.slice(0, 17)) === Number(digits[17]);
}
