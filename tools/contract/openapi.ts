/**
 * The OpenAPI 3.1 document of the HTTP contract, generated from the code that implements it: paths from
 * `ROUTES`, bodies and answers from the zod schemas the adapter parses with, error bodies from `ProblemSchema`.
 * `npm run build` writes it to dist/openapi.json.
 */
import * as z from 'zod/mini';
import { RESPONSE_SCHEMAS } from '../../src/api/schemas/responses.js';
import type { SupplierApiMethod } from '../../src/api/port.js';
import { OrderQueryParamsSchema } from '../../src/api/rest/order-query.js';
import { ProblemSchema } from '../../src/api/rest/problem.js';
import { ROUTES } from '../../src/api/rest/routes.js';
import * as S from '../../src/api/schemas/entities.js';

type Json = Record<string, unknown>;

/** Every schema with a name of its own in `components.schemas`. */
const NAMED: Readonly<Record<string, z.ZodMiniType>> = {
  Address: S.AddressSchema,
  Position: S.PositionSchema,
  DocumentRef: S.DocumentRefSchema,
  DocumentList: S.DocumentListSchema,
  QualityDocumentVersion: S.QualityDocumentVersionSchema,
  QualityDocumentSlot: S.QualityDocumentSlotSchema,
  QualityState: S.QualityStateSchema,
  PackageInfo: S.PackageInfoSchema,
  ShipmentItem: S.ShipmentItemSchema,
  Delivery: S.DeliverySchema,
  NewShipment: S.NewShipmentSchema,
  Shipment: S.ShipmentSchema,
  ShipmentList: S.ShipmentListSchema,
  TrackingEvent: S.TrackingEventSchema,
  Tracking: S.TrackingSchema,
  InvoiceItem: S.InvoiceItemSchema,
  InvoiceTotals: S.InvoiceTotalsSchema,
  NewInvoice: S.NewInvoiceSchema,
  Invoice: S.InvoiceSchema,
  InvoiceList: S.InvoiceListSchema,
  Order: S.OrderSchema,
  OrderSummary: S.OrderSummarySchema,
  OrderPage: S.OrderPageSchema,
  BankDetails: S.BankDetailsSchema,
  CompanyProfile: S.CompanyProfileSchema,
  Carrier: S.CarrierSchema,
  CarrierList: S.CarrierListSchema,
  PackagingRules: S.PackagingRulesSchema,
  ActivityEntry: S.ActivityEntrySchema,
  ActivityList: S.ActivityListSchema,
  CommentEntry: S.CommentEntrySchema,
  NewComment: S.NewCommentSchema,
  Problem: ProblemSchema,
  DeclineReason: S.DeclineReasonSchema,
  LineAnswer: S.LineAnswerSchema,
  NewLineAcknowledgement: S.NewLineAcknowledgementSchema,
  LineResponse: S.LineResponseSchema,
  LineAcknowledgement: S.LineAcknowledgementSchema,
};

/** The request body schema of each JSON write. */
const REQUEST_BODIES: Partial<Record<SupplierApiMethod, string>> = {
  saveBankDetails: 'BankDetails',
  createShipment: 'NewShipment',
  createInvoice: 'NewInvoice',
  acknowledgeOrderLines: 'NewLineAcknowledgement',
  addOrderComment: 'NewComment',
};

const nameOf = (schema: z.ZodMiniType | null) =>
  Object.entries(NAMED).find(([, candidate]) => candidate === schema)?.[0];
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // What a server sends is the adapter's input: members the schemas do not know are allowed (and ignored).
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  for (const schema of Object.values(schemas) as Json[]) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas as Json;
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const ERRORS = {
  '400': problem(
    'The request is malformed (e.g. no Idempotency-Key on a write, a bad query parameter, a malformed percent-encoding in the path or query).',
  ),
  '401': problem('Not signed in, or the token has expired.'),
  '403': problem('Signed in, but not allowed.'),
  '404': problem('The order (or document, shipment) does not exist for this supplier.'),
  '409': problem(
    'A rule of the workflow refuses it now (e.g. invoicing before shipping is processed), or the Idempotency-Key was used for another request.',
  ),
  '422': problem('The data breaks a rule; `fieldErrors` names each field by its path in the request body.'),
  '429': {
    description: 'Too many requests; `Retry-After` says when to try again.',
    headers: { 'Retry-After': { schema: { type: 'string' } } },
  },
  '5XX': problem('The server failed; reads may be retried with back-off.'),
};

