/**
 * The contract's routes on top of a SupplierApi (the database backend, server/backend.ts): each request is
 * checked (auth, idempotency key, query, body), handed to the backend whose rules decide, and answered as
 * JSON or a problem body.
 */
import type { IncomingMessage } from 'node:http';
import * as z from 'zod/mini';
import { describeIssue } from '../../src/api/contract-issues.js';
import { SupplierApiError } from '../../src/api/errors.js';
import { maxUploadBytes } from '../../src/api/memory/backend/uploads.js';
import type { Expected } from '../../src/api/memory/backend/uploads.js';
import type { SupplierApi, UploadFile } from '../../src/api/port.js';
import { fileKindOf } from '../../src/domain/quality-documents.js';
import type { QualityDocumentType } from '../../src/domain/types.js';
import { orderQueryFromParams } from '../../src/api/rest/order-query.js';
import { problemOf } from '../../src/api/rest/problem.js';
import { matchRoute } from '../../src/api/rest/routes.js';
import type { MatchedRoute } from '../../src/api/rest/routes.js';
import {
  BankDetailsSchema,
  NewCommentSchema,
  NewInvoiceSchema,
  NewLineAcknowledgementSchema,
  NewShipmentSchema,
} from '../../src/api/schemas/entities.js';
import { safeFileName } from './documents.js';
import { parseMultipart } from './multipart.js';
import { acceptedContentType } from './upload-content.js';

/** An answer, written (or dropped) by the server. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body; `undefined` for none. */
  readonly json?: unknown;
  /** Raw bytes (documents). */
  readonly bytes?: Uint8Array;
}

const MAX_JSON_BYTES = 1_000_000;
/** What a multipart body may carry besides the file: boundaries, part headers, a few short fields. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Marks the replies a step makes itself, apart from the adapter's results. */
const REPLY = Symbol('reply');
const reply = (value: Reply): Reply => ({ ...value, [REPLY]: true }) as Reply;
const isReply = (value: unknown): value is Reply => typeof value === 'object' && value !== null && REPLY in value;

/** A problem answer; its body's `status` is the HTTP status (RFC 9457), also where a 400, 405 or 413 overrides the kind's. */
const problemReply = (error: SupplierApiError, status?: number): Reply => {
  const body = problemOf(error);
  return reply({
    status: status ?? body.status,
    headers: { 'Content-Type': 'application/problem+json' },
    json: { ...body, status: status ?? body.status },
  });
};
const problem = (
  kind: SupplierApiError['kind'],
  message: string,
  fieldErrors?: Record<string, string>,
  status?: number,
): Reply => problemReply(new SupplierApiError(kind, message, fieldErrors ? { fieldErrors } : {}), status);

/** A 413 for a body announced larger than `maxBytes`, answered before reading it (and the connection closed). */
function announcedTooLarge(
  request: IncomingMessage,
  maxBytes: number,
  fieldErrors?: Record<string, string>,
): Reply | null {
  const length = Number(request.headers['content-length'] ?? 0);
  if (!(length > maxBytes)) return null;
  const { status, json } = problem('validation', `The body is larger than ${maxBytes} bytes.`, fieldErrors, 413);
  return reply({ status, json, headers: { 'Content-Type': 'application/problem+json', Connection: 'close' } });
}

async function readJson(request: IncomingMessage): Promise<{ value: unknown } | Reply> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
    return problem('validation', 'Send the body as application/json.');
  const tooLarge = announcedTooLarge(request, MAX_JSON_BYTES);
  if (tooLarge) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BYTES)
      return problem('validation', `The body is larger than ${MAX_JSON_BYTES} bytes.`, undefined, 413);
    chunks.push(chunk);
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return problem('validation', 'The body is not valid JSON.');
  }
}

/** The body parsed by its schema, or a 422 naming every bad field. */
/** Calls `use` with the request's JSON body once it fits `schema`; otherwise the 'validation' Reply naming the fields. */
async function withBody<T>(
  request: IncomingMessage,
  schema: z.ZodMiniType<T>,
  use: (value: T) => Promise<unknown>,
): Promise<unknown> {
  const read = await readJson(request);
  if (!('value' in read)) return read;
  const result = z.safeParse(schema, read.value, { reportInput: true });
  if (result.success) return use(result.data);
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues)
    fieldErrors[issue.path.map(String).join('.') || 'body'] ??= describeIssue(
      issue as Parameters<typeof describeIssue>[0],
    );
  return problem('validation', 'The request body does not fit the contract.', fieldErrors);
}

/** Calls `use` with the file (at most `maxUploadBytes(expected)`) and fields of a multipart request; otherwise a 'validation' Reply. */
async function withUpload(
  request: IncomingMessage,
  expected: Expected,
  use: (upload: { file: UploadFile; fields: Record<string, string> }) => Promise<unknown>,
): Promise<unknown> {
  const maxBytes = maxUploadBytes(expected);
  if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? ''))
    return problem('validation', 'Send the file as multipart/form-data.');
  const tooLarge = announcedTooLarge(request, maxBytes + MULTIPART_OVERHEAD_BYTES, { file: 'too-large' });
  if (tooLarge) return tooLarge;
  let form;
  try {
    form = await parseMultipart(request, maxBytes);
  } catch {
    return problem('validation', 'The multipart body is malformed.');
  }
  if (form.tooLarge)
    return problem('validation', `The file is larger than ${maxBytes} bytes.`, { file: 'too-large' }, 413);
  if (!form.file) return problem('validation', 'The form has no field "file".', { file: 'required' });
  const contentType = acceptedContentType(form.file.bytes);
  if (contentType === null && form.file.bytes.length > 0)
    return problem(
      'validation',
      'The file is not a PDF, a PNG, JPEG or WebP image, or an e-invoice (UBL or CII XML).',
      { file: 'wrong-type' },
    );
  const blob = new Blob([form.file.bytes as Uint8Array<ArrayBuffer>], { type: contentType ?? '' });
  return use({ file: { name: safeFileName(form.file.name), blob }, fields: { ...form.fields } });
}

