/**
 * One tenant's backend on the database: the SupplierApi the HTTP handler serves, with the memory adapter's
 * rules (src/api/memory/backend/rules.ts, line-responses.ts, quality-review.ts, …; the memory adapter is the
 * behavioural spec) applied to orders read from and written to PostgreSQL. Every write runs in one
 * transaction with its idempotency key (store/idempotency.ts) and with the row lock of the order it changes.
 */
import { SupplierApiError } from '../src/api/errors.js';
import { activityOf } from '../src/api/memory/backend/activity.js';
import type { StoredActivity } from '../src/api/memory/backend/activity.js';
import { CARRIERS, PACKAGING_RULES } from '../src/api/memory/seed/reference-data.js';
import { pdfBytes } from '../src/api/memory/backend/documents.js';
import { uploadableSlot, withNewVersion } from '../src/api/memory/backend/quality-review.js';
import { assertValid, bankDetailsErrors, invoiceErrors, lineAnswerErrors, shipmentErrors } from '../src/api/memory/backend/rules.js';
import type { UploadKind } from '../src/api/memory/store.js';
import { trackedStatus, trackingOf } from '../src/api/memory/backend/tracking.js';
import { readUpload } from '../src/api/memory/backend/uploads.js';
import type { Expected } from '../src/api/memory/backend/uploads.js';
import type { CallOptions, OrderPage, OrderQuery, SupplierApi, UploadFile, UploadOptions, WriteOptions } from '../src/api/port.js';
import { commentProblem } from '../src/domain/activity.js';
import { dateInZone } from '../src/domain/dates.js';
import { lineAnswerInput, toLineAnswer } from '../src/domain/line-acknowledgement.js';
import { invoiceTotals } from '../src/domain/money.js';
import { fileKindOf, hasTypedDocuments } from '../src/domain/quality-documents.js';
import { isFullyShipped } from '../src/domain/quantities.js';
import { invoiceStatus, productionStatus, shippingStatus } from '../src/domain/stages.js';
import type {
  ActivityListEntry, BankDetails, Carrier, CommentActivity, CompanyProfile, DocumentRef, Invoice, LineAnswer, NewInvoice, NewShipment, Order, PackagingRules,
  QualityDocumentSlot, QualityDocumentType, Shipment, Tracking,
} from '../src/domain/types.js';
import type { Database, Queryable } from './db/database.js';
import { shipmentDocuments } from './platform/effects.js';
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

const notFound = (what: string) => new SupplierApiError('not-found', `${what} was not found.`);
const conflict = (message: string) => new SupplierApiError('conflict', message);
const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** The memory adapter's key check: a write needs a key of 1..200 characters; keys are kept per operation. */
function idempotencyKey(operation: string, options: WriteOptions | undefined): string {
  const key = options?.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '' || key.length > 200) {
    throw new SupplierApiError('validation', 'A write needs an idempotency key.', { fieldErrors: { idempotencyKey: 'required' } });
  }
  return `${operation} ${key}`;
}

