/**
 * What is wrong with a field of an adapter's answer, in a short English phrase that follows the field's path
 * (`… the response field "positions.0.quantity" must be an integer, got 2.5`): made from a zod/mini issue and,
 * when the parse reported it (`reportInput`), the value as it came. Elements put it after a translated lead-in.
 */

/** The parts of a zod/mini issue read here. */
export interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly divisor?: unknown;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  /** A discriminated union whose discriminator matched no member: its key, and the values it may have. */
  readonly discriminator?: string;
  readonly options?: readonly unknown[];
  /** The value as it came; only present when parsed with `reportInput: true`. */
  readonly input?: unknown;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly errors?: readonly (readonly Issue[])[];
}

/** Longest piece of a received string quoted in a message. */
const MAX_QUOTED = 40;
/** Most allowed values listed for an enum. */
const MAX_VALUES = 8;
const DEFAULT_MESSAGE = 'Invalid input';

const EXPECTED: Readonly<Record<string, string>> = {
  int: 'an integer',
  number: 'a number',
  bigint: 'a bigint',
  string: 'a string',
  boolean: 'a boolean',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  tuple: 'an array',
  date: 'a date',
  null: 'null',
  undefined: 'left out',
  nonoptional: 'a value',
};

const FORMATS: Readonly<Record<string, string>> = {
  date: 'must be a calendar date (YYYY-MM-DD)',
  datetime: 'must be a date and time with a UTC offset (ISO 8601)',
  time: 'must be a time of day (HH:MM:SS)',
  duration: 'must be an ISO 8601 duration',
  email: 'must be an email address',
  url: 'must be a URL',
  uuid: 'must be a UUID',
};

/** The text in JSON quotes, cut after 40 characters (never inside a surrogate pair, never walking a long text). */
function quote(text: string): string {
  const head = [...text.slice(0, MAX_QUOTED * 2)].slice(0, MAX_QUOTED).join('');
  return JSON.stringify(head.length < text.length ? `${head}…` : text);
}

/** A received value in a few words: `2.5`, `NaN`, `null`, `the string "100"`, `an array`, `a Date`, `an object`. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `the bigint ${String(value).slice(0, MAX_QUOTED)}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null) return 'an object';
    const name: unknown = (prototype as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && /^[A-Za-z_$][\w$]{0,39}$/.test(name) ? `a ${name}` : 'an object';
  } catch {
    return 'an object';
  }
}

/** Whether a value is an object JSON could not have made (a Date, a Map, a class instance): zod still reads it as an object. */
export function isForeignObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype !== Object.prototype && prototype !== null;
  } catch {
    return true;
  }
}

const has = (issue: Issue, key: 'input') => Object.hasOwn(issue, key);
/** `, got …` when the parse reported the value. */
const got = (issue: Issue) => (has(issue, 'input') ? `, got ${describeValue(issue.input)}` : '');
const isPrimitive = (value: unknown) => value === null || (typeof value !== 'object' && typeof value !== 'function');
const custom = (issue: Issue) => (issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : null);
/** A text's or list's length as the schema's bounds count it. */
const sizeOf = (value: unknown) => (typeof value === 'string' || Array.isArray(value) ? value.length : null);

function expected(name: string | undefined): string {
  if (!name) return 'another type';
  return EXPECTED[name] ?? `a ${name}`;
}

const characters = (count: unknown) => `${String(count)} character${count === 1 ? '' : 's'}`;

function bound(issue: Issue, side: 'min' | 'max'): string {
  const limit = side === 'min' ? issue.minimum : issue.maximum;
  const size = sizeOf(issue.input);
  const count = size === null ? '' : `, got ${size}`;
  if (issue.origin === 'string')
    return side === 'min'
      ? `is too short: at least ${characters(limit)}${count}`
      : `is too long: at most ${characters(limit)}${count}`;
  if (issue.origin === 'array' || issue.origin === 'set')
    return side === 'min'
      ? `has too few items: at least ${String(limit)}${count}`
      : `has too many items: at most ${String(limit)}${count}`;
  if (issue.origin === 'int' && (limit === Number.MAX_SAFE_INTEGER || limit === Number.MIN_SAFE_INTEGER))
    return `must be a safe integer (within ±${Number.MAX_SAFE_INTEGER})${got(issue)}`;
  const inclusive = issue.inclusive !== false;
  const sign = side === 'min' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  return `must be ${sign} ${String(limit)}${got(issue)}`;
}

function oneOf(values: readonly unknown[]): string {
  const listed = values.slice(0, MAX_VALUES).map((value) => (typeof value === 'string' ? quote(value) : String(value)));
  return `${values.length === 1 ? '' : 'one of '}${listed.join(', ')}${values.length > MAX_VALUES ? ', …' : ''}`;
}

/** The discriminator's own value, from the object zod reports for it (undefined when absent or unreadable). */
function discriminatorValue(issue: Issue): unknown {
  try {
    const input = issue.input;
    return input !== null && typeof input === 'object' && issue.discriminator !== undefined
      ? (input as Record<string, unknown>)[issue.discriminator]
      : undefined;
  } catch {
    return undefined;
  }
}

function format(issue: Issue): string {
  const own = custom(issue);
  if (own) return `${own}${got(issue)}`;
  const name = issue.format ?? '';
  const phrase =
    FORMATS[name] ??
    (name === 'regex' ? `must match ${issue.pattern ?? 'the expected pattern'}` : `must be a valid ${name || 'value'}`);
  return `${phrase}${got(issue)}`;
}

/**
 * A short English phrase for one zod issue, saying what is wrong with the value as it came: `is missing`,
 * `must be an integer, got 2.5`, `must be a number, got the string "100"`, `is not a finite number, got NaN`,
 * `must be an object, got a string`, `must be ≥ 0, got -1`, `must be a calendar date (YYYY-MM-DD), got the string "2026-02-30"`.
 */
export function describeIssue(issue: Issue): string {
  // A value the parse reported as absent (an enum or union field left out) is missing, whatever it was checked for.
  if (has(issue, 'input') && issue.input === undefined && issue.code !== 'custom') return 'is missing';
  switch (issue.code) {
    case 'invalid_type': {
      const input = issue.input;
      if (input === undefined) return 'is missing';
      if (
        (issue.expected === 'number' || issue.expected === 'int') &&
        typeof input === 'number' &&
        !Number.isFinite(input)
      )
        return `is not a finite number${got(issue)}`;
      return `must be ${expected(issue.expected)}${got(issue)}`;
    }
    case 'too_small':
      return bound(issue, 'min');
    case 'too_big':
      return bound(issue, 'max');
    case 'invalid_format':
      return format(issue);
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}${got(issue)}`;
    case 'invalid_value':
      return `must be ${oneOf(issue.values ?? [])}${got(issue)}`;
    case 'unrecognized_keys':
      return `has unexpected fields ${(issue.keys ?? []).slice(0, MAX_VALUES).map(quote).join(', ')}`;
    case 'invalid_union': {
      if (issue.discriminator === undefined) return `fits none of the allowed shapes${got(issue)}`;
      // zod names the discriminator's path but reports the object holding it.
      const value = discriminatorValue(issue);
      return value === undefined ? 'is missing' : `must be ${oneOf(issue.options ?? [])}, got ${describeValue(value)}`;
    }
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'invalid_element':
      return 'has an element that is not allowed';
    case 'custom': {
      const message = custom(issue) ?? 'is invalid';
      return isPrimitive(issue.input) ? `${message}${got(issue)}` : message;
    }
    default:
      return custom(issue) ?? 'is invalid';
  }
}
