import * as z from 'zod/mini';
import type { ListAnswer } from '../chunked-parse.js';
import type { SupplierApiMethod } from '../port.js';
import { MAX_ITEMS } from './primitives.js';
import {
  ActivityListSchema,
  CarrierListSchema,
  CommentEntrySchema,
  CompanyProfileSchema,
  DocumentListSchema,
  DocumentRefSchema,
  InvoiceListSchema,
  InvoiceSchema,
  OrderPageSchema,
  OrderSchema,
  PackagingRulesSchema,
  QualityDocumentSlotSchema,
  ShipmentListSchema,
  ShipmentSchema,
  TrackingSchema,
} from './entities.js';

/** The schema each method's answer must fit; `null` for methods that answer nothing. The whole contract, for adapters, tools and tests. */
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
  uploadQualityDocument: QualityDocumentSlotSchema,
  acknowledgeOrderLines: OrderSchema,
  listOrderActivity: ActivityListSchema,
  addOrderComment: CommentEntrySchema,
};

/** What a schema made with `z.array` says of itself. */
interface ArrayDef {
  readonly type: string;
  readonly element?: z.ZodMiniType;
  readonly checks?: readonly z.core.$ZodCheck<unknown[]>[];
}
const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: ArrayDef } })._zod.def;
const listLength = z.array(z.unknown()).check(z.maxLength(MAX_ITEMS));

/**
 * The methods answering a list (`listOf`), each taken apart for parsing a long answer a chunk at a time
 * (`chunked-parse.ts`): an array of its item, its length cap, and the list's own checks (unique ids).
 */
export const LIST_ANSWERS: Partial<Record<SupplierApiMethod, ListAnswer>> = Object.fromEntries(
  Object.entries(RESPONSE_SCHEMAS).flatMap(([method, schema]) => {
    const def = schema ? defOf(schema) : undefined;
    if (def?.type !== 'array' || !def.element) return [];
    return [
      [
        method,
        { items: z.array(def.element), length: listLength, checks: z.array(z.unknown()).check(...(def.checks ?? [])) },
      ],
    ];
  }),
);
