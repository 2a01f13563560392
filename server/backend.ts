/**
 * One tenant's backend on the database: the SupplierApi the HTTP handler serves, with the memory adapter's
 * rules (src/api/memory/backend/order-writes.ts, new-shipment.ts, new-invoice.ts, rules.ts, …; the memory
 * adapter is the behavioural spec) applied to orders read from and written to PostgreSQL. Every write runs in one
 * transaction with its idempotency key (store/idempotency.ts) and with the row lock of the order it changes.
 */
import { activityOf, supplierComment } from '../src/api/memory/backend/activity.js';
import type { StoredActivity } from '../src/api/memory/backend/activity.js';
import { pdfBytes } from '../src/api/memory/backend/documents.js';
import { notFound, newId } from '../src/api/memory/backend/errors.js';
import { idempotencyKey } from '../src/api/memory/backend/idempotency-key.js';
import { checkInvoiceable, createdInvoice } from '../src/api/memory/backend/new-invoice.js';
import { createdShipment } from '../src/api/memory/backend/new-shipment.js';
import {
  acknowledgedOrder,
  checkQcReportUpload,
  confirmedOrder,
  normalizedBankDetails,
  productionOrderLines,
  withoutQcReport,
  withQcReport,
} from '../src/api/memory/backend/order-writes.js';
import { uploadableSlot, withNewVersion } from '../src/api/memory/backend/quality-review.js';
import { carrierOf, trackedStatus, trackingOf } from '../src/api/memory/backend/tracking.js';
import { readUpload, uploadName, uploadPayload } from '../src/api/memory/backend/uploads.js';
import type { Expected } from '../src/api/memory/backend/uploads.js';
import { CARRIERS, PACKAGING_RULES } from '../src/api/memory/seed/reference-data.js';
import type { UploadKind } from '../src/api/memory/store.js';
import type {
  CallOptions,
  OrderPage,
  OrderQuery,
  SupplierApi,
  UploadFile,
  UploadOptions,
  WriteOptions,
} from '../src/api/port.js';
import { fileKindOf } from '../src/domain/quality-documents.js';
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
} from '../src/domain/types.js';
import type { Database, Queryable } from './db/database.js';
import { processShipments, respondToLines } from './platform/effects.js';
import type { JobKind } from './platform/jobs.js';
import { scheduleJob } from './platform/jobs.js';
import { findUpload, generatedDocument, insertUpload, storedDocument } from './store/documents.js';
import { once, requestFingerprint } from './store/idempotency.js';
import { listOrders } from './store/list-orders.js';
import type { SearchCounts } from './store/list-orders.js';
import { invoiceNumberKey, loadOrder, saveOrder } from './store/orders.js';
import { resetTenant } from './store/tenants.js';

/** What a tenant's backend shares with the server: the database, clocks, delays and the job runner. */
export interface BackendContext {
  readonly db: Database;
  readonly now: () => Date;
  /** How long the platform takes to process a platform-arranged shipment (ms). */
  readonly processingDelayMs: number;
  /** After how long the scripted reviewer reviews a new quality document version (ms). */
  readonly qualityReviewDelayMs: number;
  /** How long the platform takes to respond to answers per line (ms). */
  readonly lineResponseDelayMs: number;
  /** How long the platform takes to answer a comment (ms). */
  readonly replyDelayMs: number;
  /** Wakes the job runner at a due time (after the scheduling transaction committed). */
  readonly wakeAt: (dueAt: number) => void;
  readonly searchCounts: SearchCounts;
}

/** An upload as its route describes it. */
interface UploadSpec<T> {
  readonly expected: Expected;
  readonly kind: UploadKind;
  readonly extra: object;
  /** The state checks an upload must pass (before its bytes are read, and again in the write). */
  readonly check: (order: Order) => void;
  /** The order after the upload (default: unchanged). */
  readonly apply?: (order: Order, ref: DocumentRef) => Order;
  /** The answer (default: the document). */
  readonly answer?: (order: Order, ref: DocumentRef) => T;
}

export class DatabaseBackend implements SupplierApi {
  readonly #tenant: string;
  readonly #context: BackendContext;

  constructor(tenant: string, context: BackendContext) {
    this.#tenant = tenant;
    this.#context = context;
  }

