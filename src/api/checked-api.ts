import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import { describeIssue, isForeignObject, type Issue } from './contract-issues.js';
export { describeIssue } from './contract-issues.js';
import { ContractError, SupplierApiError, isAbortError, toSupplierApiError } from './errors.js';
import { SUPPLIER_API_METHODS } from './methods.js';
import type { SupplierApi, SupplierApiMethod } from './port.js';
import { OrderPageSchema } from './order-page.schemas.js';
import { UNION_FALLBACK } from './schema-primitives.js';

/** Answers parsed with schemas loaded at once: what My Orders needs before its first rows. */
const FIRST_SCHEMAS: Partial<Record<SupplierApiMethod, z.ZodMiniType>> = { listOrders: OrderPageSchema };
let allSchemas: Promise<typeof import('./response-schemas.js')> | undefined;

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

/**
 * The first place above `path` holding an object JSON could not have made (a Date, a Map, a class instance):
 * zod reads such a value as an object and reports its fields as missing, so it is named instead.
 */
function foreignObjectAbove(value: unknown, path: readonly PropertyKey[]): { readonly path: readonly PropertyKey[]; readonly value: unknown } | null {
  let current = value;
  try {
    for (let depth = 0; depth < path.length; depth++) {
      if (isForeignObject(current)) return { path: path.slice(0, depth), value: current };
      if (current === null || typeof current !== 'object') return null;
      current = (current as Record<PropertyKey, unknown>)[path[depth]!];
    }
  } catch {
    return null;
  }
  return null;
}

/** Parses `value` with `schema`, or throws a ContractError naming the first bad field and what is wrong with it as it came. */
export function parseResponse<T>(operation: string, schema: z.ZodMiniType<T>, value: unknown): T {
  const result = safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  const issue = namedIssue(result.error.issues[0] as unknown as Issue);
  const foreign = foreignObjectAbove(value, issue.path);
  if (foreign) {
    const detail = describeIssue({ code: 'invalid_type', path: foreign.path, message: '', expected: 'object', input: foreign.value });
    throw new ContractError(operation, foreign.path.map(String).join('.'), detail);
  }
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
      return parser ? parseResponse(method, parser, answer) : undefined;
    };
  }
  return wrapped as unknown as SupplierApi;
}
