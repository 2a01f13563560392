/** The memory adapter: SupplierApi over seeded in-browser state, enforcing the rules a real backend must. */
import { dateInZone } from '../../domain/dates.js';
import { fileKindOf } from '../../domain/quality-documents.js';
import { currentInvoice } from '../../domain/stages.js';
import type {
  ActivityListEntry,
  BankDetails,
  CalendarDate,
  Carrier,
  CommentActivity,
  CompanyProfile,
  DocumentRef,
  Invoice,
  InvoiceStatus,
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
import type {
  CallOptions,
  OrderPage,
  OrderQuery,
  SupplierApi,
  UploadFile,
  UploadOptions,
  WriteOptions,
} from '../port.js';
import { sleep, throwIfAborted } from '../abort.js';
import { activityOf, platformReply, supplierComment } from './backend/activity.js';
import { CARRIERS, PACKAGING_RULES } from './seed/reference-data.js';
import { fingerprint } from './backend/payload-fingerprint.js';
import { storedDocument } from './seed/generator.js';
import type { DocumentServer } from './backend/documents.js';
import { Presenter } from './backend/answer-copies.js';
import { conflict, newId, notFound } from './backend/errors.js';
import { idempotencyKey } from './backend/idempotency-key.js';
import { hasPendingLines, respondToLines } from './backend/line-responses.js';
import { checkInvoiceable, createdInvoice } from './backend/new-invoice.js';
import { createdShipment, shipmentsToProcess, withProcessedShipments } from './backend/new-shipment.js';
import {
  acknowledgedOrder,
  checkQcReportUpload,
  confirmedOrder,
  normalizedBankDetails,
  productionOrderLines,
  withoutQcReport,
  withQcReport,
} from './backend/order-writes.js';
import {
  scriptedVerdict,
  SCRIPTED_REJECTION_REASON,
  uploadableSlot,
  withNewVersion,
  withReview,
} from './backend/quality-review.js';
import type { Changes, MemoryStore, UploadKind, UploadRecord, WriteResult } from './store.js';
import { MemoryStore as Store } from './store.js';
import { carrierOf, trackingOf } from './backend/tracking.js';
import type { Expected } from './backend/uploads.js';
import { readUpload, uploadName, uploadPayload } from './backend/uploads.js';

/** Options of `createMemoryAdapter`. */
export interface MemoryAdapterOptions {
  /** Seed of the demo data (default 1); the same seed and `now` give the same orders. */
  readonly seed?: number;
  /** How many orders to generate (default 48). */
  readonly orderCount?: number;
  /** The clock (default the real one); seeded dates are relative to it. */
  readonly now?: () => Date;
  /** Simulated latency of every call in ms (default 0). */
  readonly latencyMs?: number;
  /** Persist in IndexedDB: true for the demo database, a string for a database name, false for memory only (default). */
  readonly persist?: boolean | string;
  /** How long the platform takes to process a platform-arranged shipment, in ms (default 8000). */
  readonly processingDelayMs?: number;
  /** Where documents are served (default: blob: URLs in this page); a server passes its download route. */
  readonly serveDocument?: DocumentServer;
  /**
   * After how many ms the scripted reviewer reviews a newly uploaded quality document version (default 5000;
   * null: never, call `reviewQualityDocument` instead). It rejects files whose name contains "reject", accepts the rest.
   */
  readonly qualityReviewDelayMs?: number | null;
  /** How long the platform takes to respond to answers per line, in ms (default 5000). */
  readonly lineResponseDelayMs?: number;
  /** How long the platform takes to answer a supplier's comment, in ms (default 4000); `false` for no answer. */
  readonly replyDelayMs?: number | false;
}

/** What `setInvoiceStatus` may set besides the status; without `invoiceId` it acts on the order's current invoice. */
export interface InvoiceStatusExtra {
  readonly invoiceId?: string;
  readonly rejectionReason?: string;
  readonly paidOn?: CalendarDate;
  readonly paidAmountMinor?: number;
}

/** The memory adapter with its test and demo hooks. */
export interface MemoryAdapter extends SupplierApi {
  /** Settles once the state is loaded or seeded; every method waits for it. */
  readonly ready: Promise<void>;
  /** Back to the seed (persisted state too). */
  reset(): Promise<void>;
  setLatency(ms: number): void;
  /** The platform processes every pending platform-arranged shipment now: documents appear, status 'ready'. */
  processPendingShipments(): Promise<void>;
  /** Simulates the platform's manager: review, approve, reject (with a reason) or mark paid. */
  setInvoiceStatus(orderId: string, status: InvoiceStatus, extra?: InvoiceStatusExtra): Promise<Invoice>;
  /** Simulates the platform's reviewer of typed quality documents: accepts or rejects a version (default: the newest). */
  reviewQualityDocument(
    orderId: string,
    type: QualityDocumentType,
    status: 'accepted' | 'rejected',
    extra?: { readonly versionId?: string; readonly rejectionReason?: string },
  ): Promise<QualityDocumentSlot>;
  /** A snapshot (copies) of every order. */
  orders(): Order[];
  /** The platform responds now to every pending answer per line (see line-responses.ts for how). */
  respondToLineAcknowledgements(): Promise<void>;
  /** Stops timers and closes the database connection. */
  close(): void;
}

/** The IndexedDB database the demo uses with `persist: true`. */
export const DEMO_DATABASE_NAME = 'supplier-flow-demo';

class MemoryAdapterImpl implements MemoryAdapter {
  readonly ready: Promise<void>;
  #store!: MemoryStore;
  #latency: number;
  readonly #now: () => Date;
  readonly #processingDelay: number;
  readonly #replyDelay: number | false;
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #present: Presenter;
  readonly #reviewDelay: number | null;
  readonly #reviewTimers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #lineResponseDelay: number;
  /** Timers of the platform's responses per line, by order id. */
  readonly #lineTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(options: MemoryAdapterOptions) {
    this.#now = options.now ?? (() => new Date());
    this.#reviewDelay = options.qualityReviewDelayMs === undefined ? 5_000 : options.qualityReviewDelayMs;
    this.#latency = options.latencyMs ?? 0;
    this.#processingDelay = options.processingDelayMs ?? 8_000;
    this.#lineResponseDelay = options.lineResponseDelayMs ?? 5_000;
    this.#replyDelay = options.replyDelayMs ?? 4_000;
    this.#present = new Presenter((id) => this.#store.uploads.get(id)?.bytes, this.#now, options.serveDocument);
    const databaseName = options.persist === true ? DEMO_DATABASE_NAME : options.persist || null;
    this.ready = Store.open({
      seed: options.seed ?? 1,
      count: options.orderCount ?? 48,
      now: this.#now(),
      databaseName,
    }).then((store) => {
      this.#store = store;
      for (const pending of store.pending.values()) this.#schedule(pending.shipmentId, pending.orderId, pending.dueAt);
      this.#scheduleStoredReviews();
      for (const order of store.orders) if (hasPendingLines(order)) this.#scheduleLineResponses(order);
    });
  }

  /* ---------- hooks ---------- */

  async reset(): Promise<void> {
    await this.ready;
    this.#clearTimers();
    this.#present.urls.clear();
    await this.#store.reset();
  }

  setLatency(ms: number): void {
    this.#latency = Math.max(0, ms);
  }

  async processPendingShipments(): Promise<void> {
    await this.ready;
    const orders = this.#store.orders.filter((order) =>
      order.shipments.some((shipment) => shipment.status === 'processing'),
    );
    await this.#process(
      orders.map((order) => order.id),
      null,
    );
  }

  async setInvoiceStatus(orderId: string, status: InvoiceStatus, extra: InvoiceStatusExtra = {}): Promise<Invoice> {
    await this.ready;
    const order = this.#order(orderId);
    const target = extra.invoiceId
      ? order.invoices.find((invoice) => invoice.id === extra.invoiceId)
      : currentInvoice(order);
    if (!target) throw notFound('The invoice');
    const updated: Invoice = {
      ...target,
      status,
      rejectionReason: status === 'rejected' ? (extra.rejectionReason ?? 'Rejected by the platform.') : null,
      paidOn: status === 'paid' ? (extra.paidOn ?? dateInZone(this.#now(), order.timeZone)) : null,
      paidAmountMinor: status === 'paid' ? (extra.paidAmountMinor ?? target.totals.grossMinor) : null,
    };
    const recorded = {
      id: newId('activity'),
      at: this.#now().toISOString(),
      kind: 'invoice-status' as const,
      invoiceNumber: target.number,
      status,
    };
    await this.#store.apply({
      orders: [{ ...order, invoices: order.invoices.map((invoice) => (invoice.id === target.id ? updated : invoice)) }],
      activity: [{ orderId: order.id, entry: recorded }],
    });
    return this.#present.invoice(updated);
  }

  async reviewQualityDocument(
    orderId: string,
    type: QualityDocumentType,
    status: 'accepted' | 'rejected',
    extra: { readonly versionId?: string; readonly rejectionReason?: string } = {},
  ): Promise<QualityDocumentSlot> {
    await this.ready;
    const review = {
      versionId: extra.versionId ?? null,
      status,
      reason: extra.rejectionReason ?? null,
      at: this.#now().toISOString(),
    };
    const reviewed = withReview(this.#order(orderId), type, review);
    if (!reviewed) throw notFound('The quality document version');
    await this.#store.apply({ orders: [reviewed] });
    return this.#qualitySlot(orderId, type);
  }

  orders(): Order[] {
    return this.#store.orders.map((order) => this.#present.order(order));
  }

  async respondToLineAcknowledgements(): Promise<void> {
    await this.ready;
    await this.#respondToLines(this.#store.orders.filter(hasPendingLines).map((order) => order.id));
  }

  close(): void {
    this.#clearTimers();
    void this.ready.then(() => this.#store.close());
  }

  /* ---------- reads ---------- */

  async listOrders(query: OrderQuery, options?: CallOptions): Promise<OrderPage> {
    await this.#begin(options);
    return this.#store.index.page(query ?? {}, this.#now());
  }

  async getOrder(orderId: string, options?: CallOptions): Promise<Order> {
    await this.#begin(options);
    return this.#present.order(this.#order(orderId));
  }

  async getProductionOrder(orderId: string, options?: CallOptions): Promise<DocumentRef> {
    await this.#begin(options);
    const order = this.#order(orderId);
    return this.#present.generated(
      `${order.id}-production-order`,
      `Production order ${order.number}.pdf`,
      order.createdAt,
      productionOrderLines(order),
    );
  }

  async listQualityReports(orderId: string, options?: CallOptions): Promise<readonly DocumentRef[]> {
    await this.#begin(options);
    return this.#order(orderId).quality.reports.map((report) => this.#present.document(report));
  }

  async listCarriers(options?: CallOptions): Promise<readonly Carrier[]> {
    await this.#begin(options);
    return CARRIERS.map((carrier) => ({ ...carrier }));
  }

  async getPackagingRules(options?: CallOptions): Promise<PackagingRules> {
    await this.#begin(options);
    return structuredClone(PACKAGING_RULES);
  }

  async getCompanyProfile(options?: CallOptions): Promise<CompanyProfile> {
    await this.#begin(options);
    return structuredClone(this.#store.profile);
  }

  async listShipments(orderId: string, options?: CallOptions): Promise<readonly Shipment[]> {
    await this.#begin(options);
    return this.#order(orderId).shipments.map((shipment) => this.#present.shipment(shipment));
  }

  async getTracking(orderId: string, shipmentId: string, options?: CallOptions): Promise<Tracking> {
    await this.#begin(options);
    const shipment = this.#order(orderId).shipments.find((candidate) => candidate.id === shipmentId);
    if (!shipment) throw notFound('The shipment');
    return trackingOf(shipment, carrierOf(shipment), this.#now().getTime());
  }

  async listInvoices(orderId: string, options?: CallOptions): Promise<readonly Invoice[]> {
    await this.#begin(options);
    return this.#order(orderId).invoices.map((invoice) => this.#present.invoice(invoice));
  }

  /* ---------- writes ---------- */

  async confirmOrder(orderId: string, options: WriteOptions): Promise<Order> {
    await this.#begin(options);
    return this.#write('confirmOrder', options, { orderId }, () => {
      const confirmed = confirmedOrder(this.#order(orderId), this.#now());
      return { changes: confirmed ? { orders: [confirmed] } : {}, result: { type: 'order', orderId } };
    });
  }

  async uploadQualityReport(
    orderId: string,
    file: UploadFile,
    options: UploadOptions & { readonly replacesId?: string },
  ): Promise<DocumentRef> {
    await this.#begin(options);
    const replacesId = options.replacesId ?? null;
    const check = () => {
      const order = this.#order(orderId);
      checkQcReportUpload(order, replacesId);
      return order;
    };
    return this.#upload(
      'uploadQualityReport',
      orderId,
      file,
      options,
      { expected: 'pdf', kind: 'qc-report', extra: { replacesId }, check },
      (upload) => [withQcReport(check(), upload.ref, replacesId)],
    );
  }

  async removeQualityReport(orderId: string, reportId: string, options: WriteOptions): Promise<void> {
    await this.#begin(options);
    await this.#write('removeQualityReport', options, { orderId, reportId }, () => {
      return { changes: { orders: [withoutQcReport(this.#order(orderId), reportId)] }, result: { type: 'none' } };
    });
  }

  async saveBankDetails(bankDetails: BankDetails, options: WriteOptions): Promise<CompanyProfile> {
    await this.#begin(options);
    return this.#write('saveBankDetails', options, bankDetails, () => {
      return {
        changes: { profile: { ...this.#store.profile, bankDetails: normalizedBankDetails(bankDetails) } },
        result: { type: 'profile' },
      };
    });
  }

  async uploadPackagePhoto(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef> {
    await this.#begin(options);
    return this.#upload(
      'uploadPackagePhoto',
      orderId,
      file,
      options,
      { expected: 'image', kind: 'package-photo', extra: {}, check: () => this.#order(orderId) },
      () => [],
    );
  }

  async uploadInvoiceDocument(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef> {
    await this.#begin(options);
    return this.#upload(
      'uploadInvoiceDocument',
      orderId,
      file,
      options,
      { expected: 'pdf-or-xml', kind: 'invoice', extra: {}, check: () => this.#order(orderId) },
      () => [],
    );
  }

  async createShipment(orderId: string, shipment: NewShipment, options: WriteOptions): Promise<Shipment> {
    await this.#begin(options);
    return this.#write('createShipment', options, { orderId, shipment }, () => {
      const order = this.#order(orderId);
      const photo = shipment.photoId === null ? undefined : this.#store.uploads.get(shipment.photoId);
      const created = createdShipment(order, shipment, { photo, now: this.#now() });
      const id = created.id;
      const changes: Changes = { orders: [{ ...order, shipments: [...order.shipments, created] }] };
      if (created.status === 'processing') {
        const dueAt = Date.now() + this.#processingDelay;
        this.#schedule(id, order.id, dueAt);
        return {
          changes: { ...changes, pendingPut: [{ orderId: order.id, shipmentId: id, dueAt }] },
          result: { type: 'shipment', orderId, shipmentId: id },
        };
      }
      return { changes, result: { type: 'shipment', orderId, shipmentId: id } };
    });
  }

  async createInvoice(orderId: string, invoice: NewInvoice, options: WriteOptions): Promise<Invoice> {
    await this.#begin(options);
    return this.#write('createInvoice', options, { orderId, invoice }, () => {
      const order = this.#order(orderId);
      checkInvoiceable(order);
      const document = this.#store.uploads.get(invoice.documentId);
      const eInvoice = invoice.eInvoiceDocumentId ? this.#store.uploads.get(invoice.eInvoiceDocumentId) : undefined;
      const existingNumbers = this.#usedInvoiceNumbers(order.id);
      const created = createdInvoice(order, invoice, { existingNumbers, document, eInvoice, now: this.#now() });
      return {
        changes: { orders: [{ ...order, invoices: [...order.invoices, created] }] },
        result: { type: 'invoice', orderId, invoiceId: created.id },
      };
    });
  }

  /* ---------- typed quality documents ---------- */

  async uploadQualityDocument(
    orderId: string,
    type: QualityDocumentType,
    file: UploadFile,
    options: UploadOptions,
  ): Promise<QualityDocumentSlot> {
    await this.#begin(options);
    const check = () => {
      const order = this.#order(orderId);
      uploadableSlot(order, type);
      return order;
    };
    const expected = fileKindOf(type);
    const spec = {
      expected,
      kind: 'quality-document' as const,
      extra: { type },
      check,
      result: () => ({ type: 'quality-slot' as const, orderId, documentType: type }),
    };
    return this.#upload<QualityDocumentSlot>('uploadQualityDocument', orderId, file, options, spec, (upload) => {
      this.#scheduleReview(orderId, type, upload.id, upload.ref.name, Date.now() + (this.#reviewDelay ?? 0));
      return [withNewVersion(check(), type, upload.ref)];
    });
  }

  #qualitySlot(orderId: string, type: QualityDocumentType): QualityDocumentSlot {
    const slot = this.#order(orderId).quality.documents.find((each) => each.type === type);
    if (!slot) throw notFound('The quality document');
    return this.#present.qualitySlot(slot);
  }

  /** The scripted reviewer reviews version `versionId` at `dueAt` (ms), unless reviews are off or it was reviewed meanwhile. */
  #scheduleReview(orderId: string, type: QualityDocumentType, versionId: string, name: string, dueAt: number): void {
    if (this.#reviewDelay === null) return;
    clearTimeout(this.#reviewTimers.get(versionId));
    const timer = setTimeout(
      () => {
        this.#reviewTimers.delete(versionId);
        const order = this.#store.order(orderId);
        const version = order?.quality.documents
          .find((slot) => slot.type === type)
          ?.versions.find((each) => each.id === versionId);
        if (!order || version?.status !== 'uploaded') return;
        const status = scriptedVerdict(name);
        const reviewed = withReview(order, type, {
          versionId,
          status,
          reason: status === 'rejected' ? SCRIPTED_REJECTION_REASON : null,
          at: this.#now().toISOString(),
        });
        if (reviewed) void this.#store.apply({ orders: [reviewed] });
      },
      Math.max(0, dueAt - Date.now()),
    );
    this.#reviewTimers.set(versionId, timer);
  }

  /** After a reload, versions uploaded through the adapter and not reviewed yet get their review again. */
  #scheduleStoredReviews(): void {
    for (const order of this.#store.orders) {
      for (const slot of order.quality.documents) {
        for (const version of slot.versions) {
          if (version.status === 'uploaded' && this.#store.uploads.has(version.id)) {
            this.#scheduleReview(
              order.id,
              slot.type,
              version.id,
              version.name,
              Date.parse(version.createdAt) + (this.#reviewDelay ?? 0),
            );
          }
        }
      }
    }
  }

  async acknowledgeOrderLines(orderId: string, answers: readonly LineAnswer[], options: WriteOptions): Promise<Order> {
    await this.#begin(options);
    return this.#write('acknowledgeOrderLines', options, { orderId, answers }, () => {
      const acknowledged = acknowledgedOrder(this.#order(orderId), answers, this.#now());
      this.#scheduleLineResponses(acknowledged);
      return { changes: { orders: [acknowledged] }, result: { type: 'order', orderId } };
    });
  }

  /* ---------- activity and comments ---------- */

  async listOrderActivity(orderId: string, options?: CallOptions): Promise<readonly ActivityListEntry[]> {
    await this.#begin(options);
    return activityOf(this.#order(orderId), this.#store.activity, this.#now());
  }

  async addOrderComment(orderId: string, text: string, options: WriteOptions): Promise<CommentActivity> {
    await this.#begin(options);
    return this.#write('addOrderComment', options, { orderId, text }, () => {
      const order = this.#order(orderId);
      const comment = supplierComment(text, this.#store.profile.legalName, this.#now());
      this.#scheduleReply(order.id, comment);
      return {
        changes: { activity: [{ orderId: order.id, entry: comment }] },
        result: { type: 'comment', orderId: order.id, entryId: comment.id },
      };
    });
  }

  /** The demo platform answers a supplier's comment after `replyDelayMs`. */
  #scheduleReply(orderId: string, comment: CommentActivity): void {
    if (this.#replyDelay === false) return;
    const key = `reply:${comment.id}`;
    this.#timers.set(
      key,
      setTimeout(() => {
        this.#timers.delete(key);
        void this.#store.apply({ activity: [{ orderId, entry: platformReply(comment, this.#now()) }] });
      }, this.#replyDelay),
    );
  }

  /* ---------- machinery ---------- */

  async #begin(options: CallOptions | undefined): Promise<void> {
    const signal = options?.signal;
    throwIfAborted(signal);
    await this.ready;
    if (this.#latency > 0) await sleep(this.#latency, signal);
    throwIfAborted(signal);
  }

  #order(orderId: string): Order {
    const order = typeof orderId === 'string' ? this.#store.order(orderId) : undefined;
    if (!order) throw notFound(`The order ${String(orderId)}`);
    return order;
  }

  /** Invoice numbers the supplier has used, except those of rejected invoices of `orderId` (a correction may keep its number). */
  #usedInvoiceNumbers(orderId: string): string[] {
    const numbers: string[] = [];
    for (const order of this.#store.orders) {
      for (const invoice of order.invoices)
        if (!(order.id === orderId && invoice.status === 'rejected')) numbers.push(invoice.number);
    }
    return numbers;
  }

  /** The idempotency record of an earlier call with this key: its result, or a conflict when the payload differs. */
  #replay(key: string, print: string): WriteResult | null {
    const record = this.#store.idempotency.get(key);
    if (!record) return null;
    if (record.fingerprint !== print) throw conflict('This idempotency key was used for a different request.');
    return record.result;
  }

  /** Runs a write once per idempotency key: `commit` validates and returns the changes synchronously. */
  async #write<T>(
    operation: string,
    options: WriteOptions,
    payload: unknown,
    commit: () => { changes: Changes; result: WriteResult },
  ): Promise<T> {
    const key = idempotencyKey(operation, options);
    const print = fingerprint(payload);
    const prior = this.#replay(key, print);
    if (prior) return this.#result(prior) as T;
    const { changes, result } = commit();
    await this.#store.apply({ ...changes, idempotency: [[key, { fingerprint: print, result }]] });
    return this.#result(result) as T;
  }

  /** An upload: state checked first, then the bytes read (progress, abort, content and size checks), then committed once per key. */
  async #upload<T = DocumentRef>(
    operation: string,
    orderId: string,
    file: UploadFile,
    options: UploadOptions,
    spec: {
      expected: Expected;
      kind: UploadKind;
      extra: object;
      check: () => Order;
      result?: (upload: UploadRecord) => WriteResult;
    },
    apply: (upload: UploadRecord) => Order[],
  ): Promise<T> {
    const key = idempotencyKey(operation, options);
    const print = fingerprint(uploadPayload(orderId, file, spec.extra));
    const prior = this.#replay(key, print);
    if (prior) return this.#result(prior) as T;
    spec.check();
    const { bytes, contentType } = await readUpload(file, {
      expected: spec.expected,
      transferMs: this.#latency,
      signal: options.signal,
      onProgress: options.onProgress,
    });
    return this.#write<T>(operation, options, uploadPayload(orderId, file, spec.extra), () => {
      const id = newId('doc');
      const upload: UploadRecord = {
        id,
        orderId,
        kind: spec.kind,
        ref: storedDocument(id, uploadName(file, spec.expected), contentType, bytes.length, this.#now().toISOString()),
        bytes,
      };
      return {
        changes: { uploads: [upload], orders: apply(upload) },
        result: spec.result?.(upload) ?? { type: 'upload', documentId: id },
      };
    });
  }

  #result(result: WriteResult): unknown {
    switch (result.type) {
      case 'order':
        return this.#present.order(this.#order(result.orderId));
      case 'upload': {
        const upload = this.#store.uploads.get(result.documentId);
        if (!upload) throw notFound('The document');
        return this.#present.document(upload.ref);
      }
      case 'shipment': {
        const shipment = this.#order(result.orderId).shipments.find((candidate) => candidate.id === result.shipmentId);
        if (!shipment) throw notFound('The shipment');
        return this.#present.shipment(shipment);
      }
      case 'invoice': {
        const invoice = this.#order(result.orderId).invoices.find((candidate) => candidate.id === result.invoiceId);
        if (!invoice) throw notFound('The invoice');
        return this.#present.invoice(invoice);
      }
      case 'profile':
        return structuredClone(this.#store.profile);
      case 'comment': {
        const stored = this.#store.activity.find(
          (item) => item.orderId === result.orderId && item.entry.id === result.entryId,
        );
        if (!stored) throw notFound('The comment');
        return structuredClone(stored.entry);
      }
      case 'none':
        return undefined;
      case 'quality-slot':
        return this.#qualitySlot(result.orderId, result.documentType);
    }
  }

  #schedule(shipmentId: string, orderId: string, dueAt: number): void {
    clearTimeout(this.#timers.get(shipmentId));
    const timer = setTimeout(
      () => {
        this.#timers.delete(shipmentId);
        void this.#process([orderId], shipmentId);
      },
      Math.max(0, dueAt - Date.now()),
    );
    this.#timers.set(shipmentId, timer);
  }

  #clearTimers(): void {
    for (const timer of [...this.#timers.values(), ...this.#lineTimers.values(), ...this.#reviewTimers.values()])
      clearTimeout(timer);
    this.#timers.clear();
    this.#lineTimers.clear();
    this.#reviewTimers.clear();
  }

  /** The platform responds to the order's pending lines `lineResponseDelayMs` after they were sent. */
  #scheduleLineResponses(order: Order): void {
    const submittedAt = Date.parse(order.production.lineAcknowledgement?.submittedAt ?? '');
    const due = Number.isNaN(submittedAt) ? 0 : submittedAt + this.#lineResponseDelay - this.#now().getTime();
    clearTimeout(this.#lineTimers.get(order.id));
    this.#lineTimers.set(
      order.id,
      setTimeout(() => void this.#respondToLines([order.id]), Math.max(0, due)),
    );
  }

  async #respondToLines(orderIds: readonly string[]): Promise<void> {
    const orders: Order[] = [];
    for (const orderId of orderIds) {
      clearTimeout(this.#lineTimers.get(orderId));
      this.#lineTimers.delete(orderId);
      const order = this.#store.order(orderId);
      if (order && hasPendingLines(order))
        orders.push(respondToLines(order, dateInZone(this.#now(), order.timeZone), this.#now().toISOString()));
    }
    if (orders.length > 0) await this.#store.apply({ orders });
  }

  /** The platform processes shipments: one (`only`) or every processing shipment of the given orders. */
  async #process(orderIds: readonly string[], only: string | null): Promise<void> {
    const orders: Order[] = [];
    const done: string[] = [];
    const processedAt = this.#now().toISOString();
    for (const orderId of orderIds) {
      const order = this.#store.order(orderId);
      if (!order) continue;
      const due = shipmentsToProcess(order, only);
      for (const shipmentId of due) {
        clearTimeout(this.#timers.get(shipmentId));
        this.#timers.delete(shipmentId);
      }
      done.push(...due);
      orders.push(withProcessedShipments(order, only, processedAt));
    }
    if (done.length > 0) await this.#store.apply({ orders, pendingDelete: done });
  }
}

/** Creates the memory adapter (seeded demo data, optional latency and IndexedDB persistence). */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapterImpl(options);
}
