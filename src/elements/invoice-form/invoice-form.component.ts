import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calendarDateIn } from '../../domain/dates.js';
import { checkInvoiceItems } from '../../domain/invoice-rules.js';
import { currentInvoice, invoiceStatus } from '../../domain/stages.js';
import type { Invoice, Order, Position } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { renderDraftAdjusted } from '../shared/draft-adjusted.js';
import { SubmitController } from '../shared/submit-controller.js';
import { LongList, positionText } from '../shared/long-list.js';
import { renderStepper } from '../shared/stepper.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { errorView, renderTask } from '../shared/task-view.js';
import { BankDetailsEditor } from './bank-details-editor.js';
import { FieldStates } from './field-states.js';
import { EInvoiceController } from './e-invoice-controller.js';
import { EInvoiceReviewController } from './e-invoice-review-controller.js';
import { draftDetailProblems, draftItems, draftItemsValid, startDraft, type InvoiceDraft } from './invoice-draft.js';
import { InvoiceDraftController } from './invoice-draft-controller.js';
import { InvoiceSubmittedEvent } from './invoice-form.events.js';
import { invoiceFormMessages } from './invoice-form.messages.js';
import { invoiceFormStyleSheets } from './invoice-form.styles.js';
import { InvoiceLines } from './invoice-lines.js';
import { fieldErrorsInWords } from './problem-messages.js';
import { sendInvoice } from './send-invoice.js';
import { SignedPdfController } from './signed-pdf-controller.js';
import { renderInvoiceStatus } from './status-view.js';
import { renderDetailsStep } from './steps/details-step.js';
import { renderPositionsStep } from './steps/positions-step.js';
import { renderReviewStep } from './steps/review-step.js';
import { BANK_FIELDS, type InvoiceStepHost, type Loaded, type ReviewLine } from './steps/step-host.js';

