import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { UploadProgress } from '../../api/port.js';
import { calendarDateIn } from '../../domain/dates.js';
import { reconcileQuantities, type DraftAdjustment } from '../../domain/draft-quantities.js';
import { checkBankDetails, checkInvoiceDetails, checkInvoiceItems, defaultPaymentDate } from '../../domain/invoice-rules.js';
import { eInvoiceFor, type EInvoiceResult } from '../../domain/e-invoice/from-order.js';
import { writeXRechnung } from '../../domain/e-invoice/xrechnung.js';
import type { EInvoiceMatch } from '../../domain/e-invoice/match.js';
import type { EInvoice } from '../../domain/e-invoice/model.js';
import type { ReadEInvoice } from '../../domain/e-invoice/model.js';
import { positionById } from '../../domain/positions.js';
import { invoiceableQuantity } from '../../domain/quantities.js';
import { currentInvoice, invoiceStatus } from '../../domain/stages.js';
import type { BankDetails, CompanyProfile, Invoice, Order, Position, ShipmentItem } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { NO_STATE, type FieldState } from '../shared/field.js';
import { renderDraftAdjusted } from '../shared/draft-adjusted.js';
import { fieldStyles } from '../shared/field.styles.js';
import { checkFile } from '../shared/file-check.js';
import { FileDropController, fileDropStyles, fileProblemMessage, renderUploadProgress } from '../shared/file-drop.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { SubmitController } from '../shared/submit-controller.js';
import { LongList, longListStyles, positionText } from '../shared/long-list.js';
import { renderStepper, stepperStyles } from '../shared/stepper.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { errorView, renderTask } from '../shared/task-view.js';
import { EInvoiceController } from './e-invoice-controller.js';
import { invoiceDrafts, type DocumentUploadDraft, type InvoiceDraft } from './invoice-draft.js';
import { InvoiceSubmittedEvent } from './invoice-form.events.js';
import { invoiceFormMessages } from './invoice-form.messages.js';
import { invoiceFormStyles } from './invoice-form.styles.js';
import { bankMessage, detailMessage } from './problem-messages.js';
import { renderInvoiceStatus } from './status-view.js';
import { renderDetailsStep } from './steps/details-step.js';
import { renderPositionsStep } from './steps/positions-step.js';
import { renderReviewStep } from './steps/review-step.js';
import { BANK_FIELDS, type DetailField, type InvoiceStepHost, type Loaded, type ReviewLine } from './steps/step-host.js';
import { paymentTimelineStyles } from './payment-timeline.js';

const EMPTY_BANK: BankDetails = { accountHolder: '', iban: '', bic: '', bankName: '' };
const STEPS = ['positions', 'details', 'review'] as const;
/** From this many lines on, the review's XRechnung is written after the review shows. */
const LONG_INVOICE_LINES = 500;