const carrierOf = (shipment: Shipment): Carrier | undefined =>
  shipment.delivery.arrangedBy === 'supplier' ? CARRIERS.find((carrier) => carrier.id === (shipment.delivery as { carrierId: string }).carrierId) : undefined;

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
    const lines = [
      `Production order ${order.number}`,
      `Lead time: ${order.leadTime} (${order.timeZone})`,
      `Terms: ${order.kind}, ${order.incoterm}, payment ${order.paymentTermsDays} days`,
      ...order.positions.map((position) => `${position.lineNo}. ${position.partNumber} ${position.partName} - ${position.material}, ${position.process} - qty ${position.quantity}`),
    ];
    const ref = { id, name: `Production order ${order.number}.pdf`, contentType: 'application/pdf', createdAt: order.createdAt };
    return generatedDocument(this.#db, this.#tenant, order.id, ref, () => pdfBytes(lines));
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
    const rows = await this.#db.query<{ entry: StoredActivity['entry'] }>('SELECT entry FROM activity WHERE tenant_id = $1 AND order_id = $2 ORDER BY seq', [this.#tenant, order.id]);
    return activityOf(order, rows.map((row) => ({ orderId: order.id, entry: row.entry })), this.#context.now());
  }

  /* ---------- writes ---------- */

  confirmOrder(orderId: string, options: WriteOptions): Promise<Order> {
    return this.#write('confirmOrder', options, { orderId }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      if (productionStatus(order) === 'done') return this.#present(order);
      return this.#save(tx, order, { ...order, production: { ...order.production, confirmedAt: this.#context.now().toISOString() } });
    });
  }

  uploadQualityReport(orderId: string, file: UploadFile, options: UploadOptions & { readonly replacesId?: string }): Promise<DocumentRef> {
    const replacesId = options.replacesId ?? null;
    return this.#upload<DocumentRef>('uploadQualityReport', orderId, file, options, {
      expected: 'pdf',
      kind: 'qc-report',
      extra: { replacesId },
      check: (order) => {
        if (!order.quality.required) throw conflict('This order does not require a QC report.');
        if (hasTypedDocuments(order.quality)) throw conflict('This order asks for typed quality documents; upload them with uploadQualityDocument.');
        if (productionStatus(order) !== 'done') throw conflict('Confirm the order before uploading QC reports.');
        if (order.shipments.length > 0) throw conflict('QC reports cannot change once shipping has started.');
        if (replacesId !== null && !order.quality.reports.some((report) => report.id === replacesId)) throw notFound('The QC report to replace');
      },
      apply: (order, ref) => {
        const reports = replacesId === null ? [...order.quality.reports, ref] : order.quality.reports.map((report) => (report.id === replacesId ? ref : report));
        return { ...order, quality: { ...order.quality, reports } };
      },
    });
  }

  async removeQualityReport(orderId: string, reportId: string, options: WriteOptions): Promise<void> {
    await this.#write('removeQualityReport', options, { orderId, reportId }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      if (!order.quality.reports.some((report) => report.id === reportId)) throw notFound('The QC report');
      if (order.shipments.length > 0) throw conflict('QC reports cannot change once shipping has started.');
      await this.#save(tx, order, { ...order, quality: { ...order.quality, reports: order.quality.reports.filter((report) => report.id !== reportId) } });
      return undefined;
    });
  }

  saveBankDetails(bankDetails: BankDetails, options: WriteOptions): Promise<CompanyProfile> {
    return this.#write('saveBankDetails', options, bankDetails, async (tx) => {
      assertValid(bankDetailsErrors(bankDetails), 'The bank details are not valid.');
      const normalized: BankDetails = {
        accountHolder: bankDetails.accountHolder.trim(),
        iban: bankDetails.iban.replace(/[\s-]/g, '').toUpperCase(),
        bic: bankDetails.bic.replace(/\s/g, '').toUpperCase(),
        bankName: bankDetails.bankName.trim(),
      };
      const profile = { ...(await this.#profile(tx, true)), bankDetails: normalized };
      await tx.query('UPDATE company_profiles SET profile = $2::text::jsonb WHERE tenant_id = $1', [this.#tenant, JSON.stringify(profile)]);
      return profile;
    });
  }

  uploadPackagePhoto(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef> {
    return this.#upload<DocumentRef>('uploadPackagePhoto', orderId, file, options, { expected: 'image', kind: 'package-photo', extra: {}, check: () => undefined });
  }

  uploadInvoiceDocument(orderId: string, file: UploadFile, options: UploadOptions): Promise<DocumentRef> {
    return this.#upload<DocumentRef>('uploadInvoiceDocument', orderId, file, options, { expected: 'pdf-or-xml', kind: 'invoice', extra: {}, check: () => undefined });
  }

  createShipment(orderId: string, shipment: NewShipment, options: WriteOptions): Promise<Shipment> {
    return this.#write('createShipment', options, { orderId, shipment }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      if (shippingStatus(order) === 'locked') throw conflict('Shipping opens once production (and QC, if required) are done.');
      if (isFullyShipped(order)) throw conflict('Every part of this order is already shipped.');
      const photo = shipment.photoId === null ? undefined : await findUpload(tx, this.#tenant, shipment.photoId);
      const now = this.#context.now();
      const today = dateInZone(now, order.timeZone);
      assertValid(shipmentErrors(order, shipment, { rules: PACKAGING_RULES, carriers: CARRIERS, photo, today }), 'The shipment is not valid.');
      const sequence = order.shipments.length + 1;
      const id = `${order.id}-s${sequence}`;
      const number = `${order.number}-S${sequence}`;
      const createdAt = now.toISOString();
      const platform = shipment.delivery.arrangedBy === 'platform';
      const delivery = shipment.delivery.arrangedBy === 'platform'
        ? { arrangedBy: 'platform' as const, pickupAddress: { ...shipment.delivery.pickupAddress } }
        : { ...shipment.delivery, trackingNumbers: shipment.delivery.trackingNumbers.map((trackingNumber) => trackingNumber.trim()) };
      const created: Shipment = {
        id,
        number,
        createdAt,
        items: shipment.items.filter((item) => item.quantity > 0).map((item) => ({ positionId: item.positionId, quantity: item.quantity })),
        package: { ...shipment.package },
        photo: photo ? photo.ref : null,
        delivery,
        status: platform ? 'processing' : 'ready',
        documents: platform ? [] : shipmentDocuments(id, number, createdAt),
      };
      const saved = await this.#save(tx, order, { ...order, shipments: [...order.shipments, created] });
      if (platform) await this.#schedule(tx, 'process-shipment', id, order.id, Date.now() + this.#context.processingDelayMs);
      return saved.shipments.find((candidate) => candidate.id === id)!;
    });
  }

  createInvoice(orderId: string, invoice: NewInvoice, options: WriteOptions): Promise<Invoice> {
    return this.#write('createInvoice', options, { orderId, invoice }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      const stage = invoiceStatus(order);
      if (stage === 'locked') throw conflict('Invoicing opens once everything is shipped and processed.');
      if (stage === 'waiting') throw conflict('An invoice of this order is with the platform already.');
      if (stage === 'done') throw conflict('This order is paid.');
      const document = await findUpload(tx, this.#tenant, invoice.documentId);
      const eInvoice = invoice.eInvoiceDocumentId ? await findUpload(tx, this.#tenant, invoice.eInvoiceDocumentId) : undefined;
      const now = this.#context.now();
      const today = dateInZone(now, order.timeZone);
      const numberKey = invoiceNumberKey(String(invoice.number ?? ''));
      // Two invoices with one number on two orders at once: the second waits for the first, then sees its number.
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${this.#tenant}\ninvoice-number\n${numberKey}`]);
      const used = await tx.query<{ number: string }>(
        `SELECT number FROM invoices WHERE tenant_id = $1 AND number_key = $2 AND NOT (order_id = $3 AND status = 'rejected')`,
        [this.#tenant, numberKey, order.id],
      );
      assertValid(invoiceErrors(order, invoice, { today, existingNumbers: used.map((row) => row.number), document, eInvoice }), 'The invoice is not valid.');
      const priceOf = new Map(order.positions.map((position) => [position.id, position.unitPriceMinor]));
      const items = invoice.items
        .filter((item) => item.quantity > 0)
        .map((item) => ({ positionId: item.positionId, quantity: item.quantity, unitPriceMinor: priceOf.get(item.positionId) ?? 0 }));
      const id = `${order.id}-i${order.invoices.length + 1}`;
      const created: Invoice = {
        id,
        number: invoice.number.trim(),
        invoiceDate: invoice.invoiceDate,
        paymentDate: invoice.paymentDate,
        currency: order.currency,
        items,
        totals: invoiceTotals(items, order.vatRateBasisPoints),
        document: document!.ref,
        eInvoice: eInvoice?.ref ?? null,
        status: 'submitted',
        submittedAt: now.toISOString(),
        rejectionReason: null,
        paidOn: null,
        paidAmountMinor: null,
      };
      const saved = await this.#save(tx, order, { ...order, invoices: [...order.invoices, created] });
      return saved.invoices.find((candidate) => candidate.id === id)!;
    });
  }

  uploadQualityDocument(orderId: string, type: QualityDocumentType, file: UploadFile, options: UploadOptions): Promise<QualityDocumentSlot> {
    return this.#upload<QualityDocumentSlot>('uploadQualityDocument', orderId, file, options, {
      expected: fileKindOf(type),
      kind: 'quality-document',
      extra: { type },
      check: (order) => void uploadableSlot(order, type),
      apply: (order, ref) => withNewVersion(order, type, ref),
      answer: (order) => order.quality.documents.find((slot) => slot.type === type)!,
    }, async (tx, ref) => this.#schedule(tx, 'review-quality-document', ref.id, orderId, Date.now() + this.#context.qualityReviewDelayMs));
  }

  acknowledgeOrderLines(orderId: string, answers: readonly LineAnswer[], options: WriteOptions): Promise<Order> {
    return this.#write('acknowledgeOrderLines', options, { orderId, answers }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      const stage = productionStatus(order);
      if (stage === 'done') throw conflict('This order is confirmed already.');
      if (stage === 'waiting') throw conflict('The platform has not yet responded to your answers per line.');
      const now = this.#context.now();
      assertValid(lineAnswerErrors(order, answers, dateInZone(now, order.timeZone)), 'The answers per line are not valid.');
      const byPosition = new Map(answers.map((answer) => [answer.positionId, answer]));
      const lines = order.positions.map((position) => ({
        answer: toLineAnswer(lineAnswerInput(byPosition.get(position.id)!)),
        response: { status: 'pending' as const, quantity: null, date: null, note: null, respondedAt: null },
      }));
      const submittedAt = now.toISOString();
      const saved = await this.#save(tx, order, { ...order, production: { ...order.production, lineAcknowledgement: { submittedAt, lines } } });
      await this.#schedule(tx, 'respond-to-lines', order.id, order.id, Date.now() + this.#context.lineResponseDelayMs);
      return saved;
    });
  }

  addOrderComment(orderId: string, text: string, options: WriteOptions): Promise<CommentActivity> {
    return this.#write('addOrderComment', options, { orderId, text }, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      const problem = typeof text === 'string' ? commentProblem(text) : 'required';
      if (problem) throw new SupplierApiError('validation', 'The comment is not valid.', { fieldErrors: { text: problem } });
      const comment: CommentActivity = {
        id: newId('comment'),
        at: this.#context.now().toISOString(),
        kind: 'comment',
        author: 'supplier',
        authorName: (await this.#profile(tx)).legalName,
        text,
      };
      await tx.query('INSERT INTO activity (tenant_id, order_id, entry_id, entry) VALUES ($1, $2, $3, $4::text::jsonb)', [this.#tenant, order.id, comment.id, JSON.stringify(comment)]);
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
    const [row] = await q.query<{ profile: CompanyProfile }>(`SELECT profile FROM company_profiles WHERE tenant_id = $1${lock ? ' FOR UPDATE' : ''}`, [this.#tenant]);
    if (!row) throw notFound('The company profile');
    return row.profile;
  }

  /** An order as answered: each shipment with the status its tracking shows now. */
  #present(order: Order): Order {
    const now = this.#context.now().getTime();
    return { ...order, shipments: order.shipments.map((shipment) => ({ ...shipment, status: trackedStatus(shipment, carrierOf(shipment), now) })) };
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
  #write<T>(operation: string, options: WriteOptions, payload: unknown, write: (tx: Queryable) => Promise<T>): Promise<T> {
    const key = idempotencyKey(operation, options);
    options.signal?.throwIfAborted();
    return once(this.#db, this.#tenant, key, requestFingerprint(payload), write);
  }

  /** An upload: state checked, then the bytes (size, content), then stored with the order's change — once per key. */
  #upload<T>(operation: string, orderId: string, file: UploadFile, options: UploadOptions, spec: UploadSpec<T>, after?: (tx: Queryable, ref: DocumentRef) => Promise<void>): Promise<T> {
    const payload = { orderId, name: file?.name, size: file?.blob?.size, ...spec.extra };
    return this.#write(operation, options, payload, async (tx) => {
      const order = await this.#order(tx, orderId, true);
      spec.check(order);
      if (!(file?.blob instanceof Blob)) throw new SupplierApiError('validation', 'No file was given.', { fieldErrors: { file: 'required' } });
      const maxBytes = spec.expected === 'image' ? PACKAGING_RULES.maxPhotoBytes : PACKAGING_RULES.maxDocumentBytes;
      const { bytes, contentType } = await readUpload(file, { expected: spec.expected, maxBytes, transferMs: 0, signal: options.signal });
      const name = file.name.trim() || (spec.expected === 'image' ? 'photo' : spec.expected === 'pdf' ? 'document.pdf' : 'document');
      const ref = await insertUpload(tx, this.#tenant, {
        id: newId('doc'), orderId: order.id, kind: spec.kind, name: name.slice(0, 200), contentType, bytes, createdAt: this.#context.now().toISOString(),
      });
      const saved = spec.apply ? await this.#save(tx, order, spec.apply(order, ref)) : order;
      await after?.(tx, ref);
      return spec.answer ? spec.answer(saved, ref) : (ref as T);
    });
  }
}
