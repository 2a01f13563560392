import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import { ContractError, isAbortError, toSupplierApiError } from './errors.js';
import type { SupplierApi, SupplierApiMethod } from './port.js';
import {
  CarrierListSchema,
  CompanyProfileSchema,
  DocumentListSchema,
  DocumentRefSchema,
  InvoiceListSchema,
  InvoiceSchema,
  OrderPageSchema,
  OrderSchema,
  PackagingRulesSchema,
  ShipmentListSchema,
  ShipmentSchema,
  TrackingSchema,
} from './schemas.js';

/** The schema each method's answer must fit; `null` for methods that answer nothing. */
export const RESPONSE_SCHEMAS: Record<SupplierApiMethod, z.ZodMiniType | null> = {
  listOrders: OrderPageSchema,
  getOrder: OrderSchema,
  getProductionOrder: DocumentRefSchema,
  confirmOrder: OrderSchema,
  listQualityReports: DocumentListSchema,
  uploadQualityReport: DocumentRefSchema,
  removeQualityReport: null,
  listCarriers: CarrierListSchema,
  getPackagingRules: PackagingRulesSchema,
  getCompanyProfile: CompanyProfileSchema,
  saveBankDetails: CompanyProfileSchema,
  uploadPackagePhoto: DocumentRefSchema,
  createShipment: ShipmentSchema,
  listShipments: ShipmentListSchema,
  getTracking: TrackingSchema,
  uploadInvoiceDocument: DocumentRefSchema,
  createInvoice: InvoiceSchema,
  listInvoices: InvoiceListSchema,
};

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

/** Parses `value` with `schema`, or throws a ContractError naming the first bad field. */
export function parseResponse<T>(operation: string, schema: z.ZodMiniType<T>, value: unknown): T {
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as unknown as Issue;
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
  for (const method of Object.keys(RESPONSE_SCHEMAS) as SupplierApiMethod[]) {
    const schema = RESPONSE_SCHEMAS[method];
    wrapped[method] = async (...args: unknown[]) => {
      const implementation = (adapter as unknown as Record<string, unknown>)[method];
      if (typeof implementation !== 'function') {
        throw new ContractError(method, '', `is not implemented by the adapter`);
      }
      let answer: unknown;
      try {
        answer = await (implementation as (...a: unknown[]) => unknown).apply(adapter, args);
      } catch (error) {
        if (isAbortError(error)) throw error;
        throw toSupplierApiError(error);
      }
      return schema ? parseResponse(method, schema, answer) : undefined;
    };
  }
  return wrapped as unknown as SupplierApi;
}