/**
 * The Invoice stage, in three steps: Positions (shipped, not yet invoiced
 * quantities), Details (bank details the first time, kept in the company profile;
 * invoice number and dates) and Review & Save (company, bank, items, totals in
 * minor units, the signed PDF, and the XRechnung e-invoice made from the same data, sent beside the PDF and
 * offered for download). An XRechnung, ZUGFeRD or Factur-X file from the supplier's ERP fills in the form,
 * and anything in it that differs from the order is listed. Every field says it is valid or why not; the
 * draft survives a reload without the bank details. After saving, the stage shows
 * the invoice's state: waiting for review, approved, rejected (correct and
 * resubmit) or paid.
 *
 * @summary The supplier's invoice: positions, bank and invoice details, review, signed PDF, and its status.
 *
 * @fires {InvoiceSubmittedEvent} invoice-submitted - Detail `{ orderId, invoice }`: the invoice was saved.
 *
 * @csspart steps - The step indicator.
 * @csspart step - One step of the indicator (also `step-done`, `step-current`, `step-upcoming`).
 * @csspart field - A form field (with `input`, `field-label`, `field-status`).
 * @csspart totals - The net / VAT / gross table.
 * @csspart list-filter - Above a list of more than 50 positions: the "Find a position" box and the live count (also `list-filter-input`, `list-count`).
 * @csspart list-pager - Below such a list: Previous / page / Next (also `list-previous-button`, `list-next-button`).
 * @csspart file-drop - The drop zone for the signed invoice.
 * @csspart missing - The list of what is still needed to save.
 * @csspart status - The invoice's state after saving.
 * @csspart timeline - The payment timeline: submitted → under review → approved → payment scheduled → paid.
 * @csspart timeline-step - One step of the payment timeline (classes `done`, `current`, `upcoming`, `problem`).
 * @csspart e-invoice-import - "Fill in from an e-invoice" on the Positions step.
 * @csspart e-invoice-differences - What an uploaded e-invoice says differently from the order.
 * @csspart e-invoice - The XRechnung section of the review: send it, download it, or what is missing for it.
 * @csspart e-invoice-download - The "Download XRechnung (XML)" link.
 * @csspart button - Every button.
 * @csspart error - An error with "Try again".
 *
 * @cssprop --sf-color-success - Valid fields.
 * @cssprop --sf-color-danger - Fields with an error.
 */
export class InvoiceForm extends SupplierElement {
  static override styles = [...SupplierElement.styles, fieldStyles, stepperStyles, fileDropStyles, longListStyles, invoiceFormStyles, paymentTimelineStyles];

  /** The order invoiced. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /** The current time, for "not in the future"; defaults to now. */
  @property({ attribute: false }) now?: Date;

  @state() private draft: InvoiceDraft | null = null;
  @state() private bank: BankDetails = EMPTY_BANK;
  @state() private editingBank = false;
  @state() private touched: ReadonlySet<string> = new Set();
  @state() private upload: { name: string; progress: UploadProgress | null } | null = null;
  @state() private fileProblem = '';
  @state() private announcement = '';
  @state() private correcting = false;
  /** How the saved draft was brought in line with the order when it came back (shown until the invoice is saved). */
  @state() private draftAdjustments: readonly DraftAdjustment[] = [];

