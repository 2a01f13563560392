import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import { ContractError, SupplierApiError, isAbortError, toSupplierApiError } from './errors.js';
import { SUPPLIER_API_METHODS } from './methods.js';
import type { SupplierApi, SupplierApiMethod } from './port.js';
import { OrderPageSchema } from './order-page.schemas.js';
import { UNION_FALLBACK } from './schema-primitives.js';

/** Answers parsed with schemas loaded at once: what My Orders needs before its first rows. */
const FIRST_SCHEMAS: Partial<Record<SupplierApiMethod, z.ZodMiniType>> = { listOrders: OrderPageSchema };
let allSchemas: Promise<typeof import('./response-schemas.js')> | undefined;
/** Items of a list answer parsed in one task; a longer list is parsed a chunk at a time (`chunked-parse.ts`, loaded then). */
export const PARSE_CHUNK = 500;

/**
 * The schema of a method's answer. Every other schema is a chunk of its own, fetched
 * with the first call that needs it (in parallel with that call); a failed fetch is a
 * network error, tried again on the next call.
 */
async function schemaFor(method: SupplierApiMethod): Promise<z.ZodMiniType | null> {
  const first = FIRST_SCHEMAS[method];
  if (first) return first;
  allSchemas ??= import('./response-schemas.js').catch((error: unknown) => {
    allSchemas = undefined;
    throw new SupplierApiError('network', 'The response schemas could not be loaded.', { cause: error });
  });
  return (await allSchemas).RESPONSE_SCHEMAS[method];
}

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly format?: string;
  readonly values?: readonly unknown[];
  readonly input?: unknown;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly errors?: readonly (readonly Issue[])[];
}

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

/** A short English phrase for one zod issue, e.g. `is missing`, `must be ≥ 0`. */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${issue.expected ?? 'another type'}, got ${received(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too short (at least ${String(issue.minimum)})`
        : `must be ≥ ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too long (at most ${String(issue.maximum)})`
        : `must be ≤ ${String(issue.maximum)}`;
    case 'invalid_format':
      return `is not a valid ${issue.format ?? 'value'}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'fits none of the allowed shapes';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
  }
}

/**
 * The issue worth naming: for a union none of whose members fit, the issue of the one member that claims the
 * value (the others' issues are marked UNION_FALLBACK), with its path below the union's.
 */
function namedIssue(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors) return issue;
  const claiming = issue.errors.filter((issues) => issues.length > 0 && !issues.some((each) => each.params?.[UNION_FALLBACK] === true));
  const inner = claiming.length === 1 ? claiming[0]![0] : undefined;
  return inner ? namedIssue({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}

/** Parses `value` with `schema`, or throws a ContractError naming the first bad field. */
export function parseResponse<T>(operation: string, schema: z.ZodMiniType<T>, value: unknown): T {
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  const issue = namedIssue(result.error.issues[0] as unknown as Issue);
  throw new ContractError(operation, issue.path.map(String).join('.'), describeIssue(issue));
}

const CHECKED = Symbol.for('supplier-flow.checked-api');

/**
 * Wraps any adapter (even a plain JavaScript object) so that every answer is
 * parsed by the schemas and every failure becomes a SupplierApiError.
 * Abort errors pass through unchanged.
 */
export function checkedApi(adapter: SupplierApi): SupplierApi {
  if ((adapter as unknown as Record<symbol, unknown>)[CHECKED]) return adapter;
  const wrapped = { [CHECKED]: true } as unknown as Record<string, unknown>;
  for (const method of SUPPLIER_API_METHODS) {
    wrapped[method] = async (...args: unknown[]) => {
      const implementation = (adapter as unknown as Record<string, unknown>)[method];
      if (typeof implementation !== 'function') {
        throw new ContractError(method, '', `is not implemented by the adapter`);
      }
      const schema = schemaFor(method);
      schema.catch(() => undefined);
      let answer: unknown;
      try {
        answer = await (implementation as (...a: unknown[]) => unknown).apply(adapter, args);
      } catch (error) {
        if (isAbortError(error)) throw error;
        throw toSupplierApiError(error);
      }
      const parser = await schema;
      if (!parser) return undefined;
      const list = Array.isArray(answer) && answer.length > PARSE_CHUNK ? (await allSchemas)?.LIST_ANSWERS[method] : undefined;
      if (list) return (await import('./chunked-parse.js')).parseListInChunks(method, answer as unknown[], list, PARSE_CHUNK, parseResponse);
      return parseResponse(method, parser, answer);
    };
  }
  return wrapped as unknown as SupplierApi;
}
