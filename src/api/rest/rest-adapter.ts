/**
 * `createRestAdapter()`: the SupplierApi over HTTP + JSON, following the contract in `routes.ts`
 * (see docs/CONTRACT.md and dist/openapi.json).
 *
 * - Every answer is parsed by the library's zod schemas; one that does not fit is a ContractError naming the field.
 * - Reads are retried with exponential back-off and jitter on network errors, 429 (honouring `Retry-After`) and 5xx.
 * - Writes are sent once, always with an `Idempotency-Key` header, so the user (or the host) may retry them safely.
 * - Uploads are multipart with progress (XMLHttpRequest in browsers) and cancel; every call honours its
 *   AbortSignal and the time-out.
 */
import { parseResponse } from '../parse-response.js';
import { RESPONSE_SCHEMAS } from '../schemas/responses.js';
import { sleep } from '../abort.js';
import { ContractError, SupplierApiError } from '../errors.js';
import type {
  CallOptions,
  OrderPage,
  OrderQuery,
  SupplierApi,
  SupplierApiMethod,
  UploadFile,
  UploadOptions,
  UploadProgress,
  WriteOptions,
} from '../port.js';
import type {
  ActivityListEntry,
  BankDetails,
  Carrier,
  CommentActivity,
  CompanyProfile,
  DocumentRef,
  Invoice,
  LineAnswer,
  NewInvoice,
  NewShipment,
  Order,
  PackagingRules,
  QualityDocumentSlot,
  QualityDocumentType,
  Shipment,
  Tracking,
} from '../../domain/types.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './backoff.js';
import { orderQueryToParams } from './order-query.js';
import { errorFromResponse } from './problem.js';
import { pathOf, ROUTES } from './routes.js';
import { fetchTransport, xhrTransport } from './transport.js';
import type { HttpResponse, Transport } from './transport.js';

/** Options of `createRestAdapter`. */
export interface RestAdapterOptions {
  /** Where the contract's paths start, e.g. `https://portal.example.com/api/supplier` or `/api/supplier`. */
  readonly baseUrl: string | URL;
  /** Headers sent with every request (e.g. a static API key). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Called before every request, e.g. for a fresh access token; its headers win over `headers`. */
  readonly getHeaders?: () => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>;
  /** The fetch to use (default: the global one). When given, uploads use it too and report progress at start and end only. */
  readonly fetch?: typeof fetch;
  /** Cookies: `'include'` for a backend on another origin that authenticates by cookie. */
  readonly credentials?: RequestCredentials;
  /** Time-out of one request in ms (default 15,000). */
  readonly timeoutMs?: number;
  /** Time-out of one upload in ms (default 120,000). */
  readonly uploadTimeoutMs?: number;
  /** How often a failed read is retried (default 2; writes are never retried automatically). */
  readonly retries?: number;
  /** First back-off step in ms (default 300), doubled on each retry, with full jitter. */
  readonly retryDelayMs?: number;
  /** Longest wait before a retry in ms (default 10,000); a longer `Retry-After` fails the read instead. */
  readonly maxRetryDelayMs?: number;
}

interface Call {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: URLSearchParams;
  readonly json?: unknown;
  readonly form?: FormData;
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: UploadProgress) => void) | undefined;
}

function parseBody(operation: SupplierApiMethod, response: HttpResponse): unknown {
  if (response.status === 204 || response.text === '') return undefined;
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    throw new ContractError(operation, '', `is not JSON (status ${response.status})`);
  }
}

function parseErrorBody(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    return undefined;
  }
}

function uploadForm(file: UploadFile, fields: Readonly<Record<string, string | undefined>> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  form.append('file', file.blob, file.name);
  return form;
}

class RestAdapter implements SupplierApi {
  readonly #base: string;
  readonly #options: RestAdapterOptions;
  readonly #send: Transport;
  readonly #upload: Transport;