/** A path parameter's schema: a quality document type is one of the enum's values, every other parameter an id. */
function pathSchema(name: string): Json {
  if (name === 'type') {
    const { $schema: _dialect, ...schema } = z.toJSONSchema(S.QualityDocumentTypeSchema, {
      target: 'draft-2020-12',
      io: 'input',
    }) as Json;
    return schema;
  }
  return { type: 'string', minLength: 1, maxLength: 200 };
}

function operation(method: SupplierApiMethod): Json {
  const route = ROUTES[method];
  const parameters: Json[] = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: pathSchema(name!),
  }));
  if (method === 'listOrders') {
    const query = z.toJSONSchema(OrderQueryParamsSchema, { target: 'draft-2020-12', io: 'input' }) as {
      properties: Record<string, Json>;
    };
    for (const [name, schema] of Object.entries(query.properties))
      parameters.push({ name, in: 'query', required: false, schema });
  }
  const isWrite = route.method !== 'GET';
  if (isWrite) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'Unique per intended write. The same key with the same request answers the first result again; with another request, 409.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  const responseName = nameOf(RESPONSE_SCHEMAS[method]);
  const creates =
    route.body === 'multipart' ||
    method === 'createShipment' ||
    method === 'createInvoice' ||
    method === 'addOrderComment';
  const success = responseName
    ? {
        [creates ? '201' : '200']: {
          description: 'OK',
          content: { 'application/json': { schema: ref(responseName) } },
        },
      }
    : { '204': { description: 'Done; no body.' } };
  const body = REQUEST_BODIES[method];
  const requestBody =
    route.body === 'json' && body
      ? { required: true, content: { 'application/json': { schema: ref(body) } } }
      : route.body === 'multipart'
        ? {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: {
                    file: {
                      type: 'string',
                      contentMediaType: 'application/octet-stream',
                      description:
                        'The file; its content (not its name) decides its type. At most `PackagingRules.maxDocumentBytes` / `maxPhotoBytes` (413 above).',
                    },
                    ...(method === 'uploadQualityReport' && {
                      replacesId: { type: 'string', description: 'Id of the QC report this one replaces.' },
                    }),
                  },
                },
              },
            },
          }
        : undefined;
  const errors = isWrite
    ? ERRORS
    : {
        '400': ERRORS['400'],
        '401': ERRORS['401'],
        '403': ERRORS['403'],
        '404': ERRORS['404'],
        '429': ERRORS['429'],
        '5XX': ERRORS['5XX'],
      };
  return {
    operationId: method,
    summary: route.summary,
    ...(parameters.length > 0 && { parameters }),
    ...(requestBody && { requestBody }),
    responses: { ...success, ...errors },
  };
}

/** The whole OpenAPI 3.1 document. */
export function openApiDocument(version: string): Json {
  const paths: Record<string, Json> = {};
  for (const method of Object.keys(ROUTES) as SupplierApiMethod[]) {
    const route = ROUTES[method];
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(method);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Supplier Flow HTTP contract',
      version,
      description:
        'What a backend implements for `createRestAdapter()` of supplier-flow. JSON bodies; errors as RFC 9457 problem details; ' +
        "cursor paging on GET /orders; every write carries an Idempotency-Key header. Document URLs need the API's auth or a signed, " +
        'expiring link and are served with nosniff, Content-Disposition: attachment and a sandboxing CSP; CORS allows listed origins only ' +
        '(docs/CONTRACT.md, "Security rules").',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/', description: 'Relative to the base URL given to createRestAdapter().' }],
    security: [{}, { bearerAuth: [] }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'Optional: the host supplies headers with `getHeaders()`.',
        },
      },
    },
  };
}