  private readonly i18n = new LocalizeController(this, invoiceFormMessages);
  /** Every write (bank details, the signed PDF, the e-invoice, the invoice): busy, error with "Try again", field errors, reload on conflict. */
  private readonly submitter = new SubmitController(this, {
    // Someone changed the order meanwhile: show the fresh order; the draft (in this element's state) is kept.
    onConflict: () => void this.loadTask.run(),
    mapFieldErrors: (fieldErrors) =>
      Object.fromEntries(Object.entries(fieldErrors).map(([field, code]) => [field, code === 'duplicate' ? this.i18n.t('error.duplicate') : code])),
  });
  private readonly drop = new FileDropController(this, (files) => void this.handleFile(files[0]!));
  private readonly eInvoice = new EInvoiceController(
    this,
    this.i18n,
    (order, read, match) => this.handleEInvoiceRead(order, read, match),
    () => this.renderRoot.querySelector<HTMLInputElement>('input.qty')?.focus(),
  );
  /** The pages of the positions step and the review table (an order may have 10,000 positions). */
  private readonly positionsList = new LongList<Position>(this, { id: 'invoice-positions', text: positionText });
  private readonly reviewList = new LongList<ReviewLine>(this, { id: 'review-items', text: (line) => positionText(line.position) });
  /** The invoiceable positions of the last order, and the review lines of the last quantities: the same arrays while nothing changes. */
  private invoiceableOf: { readonly order: Order; readonly positions: readonly Position[] } | null = null;
  private reviewLinesOf: { readonly order: Order; readonly quantities: InvoiceDraft['quantities']; readonly lines: readonly ReviewLine[] } | null = null;
  private eInvoiceOf: (Pick<InvoiceDraft, 'quantities' | 'number' | 'invoiceDate' | 'paymentDate'> & { readonly loaded: Loaded; readonly result: EInvoiceResult }) | null = null;
  private eInvoiceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The long e-invoice whose XML is written (the review shows its section then). */
  private xmlWritten: EInvoice | null = null;
  private draftOrderId = '';
  private bankKey = newIdempotencyKey();

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<Loaded> => {
      const api = this.api.adapter;
      const [order, profile, rules] = await Promise.all([api.getOrder(orderId, { signal }), api.getCompanyProfile({ signal }), api.getPackagingRules({ signal })]);
      if (this.draftOrderId !== orderId) {
        this.draftOrderId = orderId;
        this.draft = invoiceDrafts.load(orderId);
        this.draftAdjustments = [];
      }
      this.reconcileDraft(order);
      return { order, profile, rules };
    },
    args: () => [this.orderId, this.api.revision] as const,
  });

  /** Loads the order and its invoices again. */
  reload(): Promise<unknown> {
    return this.loadTask.run();
  }

  private today(order: Order): string {
    return calendarDateIn(this.now ?? Date.now(), order.timeZone);
  }

  private startDraft(order: Order, from?: Invoice): InvoiceDraft {
    const quantities: Record<string, number> = {};
    for (const position of order.positions) {
      const invoiceable = invoiceableQuantity(order, position);
      if (invoiceable > 0) quantities[position.id] = invoiceable;
    }
    const invoiceDate = from?.invoiceDate ?? this.today(order);
    return {
      step: 0,
      quantities,
      number: from?.number ?? '',
      invoiceDate,
      paymentDate: from?.paymentDate ?? defaultPaymentDate(invoiceDate, order.paymentTermsDays),
      documentId: null,
      documentName: null,
      idempotencyKey: newIdempotencyKey(),
    };
  }

  /**
   * Brings the draft in line with the order as it is now (it may be a saved one from before the order changed):
   * positions the order lacks leave it, quantities above what can still be invoiced come down; the supplier is told,
   * and taken back to Positions when what is left cannot be invoiced as it is.
   */
  private reconcileDraft(order: Order): void {
    const draft = this.draft;
    if (!draft) return;
    const { quantities, adjustments } = reconcileQuantities(draft.quantities, order.positions, (position) => invoiceableQuantity(order, position));
    if (adjustments.length === 0) return;
    const step = checkInvoiceItems(order, this.items({ ...draft, quantities })).length > 0 ? 0 : draft.step;
    this.updateDraft(order, { quantities, step });
    this.draftAdjustments = [...this.draftAdjustments, ...adjustments];
  }

  /** The draft being edited, started from the order when there is none yet. */
  private ensureDraft(order: Order): InvoiceDraft {
    if (!this.draft) this.updateDraft(order, {});
    return this.draft!;
  }

  private updateDraft(order: Order, change: Partial<InvoiceDraft>): void {
    const next = { ...(this.draft ?? this.startDraft(order)), ...change };
    this.draft = next;
    invoiceDrafts.save(order.id, next);
  }

  /** An e-invoice from the supplier's ERP was read: its quantities, number and dates fill in the draft. */
  private handleEInvoiceRead(readAgainst: Order, read: ReadEInvoice, match: EInvoiceMatch): void {
    const prefilled: Record<string, number> = {};
    for (const position of readAgainst.positions) if (invoiceableQuantity(readAgainst, position) > 0) prefilled[position.id] = match.quantities[position.id] ?? 0;
    // The file was matched to the order as it was when reading began; it may have been reloaded since.
    const order = this.loadTask.value?.order ?? readAgainst;
    if (order.id !== readAgainst.id) return;
    const { quantities, adjustments } = reconcileQuantities(prefilled, order.positions, (position) => invoiceableQuantity(order, position));
    if (adjustments.length > 0) this.draftAdjustments = [...this.draftAdjustments, ...adjustments];
    const invoiceDate = read.issueDate ?? this.ensureDraft(order).invoiceDate;
    this.updateDraft(order, {
      quantities,
      number: read.number.slice(0, 64),
      invoiceDate,
      paymentDate: read.dueDate ?? defaultPaymentDate(invoiceDate, order.paymentTermsDays),
    });
    this.touch('items', 'number', 'invoiceDate', 'paymentDate');
  }

  /** The XRechnung of the draft, or what keeps it from being made; the same value while nothing it is made of changes. */
  private eInvoiceResult(loaded: Loaded, draft: InvoiceDraft): EInvoiceResult {
    const made = this.eInvoiceOf;
    if (made?.loaded === loaded && made.quantities === draft.quantities && made.number === draft.number && made.invoiceDate === draft.invoiceDate && made.paymentDate === draft.paymentDate) {
      return made.result;
    }
    const result = this.makeEInvoice(loaded, draft);
    this.eInvoiceOf = { loaded, quantities: draft.quantities, number: draft.number, invoiceDate: draft.invoiceDate, paymentDate: draft.paymentDate, result };
    return result;
  }

  private makeEInvoice(loaded: Loaded, draft: InvoiceDraft): EInvoiceResult {
    return eInvoiceFor({
      order: loaded.order,
      profile: loaded.profile,
      bankDetails: loaded.profile.bankDetails,
      number: draft.number,
      invoiceDate: draft.invoiceDate,
      paymentDate: draft.paymentDate,
      items: this.items(draft),
    });
  }

  private touch(...fields: string[]): void {
    this.touched = new Set([...this.touched, ...fields]);
  }

  private items(draft: InvoiceDraft): ShipmentItem[] {
    return Object.entries(draft.quantities)
      .filter(([, quantity]) => quantity > 0)
      .map(([positionId, quantity]) => ({ positionId, quantity }));
  }

  /** The positions with something shipped and not yet invoiced, in order. */
  private invoiceablePositions(order: Order): readonly Position[] {
    if (this.invoiceableOf?.order !== order) this.invoiceableOf = { order, positions: order.positions.filter((position) => invoiceableQuantity(order, position) > 0) };
    return this.invoiceableOf.positions;
  }

  /** The lines of the review: every position invoiced, with its quantity and price. */
  private reviewLines(order: Order, draft: InvoiceDraft): readonly ReviewLine[] {
    const cached = this.reviewLinesOf;
    if (cached?.order === order && cached.quantities === draft.quantities) return cached.lines;
    const lines = this.items(draft).flatMap((item) => {
      const position = positionById(order, item.positionId);
      return position ? [{ position, quantity: item.quantity, unitPriceMinor: position.unitPriceMinor }] : [];
    });
    this.reviewLinesOf = { order, quantities: draft.quantities, lines };
    return lines;
  }

  /**
   * The review's XRechnung section. Writing the XML of a long invoice takes a while: then the review shows first
   * (items, totals, what is missing), the XML is written in a task of its own, and the section with its download
   * follows in another. Written once per e-invoice (again only when the draft changes).
   */
  private renderEInvoiceReview(loaded: Loaded, draft: InvoiceDraft): TemplateResult {
    const result = this.eInvoiceResult(loaded, draft);
    if (!result.ok || result.invoice.lines.length <= LONG_INVOICE_LINES || this.xmlWritten === result.invoice) {
      return this.eInvoice.renderReview(result, draft.sendEInvoice !== false, (send) => this.updateDraft(loaded.order, { sendEInvoice: send }), loaded.order.currency);
    }
    clearTimeout(this.eInvoiceTimer);
    this.eInvoiceTimer = setTimeout(() => {
      writeXRechnung(result.invoice);
      this.xmlWritten = result.invoice;
      // Render (and make the download's blob) in a task after this one, not in this task's microtasks.
      this.eInvoiceTimer = setTimeout(() => this.requestUpdate());
    });
    return html`<section part="e-invoice" aria-labelledby="e-invoice-title" aria-busy="true">
      <h4 id="e-invoice-title">${this.i18n.t('eInvoice.title')}</h4>
      <p class="muted">${this.i18n.t('eInvoice.preparing')}</p>
    </section>`;
  }

  /* ---------- validation ---------- */

  private detailProblems(order: Order, draft: InvoiceDraft) {
    const problems = checkInvoiceDetails(
      { number: draft.number, invoiceDate: draft.invoiceDate || null, paymentDate: draft.paymentDate || null },
      { today: this.today(order) },
    );
    return problems;
  }

  private bankProblems(profile: CompanyProfile) {
    return this.editingBank || !profile.bankDetails ? checkBankDetails(this.bank) : {};
  }

  private itemsValid(order: Order, draft: InvoiceDraft): boolean {
    return checkInvoiceItems(order, this.items(draft)).length === 0;
  }

  private stateOf(field: string, problem: string | undefined): FieldState {
    const server = this.submitter.fieldErrors[field];
    if (server) return { kind: 'error', message: server };
    if (!this.touched.has(field)) return NO_STATE;
    return problem ? { kind: 'error', message: problem } : { kind: 'valid' };
  }

  /* ---------- steps ---------- */

  private async goTo(order: Order, step: 0 | 1 | 2): Promise<void> {
    this.updateDraft(order, { step });
    this.submitter.dismiss();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3[tabindex="-1"]')?.focus();
  }

  private async continueFromPositions(order: Order): Promise<void> {
    this.touch('items');
    const draft = this.ensureDraft(order);
    if (this.itemsValid(order, draft)) return this.goTo(order, 1);
    // The first position over its limit may be on another page, or hidden by the filter: show it, then focus it.
    const over = checkInvoiceItems(order, this.items(draft)).find((problem) => problem.kind !== 'nothing-selected');
    if (!over || !('positionId' in over)) return;
    const positions = this.invoiceablePositions(order);
    this.positionsList.reveal(positions, positions.findIndex((position) => position.id === over.positionId));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`input.qty[data-position="${CSS.escape(over.positionId)}"]`)?.focus();
  }

  private async continueFromDetails(loaded: Loaded): Promise<void> {
    const { order, profile } = loaded;
    this.touch('number', 'invoiceDate', 'paymentDate', ...(this.editingBank || !profile.bankDetails ? BANK_FIELDS : []));
    const detailProblems = this.detailProblems(order, this.ensureDraft(order));
    const bankProblems = this.bankProblems(profile);
    if (Object.keys(detailProblems).length || Object.keys(bankProblems).length || this.submitter.fieldErrors['number']) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (this.editingBank || !profile.bankDetails) {
      const saved = await this.submitter.submit(({ idempotencyKey, signal }) => this.api.adapter.saveBankDetails(this.bank, { idempotencyKey, signal }), {
        key: this.bankKey,
        retry: () => void this.continueFromDetails(loaded),
      });
      if (!saved) return;
      this.bankKey = newIdempotencyKey();
      this.editingBank = false;
      this.bank = EMPTY_BANK;
      await this.loadTask.run();
    }
    await this.goTo(order, 2);
  }

  private async handleFile(file: File): Promise<void> {
    const loaded = this.loadTask.value;
    if (!loaded || !file) return;
    this.fileProblem = '';
    const problem = await checkFile(file, 'pdf', loaded.rules.maxDocumentBytes);
    if (problem) {
      this.fileProblem = fileProblemMessage(file.name, problem, this.i18n);
      return;
    }
    const documentUpload = this.documentUploadFor(loaded.order, file);
    const upload = { name: file.name, progress: null as UploadProgress | null };
    this.upload = upload;
    const document = await this.submitter.submit(
      ({ idempotencyKey, signal }) =>
        this.api.adapter.uploadInvoiceDocument(loaded.order.id, { name: file.name, blob: file }, {
          idempotencyKey,
          signal,
          onProgress: (progress) => {
            upload.progress = progress;
            this.requestUpdate();
          },
        }),
      { key: documentUpload.key, retry: () => void this.handleFile(file) },
    );
    this.upload = null;
    if (document) this.updateDraft(loaded.order, { documentId: document.id, documentName: document.name });
  }

  /**
   * The upload of `file` as the draft keeps it: the same file (name, size, last change) keeps its key, so sending it
   * again after a reload or a failure stores one document; another file gets a new key, saved before it is sent.
   */
  private documentUploadFor(order: Order, file: File): DocumentUploadDraft {
    const kept = this.ensureDraft(order).documentUpload;
    if (kept && kept.name === file.name && kept.size === file.size && kept.lastModified === file.lastModified) return kept;
    const documentUpload = { key: newIdempotencyKey(), name: file.name, size: file.size, lastModified: file.lastModified };
    this.updateDraft(order, { documentUpload });
    return documentUpload;
  }

  private missing(loaded: Loaded, draft: InvoiceDraft): string[] {
    const missing: string[] = [];
    if (!this.itemsValid(loaded.order, draft)) missing.push(this.i18n.t('missing.items'));
    if (!loaded.profile.bankDetails || this.editingBank) missing.push(this.i18n.t('missing.bank'));
    if (Object.keys(this.detailProblems(loaded.order, draft)).length || this.submitter.fieldErrors['number']) missing.push(this.i18n.t('missing.details'));
    if (!draft.documentId) missing.push(this.i18n.t('missing.document'));
    return missing;
  }

  private async save(loaded: Loaded): Promise<void> {
    const draft = this.ensureDraft(loaded.order);
    if (this.missing(loaded, draft).length) return;
    const eInvoice = draft.sendEInvoice === false ? null : this.eInvoiceResult(loaded, draft);
    let eInvoiceDocumentId: string | null = null;
    if (eInvoice?.ok) {
      eInvoiceDocumentId = await this.submitter.submit(() => this.eInvoice.uploadFor(loaded.order.id, eInvoice, this.api.adapter), { retry: () => void this.save(loaded) });
      if (!eInvoiceDocumentId) return;
    }
    const invoice = await this.submitter.submit(
      ({ idempotencyKey, signal }) =>
        this.api.adapter.createInvoice(
          loaded.order.id,
          { number: draft.number.trim(), invoiceDate: draft.invoiceDate, paymentDate: draft.paymentDate, items: this.items(draft), documentId: draft.documentId!, eInvoiceDocumentId },
          { idempotencyKey, signal },
        ),
      { key: draft.idempotencyKey, retry: () => void this.save(loaded) },
    );
    if (!invoice) {
      if (this.submitter.fieldErrors['number']) {
        await this.goTo(loaded.order, 1);
        this.renderRoot.querySelector<HTMLInputElement>('#invoice-number')?.focus();
      }
      return;
    }
    invoiceDrafts.clear(loaded.order.id);
    this.draft = null;
    this.draftAdjustments = [];
    this.correcting = false;
    this.announcement = this.i18n.t('saved', { number: invoice.number });
    this.dispatchEvent(new InvoiceSubmittedEvent({ orderId: loaded.order.id, invoice }));
    await this.loadTask.run();
  }

  /* ---------- render ---------- */

  override render(): TemplateResult {
    return html`<div role="status" class="visually-hidden">${this.announcement}</div>
      ${renderTask(this.loadTask, this.i18n, { complete: (loaded) => this.renderLoaded(loaded) })}`;
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    const { order } = loaded;
    const invoice = currentInvoice(order);
    if (invoiceStatus(order) === 'locked') return html`<p class="muted">${this.i18n.t('locked')}</p>`;
    if (invoice && !this.correcting && invoice.status !== 'rejected') return renderInvoiceStatus(order, invoice, this.i18n, () => this.resubmit(order, invoice));
    if (invoice?.status === 'rejected' && !this.correcting && !this.draft) return renderInvoiceStatus(order, invoice, this.i18n, () => this.resubmit(order, invoice));
    const draft = this.draft ?? this.startDraft(order);
    const steps = STEPS.map((key) => ({ key, label: this.i18n.t(`step.${key}`) }));
    return html`${this.renderDraftAdjusted(order)} ${renderStepper(steps, draft.step, this.i18n, this.i18n.t('stepsLabel'))}
      ${(draft.step === 0 ? renderPositionsStep : draft.step === 1 ? renderDetailsStep : renderReviewStep)(this.stepHost(loaded, draft))}
      ${this.submitter.error ? errorView(this.submitter.error, this.i18n, () => this.submitter.retry()) : nothing}`;
  }

  private renderDraftAdjusted(order: Order) {
    const i18n = this.i18n;
    return renderDraftAdjusted(this.draftAdjustments, order.positions, {
      title: i18n.t('draftAdjusted.title'),
      removed: (count) => i18n.t('draftAdjusted.removed', { count }),
      reduced: (part, from, to) => i18n.t('draftAdjusted.reduced', { part, from: i18n.number(from), to: i18n.number(to) }),
    });
  }

  private resubmit(order: Order, invoice: Invoice): void {
    this.correcting = true;
    this.draft = this.startDraft(order, invoice);
  }

  private stepHost(loaded: Loaded, draft: InvoiceDraft): InvoiceStepHost {
    const { order, profile } = loaded;
    return {
      i18n: this.i18n,
      loaded,
      draft,
      busy: this.submitter.sending,
      touched: this.touched,
      bank: this.bank,
      showBankForm: this.editingBank || !profile.bankDetails,
      today: this.today(order),
      positionsList: this.positionsList,
      reviewList: this.reviewList,
      fileProblem: this.fileProblem,
      invoiceablePositions: () => this.invoiceablePositions(order),
      reviewLines: () => this.reviewLines(order, draft),
      items: () => this.items(draft),
      fieldState: (field, problem) => this.stateOf(field, problem),
      detailProblems: () => this.detailProblems(order, draft),
      bankProblems: () => this.bankProblems(profile),
      detailMessage: (field, problem) => detailMessage(this.i18n, field, problem),
      bankMessage: (field, problem) => bankMessage(this.i18n, field, problem),
      missing: () => this.missing(loaded, draft),
      setQuantity: (positionId, quantity) => this.updateDraft(order, { quantities: { ...this.ensureDraft(order).quantities, [positionId]: quantity } }),
      setBank: (field, value) => (this.bank = { ...this.bank, [field]: value }),
      setDetail: (field, value) => this.setDetail(order, draft, field, value),
      touch: (field) => this.touch(field),
      editBank: () => {
        this.editingBank = true;
        this.bank = { ...profile.bankDetails! };
      },
      goTo: (step) => void this.goTo(order, step),
      continueFromPositions: () => void this.continueFromPositions(order),
      continueFromDetails: () => void this.continueFromDetails(loaded),
      save: () => void this.save(loaded),
      renderEInvoiceImport: () => this.eInvoice.renderImport(order, loaded.rules.maxDocumentBytes),
      renderEInvoiceReview: () => this.renderEInvoiceReview(loaded, draft),
      renderDocumentUpload: () => this.renderDocumentUpload(loaded),
    };
  }

  private setDetail(order: Order, draft: InvoiceDraft, field: DetailField, value: string): void {
    if (field === 'number' && this.submitter.fieldErrors['number']) this.submitter.fieldErrors = { ...this.submitter.fieldErrors, number: '' };
    const change: Partial<InvoiceDraft> = { [field]: value };
    if (field === 'invoiceDate' && value && draft.paymentDate === defaultPaymentDate(draft.invoiceDate || value, order.paymentTermsDays)) {
      Object.assign(change, { paymentDate: defaultPaymentDate(value, order.paymentTermsDays) });
    }
    this.updateDraft(order, change);
    this.touch(field);
  }

  private renderDocumentUpload(loaded: Loaded): TemplateResult {
    const i18n = this.i18n;
    if (this.upload) return renderUploadProgress(this.upload.name, this.upload.progress, () => this.submitter.abort(), i18n);
    return this.drop.render(
      { id: 'invoice-file', label: i18n.t('uploadLabel'), accept: 'application/pdf,.pdf', hint: i18n.t('uploadHint', { limit: i18n.fileSize(loaded.rules.maxDocumentBytes) }) },
      i18n,
    );
  }
}