  get #db(): Database {
    return this.#context.db;
  }

  /* ---------- hooks of the test controls ---------- */

  async reset(): Promise<void> {
    await this.#db.transaction((tx) => resetTenant(tx, this.#tenant, this.#context.now()));
  }

  processPendingShipments(): Promise<void> {
    return this.#db.transaction((tx) => processShipments(tx, this.#tenant, this.#context.now()));
  }

  respondToLineAcknowledgements(): Promise<void> {
    return this.#db.transaction((tx) => respondToLines(tx, this.#tenant, this.#context.now()));
  }

  /* ---------- reads ---------- */

  async listOrders(query: OrderQuery, options?: CallOptions): Promise<OrderPage> {
    options?.signal?.throwIfAborted();
    return listOrders(this.#db, this.#tenant, query ?? {}, this.#context.now(), this.#context.searchCounts);
  }

  async getOrder(orderId: string): Promise<Order> {
    return this.#present(await this.#order(this.#db, orderId));
  }

  async getProductionOrder(orderId: string): Promise<DocumentRef> {
    const id = `${orderId}-production-order`;
    const stored = typeof orderId === 'string' ? await storedDocument(this.#db, this.#tenant, id) : undefined;
    if (stored) return stored;
    const order = await this.#order(this.#db, orderId);
    const ref = {
      id,
      name: `Production order ${order.number}.pdf`,
      contentType: 'application/pdf',
      createdAt: order.createdAt,
    };
    return generatedDocument(this.#db, this.#tenant, order.id, ref, () => pdfBytes(productionOrderLines(order)));
  }

  async listQualityReports(orderId: string): Promise<readonly DocumentRef[]> {
    return (await this.#order(this.#db, orderId)).quality.reports;
  }

  async listCarriers(): Promise<readonly Carrier[]> {
    return CARRIERS.map((carrier) => ({ ...carrier }));
  }

  async getPackagingRules(): Promise<PackagingRules> {
    return structuredClone(PACKAGING_RULES);
  }

  async getCompanyProfile(): Promise<CompanyProfile> {
    return this.#profile(this.#db);
  }

  async listShipments(orderId: string): Promise<readonly Shipment[]> {
    return this.#present(await this.#order(this.#db, orderId)).shipments;
  }

  async getTracking(orderId: string, shipmentId: string): Promise<Tracking> {
    const shipment = (await this.#order(this.#db, orderId)).shipments.find((candidate) => candidate.id === shipmentId);
    if (!shipment) throw notFound('The shipment');
    return trackingOf(shipment, carrierOf(shipment), this.#context.now().getTime());
  }

  async listInvoices(orderId: string): Promise<readonly Invoice[]> {
    return (await this.#order(this.#db, orderId)).invoices;
  }

  async listOrderActivity(orderId: string): Promise<readonly ActivityListEntry[]> {
    const order = await this.#order(this.#db, orderId);
    const rows = await this.#db.query<{ entry: StoredActivity['entry'] }>(
      'SELECT entry FROM activity WHERE tenant_id = $1 AND order_id = $2 ORDER BY seq',
      [this.#tenant, order.id],
    );
    return activityOf(
      order,
      rows.map((row) => ({ orderId: order.id, entry: row.entry })),
      this.#context.now(),
    );
  }

  /* ---------- writes ---------- */

  confirmOrder(orderId: string, options: WriteOptions): Promise<Order> {
    return this.#write('confirmOrder', options, { orderId }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      const confirmed = confirmedOrder(order, this.#context.now());
      return confirmed ? this.#save(tx, order, confirmed) : this.#present(order);
    });
  }

  uploadQualityReport(
    orderId: string,
    file: UploadFile,
    options: UploadOptions & { readonly replacesId?: string },
  ): Promise<DocumentRef> {
    const replacesId = options.replacesId ?? null;
    return this.#upload<DocumentRef>('uploadQualityReport', orderId, file, options, {
      expected: 'pdf',
      kind: 'qc-report',
      extra: { replacesId },
      check: (order) => checkQcReportUpload(order, replacesId),
      apply: (order, ref) => withQcReport(order, ref, replacesId),
    });
  }

  async removeQualityReport(orderId: string, reportId: string, options: WriteOptions): Promise<void> {
    await this.#write('removeQualityReport', options, { orderId, reportId }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      await this.#save(tx, order, withoutQcReport(order, reportId));
      return undefined;
    });
  }

  saveBankDetails(bankDetails: BankDetails, options: WriteOptions): Promise<CompanyProfile> {
    return this.#write('saveBankDetails', options, bankDetails, async (tx) => {
      const normalized = normalizedBankDetails(bankDetails);
      const profile = { ...(await this.#profile(tx, true)), bankDetails: normalized };
      await tx.query('UPDATE company_profiles SET profile = $2::text::jsonb WHERE tenant_id = $1', [
        this.#tenant,
        JSON.stringify(profile),
      ]);
      return profile;
    });
  }

  uploadPackagePhoto(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef> {
    return this.#upload<DocumentRef>('uploadPackagePhoto', orderId, file, options, {
      expected: 'image',
      kind: 'package-photo',
      extra: {},
      check: () => undefined,
    });
  }

  uploadInvoiceDocument(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef> {
    return this.#upload<DocumentRef>('uploadInvoiceDocument', orderId, file, options, {
      expected: 'pdf-or-xml',
      kind: 'invoice',
      extra: {},
      check: () => undefined,
    });
  }

  createShipment(orderId: string, shipment: NewShipment, options: WriteOptions): Promise<Shipment> {
    return this.#write('createShipment', options, { orderId, shipment }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      const photo = shipment.photoId === null ? undefined : await findUpload(tx, this.#tenant, shipment.photoId);
      const created = createdShipment(order, shipment, { photo, now: this.#context.now() });
      const saved = await this.#save(tx, order, { ...order, shipments: [...order.shipments, created] });
      if (created.status === 'processing')
        await this.#schedule(
          tx,
          'process-shipment',
          created.id,
          order.id,
          Date.now() + this.#context.processingDelayMs,
        );
      return saved.shipments.find((candidate) => candidate.id === created.id)!;
    });
  }

  createInvoice(orderId: string, invoice: NewInvoice, options: WriteOptions): Promise<Invoice> {
    return this.#write('createInvoice', options, { orderId, invoice }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      checkInvoiceable(order);
      const document = await findUpload(tx, this.#tenant, invoice.documentId);
      const eInvoice = invoice.eInvoiceDocumentId
        ? await findUpload(tx, this.#tenant, invoice.eInvoiceDocumentId)
        : undefined;
      const numberKey = invoiceNumberKey(String(invoice.number ?? ''));
      // Two invoices with one number on two orders at once: the second waits for the first, then sees its number.
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `${this.#tenant}\ninvoice-number\n${numberKey}`,
      ]);
      const used = await tx.query<{ number: string }>(
        `SELECT number FROM invoices WHERE tenant_id = $1 AND number_key = $2 AND NOT (order_id = $3 AND status = 'rejected')`,
        [this.#tenant, numberKey, order.id],
      );
      const existingNumbers = used.map((row) => row.number);
      const created = createdInvoice(order, invoice, { existingNumbers, document, eInvoice, now: this.#context.now() });
      const saved = await this.#save(tx, order, { ...order, invoices: [...order.invoices, created] });
      return saved.invoices.find((candidate) => candidate.id === created.id)!;
    });
  }

  uploadQualityDocument(
    orderId: string,
    type: QualityDocumentType,
    file: UploadFile,
    options: UploadOptions,
  ): Promise<QualityDocumentSlot> {
    return this.#upload<QualityDocumentSlot>(
      'uploadQualityDocument',
      orderId,
      file,
      options,
      {
        expected: fileKindOf(type),
        kind: 'quality-document',
        extra: { type },
        check: (order) => void uploadableSlot(order, type),
        apply: (order, ref) => withNewVersion(order, type, ref),
        answer: (order) => order.quality.documents.find((slot) => slot.type === type)!,
      },
      async (tx, ref) =>
        this.#schedule(tx, 'review-quality-document', ref.id, orderId, Date.now() + this.#context.qualityReviewDelayMs),
    );
  }

  acknowledgeOrderLines(orderId: string, answers: readonly LineAnswer[], options: WriteOptions): Promise<Order> {
    return this.#write('acknowledgeOrderLines', options, { orderId, answers }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      const saved = await this.#save(tx, order, acknowledgedOrder(order, answers, this.#context.now()));
      await this.#schedule(tx, 'respond-to-lines', order.id, order.id, Date.now() + this.#context.lineResponseDelayMs);
      return saved;
    });
  }

  addOrderComment(orderId: string, text: string, options: WriteOptions): Promise<CommentActivity> {
    return this.#write('addOrderComment', options, { orderId, text }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      const comment = supplierComment(text, (await this.#profile(tx)).legalName, this.#context.now());
      await tx.query(
        'INSERT INTO activity (tenant_id, order_id, entry_id, entry) VALUES ($1, $2, $3, $4::text::jsonb)',
        [this.#tenant, order.id, comment.id, JSON.stringify(comment)],
      );
      await this.#schedule(tx, 'reply-to-comment', comment.id, order.id, Date.now() + this.#context.replyDelayMs);
      return comment;
    });
  }

  /* ---------- machinery ---------- */

  async #order(q: Queryable, orderId: string, lock = false): Promise<Order> {
    const order = typeof orderId === 'string' ? await loadOrder(q, this.#tenant, orderId, lock) : undefined;
    if (!order) throw notFound(`The order ${String(orderId)}`);
    return order;
  }

  async #profile(q: Queryable, lock = false): Promise<CompanyProfile> {
    const [row] = await q.query<{ profile: CompanyProfile }>(
      `SELECT profile FROM company_profiles WHERE tenant_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [this.#tenant],
    );
    if (!row) throw notFound('The company profile');
    return row.profile;
  }

  /** An order as answered: each shipment with the status its tracking shows now. */
  #present(order: Order): Order {
    const now = this.#context.now().getTime();
    return {
      ...order,
      shipments: order.shipments.map((shipment) => ({
        ...shipment,
        status: trackedStatus(shipment, carrierOf(shipment), now),
      })),
    };
  }

  /** Writes `after` over `before` and answers the order as stored (documents linked by their public ids). */
  async #save(tx: Queryable, before: Order, after: Order): Promise<Order> {
    await saveOrder(tx, this.#tenant, before, after);
    return this.#present(await this.#order(tx, after.id));
  }

  /** Schedules platform work in the write's transaction; the runner is woken once it is due. */
  async #schedule(tx: Queryable, kind: JobKind, ref: string, orderId: string, dueAt: number): Promise<void> {
    await scheduleJob(tx, this.#tenant, kind, ref, orderId, dueAt);
    this.#context.wakeAt(dueAt);
  }

  /** Runs a write once per idempotency key, in one transaction with the key and its answer. */
  #write<T>(
    operation: string,
    options: WriteOptions,
    payload: unknown,
    write: (tx: Queryable) => Promise<T>,
  ): Promise<T> {
    const key = idempotencyKey(operation, options);
    options.signal?.throwIfAborted();
    return once(this.#db, this.#tenant, key, requestFingerprint(payload), write);
  }

  /** An upload: state checked, then the bytes (size, content), then stored with the order's change — once per key. */
  #upload<T>(
    operation: string,
    orderId: string,
    file: UploadFile,
    options: UploadOptions,
    spec: UploadSpec<T>,
    after?: (tx: Queryable, ref: DocumentRef) => Promise<void>,
  ): Promise<T> {
    return this.#write(operation, options, uploadPayload(orderId, file, spec.extra), async (tx) => {
      const order = await this.#order(tx, orderId, true);
      spec.check(order);
      const { bytes, contentType } = await readUpload(file, {
        expected: spec.expected,
        transferMs: 0,
        signal: options.signal,
      });
      const ref = await insertUpload(tx, this.#tenant, {
        id: newId('doc'),
        orderId: order.id,
        kind: spec.kind,
        name: uploadName(file, spec.expected),
        contentType,
        bytes,
        createdAt: this.#context.now().toISOString(),
      });
      const saved = spec.apply ? await this.#save(tx, order, spec.apply(order, ref)) : order;
      await after?.(tx, ref);
      return spec.answer ? spec.answer(saved, ref) : (ref as T);
    });
  }
}
