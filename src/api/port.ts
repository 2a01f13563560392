import type {
  ActivityListEntry,
  BankDetails,
  CommentActivity,
  Carrier,
  CompanyProfile,
  CurrentStage,
  DocumentRef,
  Invoice,
  LineAnswer,
  NewInvoice,
  NewShipment,
  Order,
  OrderSummary,
  PackagingRules,
  QualityDocumentSlot,
  QualityDocumentType,
  Shipment,
  Tracking,
} from '../domain/types.js';

/** Options every call takes. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** Options of a write: the idempotency key makes a retry or a double click create one thing, not two. */
export interface WriteOptions extends CallOptions {
  readonly idempotencyKey: string;
}

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface UploadOptions extends WriteOptions {
  readonly onProgress?: (progress: UploadProgress) => void;
}

/**
 * `lead-time` (the default) puts the orders owing the supplier's action first, then those waiting for the
 * platform, completed orders last, each group by lead time in the direction asked; `created` and `value` sort
 * by that key alone.
 */
export type OrderSort = 'lead-time' | 'created' | 'value';
export type SortDirection = 'asc' | 'desc';

export interface OrderQuery {
  /** Matches order number or part name/number, case-insensitive. */
  readonly search?: string;
  /** Only orders currently at this stage. */
  readonly stage?: CurrentStage;
  /** Only orders where the supplier owes an action. */
  readonly needsAction?: boolean;
  /** Only orders past their lead time and not completed. */
  readonly overdue?: boolean;
  readonly sort?: OrderSort;
  readonly direction?: SortDirection;
  /** Opaque cursor from a previous page. */
  readonly cursor?: string | null;
  /** Page size, 1..200 (default 50). */
  readonly limit?: number;
}

export interface OrderCounts {
  /** Orders matching search alone (before stage / action / overdue filters). */
  readonly all: number;
  readonly needsAction: number;
  readonly overdue: number;
}

export interface OrderPage {
  readonly items: readonly OrderSummary[];
  readonly nextCursor: string | null;
  /** Orders matching the whole query. */
  readonly total: number;
  readonly counts: OrderCounts;
}

/** A file handed to an upload: a `File` or a `Blob` with a name. */
export interface UploadFile {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * The only way elements reach data. Implement it for your backend, or use
 * `createMemoryAdapter()` / `createRestAdapter()`. Responses are checked against
 * the library's schemas before any element sees them.
 */
export interface SupplierApi {
  listOrders(query: OrderQuery, options?: CallOptions): Promise<OrderPage>;
  getOrder(orderId: string, options?: CallOptions): Promise<Order>;
  /** The production order PDF of an order. */
  getProductionOrder(orderId: string, options?: CallOptions): Promise<DocumentRef>;
  /** Confirms the order for production; confirming twice is harmless. */
  confirmOrder(orderId: string, options: WriteOptions): Promise<Order>;

  listQualityReports(orderId: string, options?: CallOptions): Promise<readonly DocumentRef[]>;
  /** Uploads a QC report (PDF); with `replacesId` it replaces that report. */
  uploadQualityReport(
    orderId: string,
    file: UploadFile,
    options: UploadOptions & { readonly replacesId?: string },
  ): Promise<DocumentRef>;
  removeQualityReport(orderId: string, reportId: string, options: WriteOptions): Promise<void>;

  listCarriers(options?: CallOptions): Promise<readonly Carrier[]>;
  getPackagingRules(options?: CallOptions): Promise<PackagingRules>;
  getCompanyProfile(options?: CallOptions): Promise<CompanyProfile>;
  saveBankDetails(bankDetails: BankDetails, options: WriteOptions): Promise<CompanyProfile>;

  uploadPackagePhoto(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef>;
  createShipment(orderId: string, shipment: NewShipment, options: WriteOptions): Promise<Shipment>;
  listShipments(orderId: string, options?: CallOptions): Promise<readonly Shipment[]>;
  getTracking(orderId: string, shipmentId: string, options?: CallOptions): Promise<Tracking>;

  uploadInvoiceDocument(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef>;
  createInvoice(orderId: string, invoice: NewInvoice, options: WriteOptions): Promise<Invoice>;
  listInvoices(orderId: string, options?: CallOptions): Promise<readonly Invoice[]>;

  /**
   * Uploads a new version of a typed quality document (photos: JPEG, PNG or WebP; every other type: PDF) and
   * answers the updated slot. Versions are added, never overwritten; the newest is reviewed by the platform.
   */
  uploadQualityDocument(
    orderId: string,
    type: QualityDocumentType,
    file: UploadFile,
    options: UploadOptions,
  ): Promise<QualityDocumentSlot>;

  /**
   * Answers the order per line instead of confirming it whole: one answer per position (accept, a smaller
   * quantity, a later date, or decline with a reason). The platform responds per line later, in
   * `order.production.lineAcknowledgement`; answering again is allowed only after a counter-proposal.
   */
  acknowledgeOrderLines(orderId: string, answers: readonly LineAnswer[], options: WriteOptions): Promise<Order>;

  /**
   * Everything that happened to an order (confirmation, QC reports, shipments, shipping documents, invoice
   * statuses, comments), oldest first. Entries of kinds a newer backend added are passed on with `id`, `at`, `kind`.
   */
  listOrderActivity(orderId: string, options?: CallOptions): Promise<readonly ActivityListEntry[]>;
  /** Adds the supplier's comment (1..COMMENT_MAX_LENGTH characters, not blank) to an order; answers the new entry. */
  addOrderComment(orderId: string, text: string, options: WriteOptions): Promise<CommentActivity>;
}

export type SupplierApiMethod = keyof SupplierApi;