/** Runs the operation a route names; answers with the adapter's result or a Reply for request errors. */
async function run(
  api: SupplierApi,
  route: MatchedRoute,
  request: IncomingMessage,
  url: URL,
  key: string,
  signal: AbortSignal,
): Promise<unknown> {
  const { orderId = '', reportId = '', shipmentId = '', type = '' } = route.params;
  const write = { idempotencyKey: key, signal };
  switch (route.operation) {
    case 'listOrders': {
      const parsed = orderQueryFromParams(url.searchParams);
      if ('field' in parsed)
        return problem('validation', `The query parameter "${parsed.field}" ${parsed.message}.`, {
          [parsed.field]: parsed.message,
        });
      return api.listOrders(parsed.query, { signal });
    }
    case 'getOrder':
      return api.getOrder(orderId, { signal });
    case 'getProductionOrder':
      return api.getProductionOrder(orderId, { signal });
    case 'confirmOrder':
      return api.confirmOrder(orderId, write);
    case 'listQualityReports':
      return api.listQualityReports(orderId, { signal });
    case 'uploadQualityReport':
      return withUpload(request, 'pdf', ({ file, fields: { replacesId } }) =>
        api.uploadQualityReport(orderId, file, { ...write, ...(replacesId && { replacesId }) }),
      );
    case 'removeQualityReport':
      await api.removeQualityReport(orderId, reportId, write);
      return reply({ status: 204 });
    case 'listCarriers':
      return api.listCarriers({ signal });
    case 'getPackagingRules':
      return api.getPackagingRules({ signal });
    case 'getCompanyProfile':
      return api.getCompanyProfile({ signal });
    case 'saveBankDetails':
      return withBody(request, BankDetailsSchema, (bankDetails) => api.saveBankDetails(bankDetails, write));
    case 'uploadPackagePhoto':
      return withUpload(request, 'image', ({ file }) => api.uploadPackagePhoto(orderId, file, write));
    case 'createShipment':
      return withBody(request, NewShipmentSchema, (shipment) => api.createShipment(orderId, shipment, write));
    case 'listShipments':
      return api.listShipments(orderId, { signal });
    case 'getTracking':
      return api.getTracking(orderId, shipmentId, { signal });
    case 'uploadInvoiceDocument':
      return withUpload(request, 'pdf-or-xml', ({ file }) => api.uploadInvoiceDocument(orderId, file, write));
    case 'createInvoice':
      return withBody(request, NewInvoiceSchema, (invoice) => api.createInvoice(orderId, invoice, write));
    case 'listInvoices':
      return api.listInvoices(orderId, { signal });
    case 'uploadQualityDocument': {
      const documentType = type as QualityDocumentType;
      return withUpload(request, fileKindOf(documentType), ({ file }) =>
        api.uploadQualityDocument(orderId, documentType, file, write),
      );
    }
    case 'acknowledgeOrderLines':
      return withBody(request, NewLineAcknowledgementSchema, ({ answers }) =>
        api.acknowledgeOrderLines(orderId, answers, write),
      );
    case 'listOrderActivity':
      return api.listOrderActivity(orderId, { signal });
    case 'addOrderComment':
      return withBody(request, NewCommentSchema, ({ text }) => api.addOrderComment(orderId, text, write));
  }
}

const CREATES = new Set([
  'uploadQualityReport',
  'uploadPackagePhoto',
  'createShipment',
  'uploadInvoiceDocument',
  'createInvoice',
  'uploadQualityDocument',
  'addOrderComment',
]);

/** Options a tenant's handler checks on every request. */
export interface HandlerOptions {
  /** Whether the request's Authorization header lets it in (e.g. `hasBearerToken`); absent: every request may. */
  readonly authorize?: ((authorization: string | undefined) => boolean) | undefined;
}

/** Answers one API request (path below the tenant's base URL). */
export async function handleApiRequest(
  api: SupplierApi,
  request: IncomingMessage,
  url: URL,
  path: string,
  options: HandlerOptions,
  signal: AbortSignal,
): Promise<Reply> {
  const route = matchRoute(request.method ?? 'GET', path);
  if (route === null) return problem('not-found', `No route ${request.method} ${path}.`);
  if (route === 'method-not-allowed')
    return problem('validation', `${request.method} is not allowed on ${path}.`, undefined, 405);
  if (options.authorize && !options.authorize(request.headers.authorization)) {
    return problem('unauthorized', 'Sign in again: the access token is missing or not valid.');
  }
  const key = request.headers['idempotency-key'];
  const isWrite = request.method !== 'GET';
  if (isWrite && (typeof key !== 'string' || key.length < 1 || key.length > 255)) {
    return problem(
      'validation',
      'Writes need an Idempotency-Key header (1 to 255 characters).',
      { 'Idempotency-Key': 'required' },
      400,
    );
  }
  try {
    const result = await run(api, route, request, url, typeof key === 'string' ? key : '', signal);
    if (isReply(result)) return result;
    return { status: CREATES.has(route.operation) ? 201 : 200, json: result };
  } catch (error) {
    if (error instanceof SupplierApiError) return problemReply(error);
    throw error;
  }
}
