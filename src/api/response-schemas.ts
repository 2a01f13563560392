import type * as z from 'zod/mini';
import type { SupplierApiMethod } from './port.js';
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
  ShipmentListSchema,
  ShipmentSchema,
  TrackingSchema,
} from './schemas.js';

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
  listOrderActivity: ActivityListSchema,
  addOrderComment: CommentEntrySchema,
};
