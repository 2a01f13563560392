/**
 * The contract: zod/mini schemas for every entity and response. Adapters'
 * answers are parsed with these before any element sees them (see `checked-api.ts`),
 * and the REST contract's OpenAPI document is generated from them.
 */
import * as z from 'zod/mini';
import {
  amountMinor,
  calendarDate,
  count,
  country,
  currency,
  id,
  instant,
  isSafeUrl,
  listOf,
  MAX_ITEMS,
  positiveMeasure,
  requiredText,
  safeUrl,
  text,
  timeZone,
  UNION_FALLBACK,
} from './primitives.js';
import { ACTIVITY_KINDS, COMMENT_MAX_LENGTH } from '../../domain/activity.js';
import { OrderPageSchema } from './order-page.js';
import { LineAcknowledgementSchema } from './line-acknowledgement.js';
import { MAX_TRACKING_NUMBER_LENGTH, MAX_TRACKING_NUMBERS } from '../../domain/shipping-rules.js';
import { QUALITY_DOCUMENT_TYPES } from '../../domain/types.js';
import type * as D from '../../domain/types.js';
import type { OrderPage } from '../port.js';

export { OrderPageSchema, OrderSummarySchema } from './order-page.js';
export {
  DeclineReasonSchema,
  LineAcknowledgementSchema,
  LineAnswerSchema,
  LineResponseSchema,
  NewLineAcknowledgementSchema,
} from './line-acknowledgement.js';
export { SAFE_URL_PROTOCOLS, isSafeUrl } from './primitives.js';

export const AddressSchema = z.object({
  name: text,
  street: text,
  postalCode: text,
  city: text,
  country,
});

/* E-invoice identities (EN 16931): optional, for platforms that let suppliers send XRechnung. */
export const ElectronicAddressSchema = z.object({
  scheme: z.string().check(z.regex(/^[0-9A-Z]{1,6}$/, 'must be an EAS code such as EM, 9930 or 0204')),
  value: z.string().check(z.minLength(1), z.maxLength(512)),
});

export const BuyerSchema = z.object({
  legalName: requiredText,
  address: AddressSchema,
  vatId: z.nullable(text),
  electronicAddress: ElectronicAddressSchema,
  reference: z.nullable(text),
});

export const SellerContactSchema = z.object({
  name: requiredText,
  phone: requiredText,
  email: requiredText,
});

export const PositionSchema = z.object({
  id,
  lineNo: count,
  partNumber: text,
  partName: requiredText,
  material: text,
  process: text,
  quantity: z.int().check(z.gte(1), z.lte(1_000_000_000)),
  unitPriceMinor: z.int().check(z.gte(0), z.lte(1e13)),
});

export const DocumentRefSchema = z.object({
  id,
  name: requiredText,
  contentType: text,
  sizeBytes: count,
  url: safeUrl,
  createdAt: instant,
});

export const PackageInfoSchema = z.object({
  type: z.enum(['box', 'pallet']),
  count: z.int().check(z.gte(1), z.lte(10_000)),
  lengthCm: positiveMeasure,
  widthCm: positiveMeasure,
  heightCm: positiveMeasure,
  weightKg: positiveMeasure,
});

export const ShipmentItemSchema = z.object({
  positionId: id,
  quantity: z.int().check(z.gte(1), z.lte(1_000_000_000)),
});

export const DeliverySchema = z.discriminatedUnion('arrangedBy', [
  z.object({ arrangedBy: z.literal('platform'), pickupAddress: AddressSchema }),
  z.object({
    arrangedBy: z.literal('supplier'),
    carrierId: id,
    trackingNumbers: z
      .array(z.string().check(z.minLength(1), z.maxLength(MAX_TRACKING_NUMBER_LENGTH)))
      .check(z.maxLength(MAX_TRACKING_NUMBERS)),
    expectedShipDate: calendarDate,
  }),
]);

export const NewShipmentSchema = z.object({
  items: z.array(ShipmentItemSchema).check(z.minLength(1), z.maxLength(MAX_ITEMS)),
  package: PackageInfoSchema,
  photoId: z.nullable(id),
  delivery: DeliverySchema,
  termsAccepted: z.boolean(),
});

export const ShipmentSchema = z.object({
  id,
  number: requiredText,
  createdAt: instant,
  items: z.array(ShipmentItemSchema).check(z.maxLength(MAX_ITEMS)),
  package: PackageInfoSchema,
  photo: z.nullable(DocumentRefSchema),
  delivery: DeliverySchema,
  status: z.enum(['processing', 'ready', 'in-transit', 'delivered']),
  documents: listOf(DocumentRefSchema),
});

