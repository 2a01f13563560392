import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import type { Issue } from './contract-issues.js';
import { ContractError, SupplierApiError, isAbortError, toSupplierApiError } from './errors.js';
import { SUPPLIER_API_METHODS } from './methods.js';
import type { SupplierApi, SupplierApiMethod } from './port.js';
import { OrderPageSchema } from './schemas/order-page.js';

/** Answers parsed with schemas loaded at once: what My Orders needs before its first rows. */
const FIRST_SCHEMAS: Partial<Record<SupplierApiMethod, z.ZodMiniType>> = { listOrders: OrderPageSchema };
let allSchemas: Promise<typeof import('./schemas/responses.js')> | undefined;
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
  allSchemas ??= import('./schemas/responses.js').catch((error: unknown) => {
    allSchemas = undefined;
    throw new SupplierApiError('network', 'The response schemas could not be loaded.', { cause: error });
  });
  return (await allSchemas).RESPONSE_SCHEMAS[method];
}

/**
 * The ContractError of an answer that did not parse. The words for it (`parse-response.ts`) are a chunk of their
 * own, fetched only when an answer is refused; if even that fails, the error still names the field.
 */
async function contractErrorFor(operation: string, issues: readonly Issue[], value: unknown): Promise<ContractError> {
  try {
    return (await import('./parse-response.js')).contractError(operation, issues, value);
  } catch {
    return new ContractError(operation, issues[0]?.path.map(String).join('.') ?? '', 'does not fit the contract');
  }
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
      const list =
        Array.isArray(answer) && answer.length > PARSE_CHUNK ? (await allSchemas)?.LIST_ANSWERS[method] : undefined;
      if (list) {
        const [{ parseListInChunks }, { parseResponse }] = await Promise.all([
          import('./chunked-parse.js'),
          import('./parse-response.js'),
        ]);
        return parseListInChunks(method, answer as unknown[], list, PARSE_CHUNK, parseResponse);
      }
      const result = safeParse(parser, answer, { reportInput: true });
      if (result.success) return result.data;
      throw await contractErrorFor(method, result.error.issues as unknown as readonly Issue[], answer);
    };
  }
  return wrapped as unknown as SupplierApi;
}