  constructor(options: RestAdapterOptions) {
    this.#options = options;
    this.#base = String(options.baseUrl).replace(/\/+$/, '');
    const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#send = fetchTransport(fetchImpl, options.credentials);
    this.#upload =
      !options.fetch && typeof XMLHttpRequest === 'function' ? xhrTransport(options.credentials) : this.#send;
  }

  async #headers(call: Call): Promise<Record<string, string>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...this.#options.headers };
    Object.assign(headers, await this.#options.getHeaders?.());
    if (call.json !== undefined) headers['Content-Type'] = 'application/json';
    if (call.idempotencyKey !== undefined) headers['Idempotency-Key'] = call.idempotencyKey;
    return headers;
  }

  async #call<T>(operation: SupplierApiMethod, call: Call): Promise<T> {
    const route = ROUTES[operation];
    const query = call.query?.toString();
    const url = `${this.#base}${pathOf(route, call.params ?? {})}${query ? `?${query}` : ''}`;
    const isWrite = route.method !== 'GET';
    if (isWrite && !call.idempotencyKey) {
      throw new SupplierApiError('validation', 'A write needs an idempotency key.', {
        fieldErrors: { idempotencyKey: 'required' },
      });
    }
    const retries = isWrite ? 0 : Math.max(0, this.#options.retries ?? 2);
    for (let attempt = 0; ; attempt++) {
      const request = {
        method: route.method,
        url,
        headers: await this.#headers(call),
        ...(call.json !== undefined && { body: JSON.stringify(call.json) }),
        ...(call.form && { body: call.form }),
        ...(call.signal && { signal: call.signal }),
        ...(call.onProgress && { onUploadProgress: call.onProgress }),
        timeoutMs: call.form ? (this.#options.uploadTimeoutMs ?? 120_000) : (this.#options.timeoutMs ?? 15_000),
      };
      let response: HttpResponse;
      try {
        response = await (call.form ? this.#upload : this.#send)(request);
      } catch (error) {
        if (error instanceof SupplierApiError && error.kind === 'network' && attempt < retries) {
          await sleep(this.#backoff(attempt), call.signal);
          continue;
        }
        throw error;
      }
      if (response.status >= 200 && response.status < 300) {
        const schema = RESPONSE_SCHEMAS[operation];
        const body = parseBody(operation, response);
        return (schema ? parseResponse(operation, schema, body) : undefined) as T;
      }
      const delay =
        attempt < retries && isRetryableStatus(response.status) ? this.#retryDelay(attempt, response) : null;
      if (delay === null) throw errorFromResponse(response.status, parseErrorBody(response));
      await sleep(delay, call.signal);
    }
  }

  #backoff(attempt: number): number {
    return backoffDelay(attempt, this.#options.retryDelayMs ?? 300, this.#options.maxRetryDelayMs ?? 10_000);
  }

  /** How long to wait before retrying after this response, or null when the server asks for longer than we wait. */
  #retryDelay(attempt: number, response: HttpResponse): number | null {
    const asked = parseRetryAfter(response.header('Retry-After'));
    if (asked !== null && asked > (this.#options.maxRetryDelayMs ?? 10_000)) return null;
    return Math.max(asked ?? 0, this.#backoff(attempt));
  }

  listOrders(query: OrderQuery, options?: CallOptions): Promise<OrderPage> {
    return this.#call('listOrders', { query: orderQueryToParams(query ?? {}), signal: options?.signal });
  }

  getOrder(orderId: string, options?: CallOptions): Promise<Order> {
    return this.#call('getOrder', { params: { orderId }, signal: options?.signal });
  }

  getProductionOrder(orderId: string, options?: CallOptions): Promise<DocumentRef> {
    return this.#call('getProductionOrder', { params: { orderId }, signal: options?.signal });
  }

  confirmOrder(orderId: string, options: WriteOptions): Promise<Order> {
    return this.#call('confirmOrder', {
      params: { orderId },
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
    });
  }

  listQualityReports(orderId: string, options?: CallOptions): Promise<readonly DocumentRef[]> {
    return this.#call('listQualityReports', { params: { orderId }, signal: options?.signal });
  }

  uploadQualityReport(
    orderId: string,
    file: UploadFile,
    options: UploadOptions & { readonly replacesId?: string },
  ): Promise<DocumentRef> {
    return this.#call('uploadQualityReport', {
      params: { orderId },
      form: uploadForm(file, { replacesId: options?.replacesId }),
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
      onProgress: options?.onProgress,
    });
  }

  removeQualityReport(orderId: string, reportId: string, options: WriteOptions): Promise<void> {
    return this.#call('removeQualityReport', {
      params: { orderId, reportId },
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
    });
  }

  listCarriers(options?: CallOptions): Promise<readonly Carrier[]> {
    return this.#call('listCarriers', { signal: options?.signal });
  }

  getPackagingRules(options?: CallOptions): Promise<PackagingRules> {
    return this.#call('getPackagingRules', { signal: options?.signal });
  }

  getCompanyProfile(options?: CallOptions): Promise<CompanyProfile> {
    return this.#call('getCompanyProfile', { signal: options?.signal });
  }

  saveBankDetails(bankDetails: BankDetails, options: WriteOptions): Promise<CompanyProfile> {
    return this.#call('saveBankDetails', {
      json: bankDetails,
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
    });
  }

  uploadPackagePhoto(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef> {
    return this.#call('uploadPackagePhoto', {
      params: { orderId },
      form: uploadForm(file),
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
      onProgress: options?.onProgress,
    });
  }

  createShipment(orderId: string, shipment: NewShipment, options: WriteOptions): Promise<Shipment> {
    return this.#call('createShipment', {
      params: { orderId },
      json: shipment,
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
    });
  }

  listShipments(orderId: string, options?: CallOptions): Promise<readonly Shipment[]> {
    return this.#call('listShipments', { params: { orderId }, signal: options?.signal });
  }

  getTracking(orderId: string, shipmentId: string, options?: CallOptions): Promise<Tracking> {
    return this.#call('getTracking', { params: { orderId, shipmentId }, signal: options?.signal });
  }

  uploadInvoiceDocument(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef> {
    return this.#call('uploadInvoiceDocument', {
      params: { orderId },
      form: uploadForm(file),
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
      onProgress: options?.onProgress,
    });
  }

  createInvoice(orderId: string, invoice: NewInvoice, options: WriteOptions): Promise<Invoice> {
    return this.#call('createInvoice', {
      params: { orderId },
      json: invoice,
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
    });
  }

  listInvoices(orderId: string, options?: CallOptions): Promise<readonly Invoice[]> {
    return this.#call('listInvoices', { params: { orderId }, signal: options?.signal });
  }

  uploadQualityDocument(
    orderId: string,
    type: QualityDocumentType,
    file: UploadFile,
    options: UploadOptions,
  ): Promise<QualityDocumentSlot> {
    return this.#call('uploadQualityDocument', {
      params: { orderId, type },
      form: uploadForm(file),
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
      onProgress: options?.onProgress,
    });
  }

  acknowledgeOrderLines(orderId: string, answers: readonly LineAnswer[], options: WriteOptions): Promise<Order> {
    return this.#call('acknowledgeOrderLines', {
      params: { orderId },
      json: { answers },
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
    });
  }

  listOrderActivity(orderId: string, options?: CallOptions): Promise<readonly ActivityListEntry[]> {
    return this.#call('listOrderActivity', { params: { orderId }, signal: options?.signal });
  }

  addOrderComment(orderId: string, text: string, options: WriteOptions): Promise<CommentActivity> {
    return this.#call('addOrderComment', {
      params: { orderId },
      json: { text },
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
    });
  }
}

/** A SupplierApi that talks to a backend implementing the Supplier Flow HTTP contract. */
export function createRestAdapter(options: RestAdapterOptions): SupplierApi {
  if (!options?.baseUrl) throw new TypeError('createRestAdapter: `baseUrl` is required.');
  return new RestAdapter(options);
}