export const TrackingEventSchema = z.object({
  at: instant,
  status: text,
  description: text,
  location: z.nullable(text),
});

export const TrackingSchema = z.object({
  status: z.enum(['unknown', 'pre-transit', 'in-transit', 'out-for-delivery', 'delivered', 'exception']),
  url: z.nullable(safeUrl),
  events: z.array(TrackingEventSchema).check(z.maxLength(MAX_ITEMS)),
});

export const InvoiceItemSchema = z.object({
  positionId: id,
  quantity: z.int().check(z.gte(1), z.lte(1_000_000_000)),
  unitPriceMinor: z.int().check(z.gte(0), z.lte(1e13)),
});

export const InvoiceTotalsSchema = z.object({
  netMinor: amountMinor,
  vatMinor: amountMinor,
  grossMinor: amountMinor,
});

export const NewInvoiceSchema = z.object({
  number: z.string().check(z.minLength(1), z.maxLength(64)),
  invoiceDate: calendarDate,
  paymentDate: calendarDate,
  items: z.array(ShipmentItemSchema).check(z.minLength(1), z.maxLength(MAX_ITEMS)),
  documentId: id,
  eInvoiceDocumentId: z.optional(z.nullable(id)),
});

export const InvoiceSchema = z.object({
  id,
  number: requiredText,
  invoiceDate: calendarDate,
  paymentDate: calendarDate,
  currency,
  items: z.array(InvoiceItemSchema).check(z.maxLength(MAX_ITEMS)),
  totals: InvoiceTotalsSchema,
  document: DocumentRefSchema,
  eInvoice: z.optional(z.nullable(DocumentRefSchema)),
  status: z.enum(['submitted', 'under-review', 'approved', 'rejected', 'paid']),
  submittedAt: instant,
  rejectionReason: z.nullable(text),
  paidOn: z.nullable(calendarDate),
  paidAmountMinor: z.nullable(amountMinor),
});

/* ---------- Typed quality documents ---------- */

export const QualityDocumentTypeSchema = z.enum(QUALITY_DOCUMENT_TYPES);

export const QualityDocumentVersionSchema = z.extend(DocumentRefSchema, {
  status: z.enum(['uploaded', 'accepted', 'rejected']),
  reviewedAt: z.nullable(instant),
  rejectionReason: z.nullable(text),
});

export const QualityDocumentSlotSchema = z.object({
  type: QualityDocumentTypeSchema,
  required: z.boolean(),
  /** Oldest first: the newest version is the last. */
  versions: listOf(QualityDocumentVersionSchema),
});

const uniqueTypes = (slots: readonly { type: string }[]) =>
  new Set(slots.map((slot) => slot.type)).size === slots.length;

/** The Quality stage of an order. `documents` and `blocksShipping` may be left out by backends without typed documents. */
export const QualityStateSchema = z.object({
  required: z.boolean(),
  reports: listOf(DocumentRefSchema),
  documents: z._default(
    z.array(QualityDocumentSlotSchema).check(z.maxLength(20), z.refine(uniqueTypes, 'has a document type twice')),
    () => [],
  ),
  blocksShipping: z._default(z.boolean(), false),
});

export const OrderSchema = z.object({
  id,
  number: requiredText,
  createdAt: instant,
  leadTime: calendarDate,
  timeZone,
  currency,
  kind: z.enum(['regular', 'test']),
  incoterm: z.enum(['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']),
  paymentTermsDays: z.int().check(z.gte(0), z.lte(365)),
  vatRateBasisPoints: z.int().check(z.gte(0), z.lte(10_000)),
  positions: listOf(PositionSchema).check(z.minLength(1)),
  production: z.object({
    confirmedAt: z.nullable(instant),
    confirmedAtApplication: z.boolean(),
    lineAcknowledgement: z.optional(z.nullable(LineAcknowledgementSchema)),
  }),
  quality: QualityStateSchema,
  shipments: listOf(ShipmentSchema),
  invoices: listOf(InvoiceSchema),
  buyer: z.optional(z.nullable(BuyerSchema)),
});

export const BankDetailsSchema = z.object({
  accountHolder: requiredText,
  iban: z.string().check(z.minLength(15), z.maxLength(34)),
  bic: z.string().check(z.minLength(8), z.maxLength(11)),
  bankName: requiredText,
});

export const CompanyProfileSchema = z.object({
  legalName: requiredText,
  address: AddressSchema,
  vatId: text,
  pickupAddress: AddressSchema,
  bankDetails: z.nullable(BankDetailsSchema),
  contact: z.optional(z.nullable(SellerContactSchema)),
  electronicAddress: z.optional(z.nullable(ElectronicAddressSchema)),
});