const STEPS = ['positions', 'details', 'review'] as const;

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
  static override styles = [...SupplierElement.styles, ...invoiceFormStyleSheets];

  /** The order invoiced. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /** The current time, for "not in the future"; defaults to now. */
  @property({ attribute: false }) now?: Date;

  @state() private announcement = '';
  @state() private correcting = false;

  private readonly i18n = new LocalizeController(this, invoiceFormMessages);
  /** Every write (bank details, the signed PDF, the e-invoice, the invoice): busy, error with "Try again", field errors, reload on conflict. */
  private readonly submitter = new SubmitController(this, {
    // Someone changed the order meanwhile: show the fresh order; the draft (in this element's state) is kept.
    onConflict: () => void this.loadTask.run(),
    mapFieldErrors: (fieldErrors) => fieldErrorsInWords(fieldErrors, this.i18n),
  });
  private readonly signedPdf = new SignedPdfController(this, this.i18n, this.submitter, {
    api: () => this.api.adapter,
    loaded: () => this.loadTask.value,
    uploadFor: (loaded, file) => this.drafts.documentUploadFor(loaded.order, file),
    uploaded: (loaded, document) =>
      this.drafts.update(loaded.order, { documentId: document.id, documentName: document.name }),
  });
  private readonly eInvoice = new EInvoiceController(
    this,
    this.i18n,
    // An e-invoice from the supplier's ERP fills in the draft (fitted to the order as it is now: it may have been reloaded).
    (order, read, match) =>
      this.drafts.fillFrom(order, this.loadTask.value?.order ?? order, read, match) &&
      this.fields.touch('items', 'number', 'invoiceDate', 'paymentDate'),
    () => this.renderRoot.querySelector<HTMLInputElement>('input.qty')?.focus(),
  );
  private readonly eInvoiceReview = new EInvoiceReviewController(this, this.i18n);
  /** The pages of the positions step and the review table (an order may have 10,000 positions). */
  private readonly positionsList = new LongList<Position>(this, { id: 'invoice-positions', text: positionText });
  private readonly reviewList = new LongList<ReviewLine>(this, {
    id: 'review-items',
    text: (line) => positionText(line.position),
  });
  private readonly lines = new InvoiceLines();
  private readonly drafts = new InvoiceDraftController(this, (order) => this.today(order));
  private readonly bankEditor = new BankDetailsEditor(this, this.submitter);
  private readonly fields = new FieldStates(this, this.submitter);

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<Loaded> => {
      const api = this.api.adapter;
      const [order, profile, rules] = await Promise.all([
        api.getOrder(orderId, { signal }),
        api.getCompanyProfile({ signal }),
        api.getPackagingRules({ signal }),
      ]);
      this.drafts.loaded(order, profile);
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

  /** A draft resumed on an earlier step: its heading takes focus once shown. */
  protected override updated(): void {
    const heading = this.drafts.resumed ? this.renderRoot.querySelector<HTMLElement>('#step-heading') : null;
    if (!heading) return;
    this.drafts.resumed = false;
    heading.focus();
  }

  /** The number and dates are not valid yet, or the platform refused the number. */
  private detailsBlocked(order: Order, draft: InvoiceDraft): boolean {
    return (
      Object.keys(draftDetailProblems(draft, this.today(order))).length > 0 || !!this.submitter.fieldErrors['number']
    );
  }

  /** What is still needed to save, in words. */
  private missing({ order, profile }: Loaded, draft: InvoiceDraft): string[] {
    const t = (key: 'items' | 'bank' | 'details' | 'document') => this.i18n.t(`missing.${key}`);
    return [
      ...(draftItemsValid(order, draft) ? [] : [t('items')]),
      ...(this.bankEditor.showsForm(profile) ? [t('bank')] : []),
      ...(this.detailsBlocked(order, draft) ? [t('details')] : []),
      ...(draft.documentId ? [] : [t('document')]),
    ];
  }

  private async goTo(order: Order, step: 0 | 1 | 2): Promise<void> {
    this.drafts.update(order, { step });
    this.submitter.dismiss();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private async continueFromPositions(order: Order): Promise<void> {
    this.fields.touch('items');
    const draft = this.drafts.ensure(order);
    if (draftItemsValid(order, draft)) return this.goTo(order, 1);
    // The first position over its limit may be on another page, or hidden by the filter: show it, then focus it.
    const over = checkInvoiceItems(order, draftItems(draft)).find((problem) => problem.kind !== 'nothing-selected');
    if (!over || !('positionId' in over)) return;
    const positions = this.lines.invoiceable(order);
    this.positionsList.reveal(
      positions,
      positions.findIndex((position) => position.id === over.positionId),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`input.qty[data-position="${CSS.escape(over.positionId)}"]`)?.focus();
  }

  private async continueFromDetails(loaded: Loaded): Promise<void> {
    const { order, profile } = loaded;
    this.fields.touch(
      'number',
      'invoiceDate',
      'paymentDate',
      ...(this.bankEditor.showsForm(profile) ? BANK_FIELDS : []),
    );
    if (
      this.detailsBlocked(order, this.drafts.ensure(order)) ||
      Object.keys(this.bankEditor.problems(profile)).length
    ) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const bank = await this.bankEditor.save(this.api.adapter, profile, () => void this.continueFromDetails(loaded));
    if (bank === 'failed') return;
    if (bank === 'saved') await this.loadTask.run();
    await this.goTo(order, 2);
  }

  private async save(loaded: Loaded): Promise<void> {
    const draft = this.drafts.ensure(loaded.order);
    if (this.missing(loaded, draft).length) return;
    const invoice = await sendInvoice(
      loaded,
      draft,
      { api: this.api.adapter, submitter: this.submitter, eInvoice: this.eInvoiceReview },
      () => void this.save(loaded),
    );
    if (!invoice) {
      if (this.submitter.fieldErrors['number']) {
        await this.goTo(loaded.order, 1);
        this.renderRoot.querySelector<HTMLInputElement>('#invoice-number')?.focus();
      }
      return;
    }
    this.drafts.clear(loaded.order.id);
    this.correcting = false;
    this.announcement = this.i18n.t('saved', { number: invoice.number });
    this.dispatchEvent(new InvoiceSubmittedEvent({ orderId: loaded.order.id, invoice }));
    await this.loadTask.run();
  }

  override render(): TemplateResult {
    return html`<div role="status" class="visually-hidden">${this.announcement}</div>
      ${renderTask(this.loadTask, this.i18n, { complete: (loaded) => this.renderLoaded(loaded) })}`;
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    const { order } = loaded;
    const invoice = currentInvoice(order);
    if (invoiceStatus(order) === 'locked') return html`<p class="muted">${this.i18n.t('locked')}</p>`;
    if (invoice && !this.correcting && (invoice.status !== 'rejected' || !this.drafts.draft)) {
      return renderInvoiceStatus(order, invoice, this.i18n, () => this.resubmit(order, invoice));
    }
    const draft = this.drafts.draft ?? startDraft(order, this.today(order));
    const steps = STEPS.map((key) => ({ key, label: this.i18n.t(`step.${key}`) }));
    return html`${this.renderDraftAdjusted(order)}
    ${renderStepper(steps, draft.step, this.i18n, this.i18n.t('stepsLabel'))}
    ${(draft.step === 0 ? renderPositionsStep : draft.step === 1 ? renderDetailsStep : renderReviewStep)(this.stepHost(loaded, draft))}
    ${this.submitter.error ? errorView(this.submitter.error, this.i18n, () => this.submitter.retry()) : nothing}`;
  }

  private renderDraftAdjusted(order: Order) {
    const i18n = this.i18n;
    return renderDraftAdjusted(this.drafts.adjustments, order.positions, {
      title: i18n.t('draftAdjusted.title'),
      removed: (count) => i18n.t('draftAdjusted.removed', { count }),
      reduced: (part, from, to) =>
        i18n.t('draftAdjusted.reduced', { part, from: i18n.number(from), to: i18n.number(to) }),
    });
  }

  private resubmit(order: Order, invoice: Invoice): void {
    this.correcting = true;
    this.drafts.correct(order, invoice);
  }

  private stepHost(loaded: Loaded, draft: InvoiceDraft): InvoiceStepHost {
    const { order, profile } = loaded;
    return {
      i18n: this.i18n,
      headingLevel: this.headingLevel,
      loaded,
      draft,
      busy: this.submitter.sending,
      touched: this.fields.touched,
      bank: this.bankEditor.bank,
      showBankForm: this.bankEditor.showsForm(profile),
      today: this.today(order),
      positionsList: this.positionsList,
      reviewList: this.reviewList,
      fileProblem: this.signedPdf.problem,
      invoiceablePositions: () => this.lines.invoiceable(order),
      reviewLines: () => this.lines.review(order, draft),
      fieldState: (field, problem) => this.fields.of(field, problem),
      detailProblems: () => draftDetailProblems(draft, this.today(order)),
      bankProblems: () => this.bankEditor.problems(profile),
      missing: () => this.missing(loaded, draft),
      setQuantity: (positionId, quantity) =>
        this.drafts.update(order, { quantities: { ...this.drafts.ensure(order).quantities, [positionId]: quantity } }),
      setBank: (field, value) => this.bankEditor.set(field, value),
      setDetail: (field, value) => {
        if (field === 'number' && this.submitter.fieldErrors['number'])
          this.submitter.fieldErrors = { ...this.submitter.fieldErrors, number: '' };
        this.drafts.setDetail(order, field, value);
        this.fields.touch(field);
      },
      touch: (field) => this.fields.touch(field),
      editBank: () => {
        if (profile.bankDetails) this.bankEditor.edit(profile.bankDetails);
      },
      goTo: (step) => void this.goTo(order, step),
      continueFromPositions: () => void this.continueFromPositions(order),
      continueFromDetails: () => void this.continueFromDetails(loaded),
      save: () => void this.save(loaded),
      renderEInvoiceImport: () =>
        this.eInvoice.renderImport(order, loaded.rules.maxDocumentBytes, this.headingLevel + 1),
      renderEInvoiceReview: () =>
        this.eInvoiceReview.render(
          loaded,
          draft,
          (send) => this.drafts.update(order, { sendEInvoice: send }),
          this.headingLevel + 1,
        ),
      renderDocumentUpload: () => this.signedPdf.render(loaded.rules.maxDocumentBytes),
    };
  }
}