export const CarrierSchema = z.object({
  id,
  name: requiredText,
  trackingUrlTemplate: z.nullable(
    z
      .string()
      .check(z.refine((value) => isSafeUrl(value.replace('{number}', '0')), 'must be an https or http URL template')),
  ),
});
export const CarrierListSchema = listOf(CarrierSchema);

const limits = z.object({ maxWeightKg: positiveMeasure, maxLengthCm: positiveMeasure });
export const PackagingRulesSchema = z.object({
  box: limits,
  pallet: limits,
  maxPhotoBytes: z.int().check(z.gte(1)),
  maxDocumentBytes: z.int().check(z.gte(1)),
});

export const DocumentListSchema = listOf(DocumentRefSchema);
export const ShipmentListSchema = listOf(ShipmentSchema);
export const InvoiceListSchema = listOf(InvoiceSchema);

/* ---------- Activity and comments ---------- */

const activityBase = { id, at: instant };

export const CommentEntrySchema = z.object({
  ...activityBase,
  kind: z.literal('comment'),
  author: z.enum(['supplier', 'platform']),
  authorName: requiredText,
  text: requiredText,
});

/** The entries this version knows; a bad field of one is a contract error naming it (e.g. `3.text`). */
export const KnownActivityEntrySchema = z.discriminatedUnion('kind', [
  z.object({ ...activityBase, kind: z.literal('order-confirmed') }),
  z.object({ ...activityBase, kind: z.literal('quality-report-uploaded'), documentName: requiredText }),
  z.object({ ...activityBase, kind: z.literal('shipment-published'), shipmentNumber: requiredText }),
  z.object({ ...activityBase, kind: z.literal('shipping-documents-ready'), shipmentNumber: requiredText }),
  z.object({
    ...activityBase,
    kind: z.literal('invoice-status'),
    invoiceNumber: requiredText,
    status: z.enum(['submitted', 'under-review', 'approved', 'rejected', 'paid']),
  }),
  CommentEntrySchema,
]);

const isUnknownKind = (kind: string) => !(ACTIVITY_KINDS as readonly string[]).includes(kind);

/**
 * An entry of a kind a newer backend added: only `id`, `at` and `kind` are read. Its issue on a known kind is
 * marked `fallback`, so a broken known entry is reported by its own field, not as "an unknown kind".
 */
export const UnknownActivityEntrySchema = z.object({
  ...activityBase,
  kind: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(100),
      z.refine(isUnknownKind, { message: 'is a known kind', abort: true, params: { [UNION_FALLBACK]: true } }),
    ),
});

export const ActivityEntrySchema = z.union([KnownActivityEntrySchema, UnknownActivityEntrySchema]);
export const ActivityListSchema = listOf(ActivityEntrySchema);

/** The body of `POST /orders/{orderId}/comments`. */
export const NewCommentSchema = z.object({
  text: z.string().check(
    z.minLength(1),
    z.maxLength(COMMENT_MAX_LENGTH),
    z.refine((text) => text.trim() !== '', 'must not be blank'),
  ),
});

/* Compile-time proof that the schemas produce the domain types. */
type Fits<Parsed, Domain> = [Parsed] extends [Domain] ? true : false;
const fits = <T extends true>(): T | undefined => undefined;
fits<Fits<z.infer<typeof OrderSchema>, D.Order>>();
fits<Fits<z.infer<typeof OrderPageSchema>, OrderPage>>();
fits<Fits<z.infer<typeof CompanyProfileSchema>, D.CompanyProfile>>();
fits<Fits<z.infer<typeof ShipmentSchema>, D.Shipment>>();
fits<Fits<z.infer<typeof InvoiceSchema>, D.Invoice>>();
fits<Fits<z.infer<typeof TrackingSchema>, D.Tracking>>();
fits<Fits<z.infer<typeof CarrierSchema>, D.Carrier>>();
fits<Fits<z.infer<typeof PackagingRulesSchema>, D.PackagingRules>>();
fits<Fits<z.infer<typeof NewShipmentSchema>, D.NewShipment>>();
fits<Fits<z.infer<typeof NewInvoiceSchema>, D.NewInvoice>>();
fits<Fits<z.infer<typeof QualityDocumentSlotSchema>, D.QualityDocumentSlot>>();
fits<Fits<z.infer<typeof KnownActivityEntrySchema>, D.ActivityEntry>>();
fits<Fits<z.infer<typeof ActivityEntrySchema>, D.ActivityListEntry>>();
fits<Fits<z.infer<typeof CommentEntrySchema>, D.CommentActivity>>();
