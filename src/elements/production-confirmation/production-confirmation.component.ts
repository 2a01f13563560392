import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SupplierApiError, isAbortError } from '../../api/errors.js';
import { calendarDateIn } from '../../domain/dates.js';
import { positionById } from '../../domain/positions.js';
import { toLineAnswer } from '../../domain/line-acknowledgement.js';
import { productionStatus } from '../../domain/stages.js';
import type { AcknowledgedLine, CalendarDate, DocumentRef, Order, Position, StageStatus } from '../../domain/types.js';
import { SubmitController } from '../shared/submit-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { fieldStyles } from '../shared/field.styles.js';
import { safeHref } from '../shared/safe-url.js';
import { statusBadgeStyles } from '../shared/status-badge.js';
import { LongList, longListStyles, positionText } from '../shared/long-list.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { errorView, renderTask } from '../shared/task-view.js';
import { renderLineAcknowledgement } from './line-acknowledgement-view.js';
import {
  draftErrors,
  inputOf,
  lineAnswerDrafts,
  lineOf,
  newLinesDraft,
  serverLineErrors,
  type LineDraft,
  type LineErrors,
  type LinesDraft,
} from './line-answers-draft.js';
import { renderLineAnswersForm } from './line-answers-form.js';
import {
  OrderConfirmedEvent,
  OrderLinesAcknowledgedEvent,
  OrderLinesAnsweredEvent,
} from './production-confirmation.events.js';
import { productionConfirmationMessages } from './production-confirmation.messages.js';
import { productionConfirmationStyles } from './production-confirmation.styles.js';
import { renderIcon } from '../shared/icon.js';
import { circleDotIcon } from '../shared/icons/circle-dot.js';
import { downloadIcon } from '../shared/icons/download.js';
import { successIcon } from '../shared/icons/success.js';
import { waitingIcon } from '../shared/icons/waiting.js';

interface Loaded {
  readonly order: Order;
  readonly productionOrder: DocumentRef | null;
  /** Why the production order could not be had (the order itself loaded). */
  readonly productionOrderError: unknown;
}

/**
 * The Production stage: when the order was confirmed at application, nothing is
 * asked. Otherwise "Download Production Order", then "Order Confirmation" opens a
 * modal dialog whose "Confirm" confirms the order once, however often it is pressed.
 *
 * Besides it, "Answer per line" opens a form to answer each position (EDI 855 in spirit): accept,
 * accept a smaller quantity, propose a later delivery date, or decline with a reason. The draft
 * survives a reload; "Send answers" sends them once per idempotency key. Then the platform's
 * response shows per line (pending, accepted, counter-proposal); while any is pending the element
 * checks again every `pollInterval` ms. A counter-proposal is accepted with "Order Confirmation".
 *
 * @summary Production order download, order confirmation, and answers per line with the platform's responses.
 *
 * @fires {OrderConfirmedEvent} order-confirmed - Detail `{ orderId, order }`: the order is confirmed.
 * @fires {OrderLinesAcknowledgedEvent} order-lines-acknowledged - Detail `{ orderId, order, answers }`: answers per line were sent.
 * @fires {OrderLinesAnsweredEvent} order-lines-answered - Detail `{ orderId, order }`: the platform responded to every line.
 *
 * @csspart download - The "Download Production Order" link.
 * @csspart confirm-button - The "Order Confirmation" button.
 * @csspart dialog - The confirm dialog.
 * @csspart done - The "already confirmed" message.
 * @csspart lines-button - The "Answer per line" button.
 * @csspart lines-form - The form of answers per line.
 * @csspart line - One position in that form.
 * @csspart list-filter - Above a list of more than 50 positions: the "Find a position" box and the live count (also `list-filter-input`, `list-count`).
 * @csspart list-pager - Below such a list: Previous / page / Next (also `list-previous-button`, `list-next-button`).
 * @csspart lines-summary - The summary of the answers.
 * @csspart send-lines-button - The "Send answers" button.
 * @csspart line-results - The answers sent and the platform's response per line.
 * @csspart status-badge - A line's response (icon and words).
 * @csspart field - A labelled field; also `field-label`, `input`, `select`, `field-status`, `field-error`.
 * @csspart button - Every button.
 * @csspart error - An error with "Try again".
 *
 * @cssprop --sf-color-success - The confirmed mark and accepted lines.
 * @cssprop --sf-color-danger - Counter-proposals and field errors.
 * @cssprop --sf-color-info - Pending lines.
 */
export class ProductionConfirmation extends SupplierElement {
  static override styles = [
    ...SupplierElement.styles,
    fieldStyles,
    statusBadgeStyles,
    longListStyles,
    productionConfirmationStyles,
  ];

  /** The order to confirm. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /** While the platform's responses per line are pending, how often to check again, in ms (0: never). */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 10_000;

  /** The current time ("today" for proposed dates, in the order's time zone); defaults to now. */
  @property({ attribute: false }) now?: Date;

  @state() private linesDraft: LinesDraft | null = null;
  @state() private lineErrors: LineErrors = {};
  /** After a first "Send answers", errors follow every change. */
  @state() private checkLines = false;

  @state() private announcement = '';

  @query('dialog') private readonly dialog?: HTMLDialogElement;
  @query('[part~="confirm-button"]') private readonly opener?: HTMLButtonElement;

  private readonly i18n = new LocalizeController(this, productionConfirmationMessages);
  /** The page of lines the form shows, and of the sent answers. */
  private readonly lines = new LongList<Position>(this, { id: 'lines', text: positionText });
  private readonly results = new LongList<AcknowledgedLine>(this, {
    id: 'line-results',
    text: (line) => this.resultText(line),
  });
  /** Sending the line answers with the draft's key; the platform's field errors become line errors. */
  private readonly linesSubmit = new SubmitController(this, { onConflict: () => void this.loadTask.run() });
  /** One key per dialog opening (reset when it opens): a double click or a retry confirms once. */
  private readonly confirmSubmit = new SubmitController(this);

  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<Loaded> => {
      const api = this.api.adapter;
      const previous = this.loadTask.value?.order;
      const order = await api.getOrder(orderId, { signal });
      this.noticeResponses(previous, order);
      const status = productionStatus(order);
      if (status === 'done' || status === 'waiting')
        return { order, productionOrder: null, productionOrderError: null };
      try {
        return {
          order,
          productionOrder: await api.getProductionOrder(orderId, { signal }),
          productionOrderError: null,
        };
      } catch (error) {
        if (isAbortError(error)) throw error;
        return { order, productionOrder: null, productionOrderError: error };
      }
    },
    args: () => [this.orderId, this.api.revision] as const,
  });

  /** Loads the order again. */
  reload(): Promise<unknown> {
    return this.loadTask.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('orderId') && changed.get('orderId') !== undefined) {
      this.linesDraft = null;
      this.lineErrors = {};
      this.checkLines = false;
      this.linesSubmit.dismiss();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const order = this.loadTask.value?.order;
    if (this.pollTimer !== undefined || this.pollInterval <= 0 || !order || productionStatus(order) !== 'waiting')
      return;
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      if (this.isConnected) void this.loadTask.run();
    }, this.pollInterval);
  }

  /** Announces (and tells the host) when the platform's last pending response arrived. */
  private noticeResponses(previous: Order | undefined, order: Order): void {
    if (
      !previous ||
      previous.id !== order.id ||
      productionStatus(previous) !== 'waiting' ||
      productionStatus(order) === 'waiting'
    )
      return;
    if (!order.production.lineAcknowledgement) return;
    this.announcement = this.i18n.t('answeredAnnouncement', { number: order.number });
    this.dispatchEvent(new OrderLinesAnsweredEvent({ orderId: order.id, order }));
  }

  private today(order: Order): CalendarDate {
    return calendarDateIn(this.now ?? new Date(), order.timeZone);
  }

  /** The filter text of a sent answer: its position's, or its position id when the order no longer has it. */
  private resultText(line: AcknowledgedLine): string {
    const order = this.loadTask.value?.order;
    const position = order ? positionById(order, line.answer.positionId) : undefined;
    return position ? positionText(position) : line.answer.positionId;
  }

  private async handleOpenLines(order: Order): Promise<void> {
    this.linesDraft = lineAnswerDrafts.load(order.id) ?? newLinesDraft(order);
    this.lines.reset();
    this.linesSubmit.dismiss();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#lines-title')?.focus();
  }

  private async handleCloseLines(): Promise<void> {
    this.linesDraft = null;
    this.lineErrors = {};
    this.checkLines = false;
    this.linesSubmit.dismiss();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="lines-button"]')?.focus();
  }

  private handleLineChange(order: Order, positionId: string, change: Partial<LineDraft>): void {
    const draft = this.linesDraft;
    if (!draft) return;
    const next: LinesDraft = {
      ...draft,
      lines: { ...draft.lines, [positionId]: { ...lineOf(draft, positionId), ...change } },
    };
    this.linesDraft = next;
    lineAnswerDrafts.save(order.id, next);
    if (this.checkLines) this.lineErrors = draftErrors(order, next, this.today(order));
  }

  private async handleSendLines(order: Order): Promise<void> {
    const draft = this.linesDraft;
    if (!draft || this.linesSubmit.sending) return;
    const errors = draftErrors(order, draft, this.today(order));
    this.checkLines = true;
    this.lineErrors = errors;
    const invalid = Object.values(errors).reduce((sum, fields) => sum + Object.keys(fields).length, 0);
    if (invalid > 0) {
      this.announcement = this.i18n.t('invalidAnnouncement', { count: invalid });
      // The first invalid line may be on another page, or hidden by the filter: show it, then focus it.
      this.lines.reveal(
        order.positions,
        order.positions.findIndex((position) => position.id in errors),
      );
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(
          '[part~="lines-form"] [aria-invalid="true"]:is(input, select), [part~="lines-form"] [role="radiogroup"][aria-invalid="true"] input',
        )
        ?.focus();
      return;
    }
    const answers = order.positions.map((position) => toLineAnswer(inputOf(position.id, lineOf(draft, position.id))));
    const answered = await this.linesSubmit.submit(
      ({ idempotencyKey }) => this.api.adapter.acknowledgeOrderLines(order.id, answers, { idempotencyKey }),
      {
        key: draft.idempotencyKey,
        retry: () => void this.handleSendLines(order),
      },
    );
    const error = this.linesSubmit.error;
    const fromServer = error?.kind === 'validation' ? serverLineErrors(order, error.fieldErrors) : null;
    if (fromServer) {
      this.lineErrors = fromServer;
      this.lines.reveal(
        order.positions,
        order.positions.findIndex((position) => position.id in fromServer),
      );
    }
    if (!answered) return;
    lineAnswerDrafts.clear(order.id);
    this.linesDraft = null;
    this.checkLines = false;
    this.announcement = this.i18n.t('sentAnnouncement', { number: answered.number });
    this.dispatchEvent(new OrderLinesAcknowledgedEvent({ orderId: order.id, order: answered, answers }));
    await this.loadTask.run();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#lines-result-title')?.focus();
  }

  private openDialog(): void {
    this.confirmSubmit.reset();
    // The dialog gives focus back to what had it when it opened: make that the opener, however it was activated.
    this.opener?.focus();
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="dialog-confirm"]')?.focus();
  }

  private closeDialog(): void {
    this.dialog?.close();
  }

  private handleDialogClose(): void {
    this.opener?.focus();
  }

  private async confirm(order: Order): Promise<void> {
    const confirmed = await this.confirmSubmit.submit(
      ({ idempotencyKey }) => this.api.adapter.confirmOrder(order.id, { idempotencyKey }),
      {
        retry: () => void this.confirm(order),
      },
    );
    if (!confirmed) return;
    this.closeDialog();
    this.announcement = this.i18n.t('confirmedAnnouncement', { number: confirmed.number });
    this.dispatchEvent(new OrderConfirmedEvent({ orderId: order.id, order: confirmed }));
    await this.loadTask.run();
    // The Confirm button is gone: focus goes to the line that says the order is confirmed, not to the page.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="done"]')?.focus();
  }

  override render(): TemplateResult {
    return html`<div role="status" class="visually-hidden">${this.announcement}</div>
      ${renderTask(this.loadTask, this.i18n, { complete: (loaded) => this.renderLoaded(loaded) })}`;
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    const { order } = loaded;
    const i18n = this.i18n;
    const acknowledgement = order.production.lineAcknowledgement;
    const results = acknowledgement ? renderLineAcknowledgement(order, acknowledgement, this.results, i18n) : nothing;
    if (order.production.confirmedAtApplication) {
      return html`<p part="done" class="done" tabindex="-1">
        ${renderIcon(successIcon)}${i18n.t('confirmedAtApplication')}
      </p>`;
    }
    if (order.production.confirmedAt) {
      return html`<p part="done" class="done" tabindex="-1">
          ${renderIcon(successIcon)}${i18n.t('confirmedOn', { date: i18n.dateTime(order.production.confirmedAt, order.timeZone) })}
        </p>
        ${results}`;
    }
    const status: StageStatus = productionStatus(order);
    switch (status) {
      case 'done':
        return html`<p part="done" class="done" tabindex="-1">${renderIcon(successIcon)}${i18n.t('acceptedNotice')}</p>
          ${results}`;
      case 'waiting':
        return html`<div class="notice info" role="note">
            ${renderIcon(waitingIcon)}
            <div class="notice-body">${i18n.t('waitingNotice')}</div>
          </div>
          <div class="actions">
            <button part="button" class="button" type="button" @click=${() => void this.loadTask.run()}>
              ${i18n.t('checkAgain')}
            </button>
          </div>
          ${results}`;
      default:
        return html`${
          acknowledgement
            ? html`<div class="notice warning" role="note">
                  ${renderIcon(circleDotIcon)}
                  <div class="notice-body">${i18n.t('counterNotice')}</div>
                </div>
                ${results}`
            : nothing
        }
        ${this.renderOpen(loaded)}`;
    }
  }

  private renderOpen({ order, productionOrder, productionOrderError }: Loaded): TemplateResult {
    const i18n = this.i18n;
    const countered = !!order.production.lineAcknowledgement;
    const href = safeHref(productionOrder?.url);
    return html`<p>${i18n.t('intro')}</p>
      <div class="actions">
        ${
          href
            ? html`<a
                part="download button"
                class="button"
                href=${href}
                download=${productionOrder!.name}
                target="_blank"
                rel="noopener"
              >
                ${renderIcon(downloadIcon)} ${i18n.t('download')}</a
              >`
            : productionOrderError &&
                !(productionOrderError instanceof SupplierApiError && productionOrderError.kind === 'not-found')
              ? errorView(productionOrderError, i18n, () => void this.loadTask.run(), 'read')
              : html`<p class="muted">${i18n.t('downloadUnavailable')}</p>`
        }
        <button part="confirm-button button" class="button primary" type="button" @click=${this.openDialog}>
          ${i18n.t('confirmButton')}
        </button>
        <button
          part="lines-button button"
          class="button"
          type="button"
          aria-expanded=${this.linesDraft ? 'true' : 'false'}
          @click=${() => void (this.linesDraft ? this.handleCloseLines() : this.handleOpenLines(order))}
        >
          ${i18n.t('answerPerLine')}
        </button>
      </div>
      ${
        this.linesDraft
          ? renderLineAnswersForm(
              {
                order,
                draft: this.linesDraft,
                errors: this.lineErrors,
                today: this.today(order),
                sending: this.linesSubmit.sending,
                list: this.lines,
                onChange: (positionId, change) => this.handleLineChange(order, positionId, change),
                onSend: () => void this.handleSendLines(order),
                onClose: () => void this.handleCloseLines(),
              },
              i18n,
              this.linesSubmit.error
                ? errorView(this.linesSubmit.error, i18n, () => this.linesSubmit.retry())
                : nothing,
            )
          : nothing
      }
      <dialog part="dialog" aria-labelledby="confirm-title" @close=${this.handleDialogClose}>
        <h3 id="confirm-title">${i18n.t('dialogTitle', { number: order.number })}</h3>
        <p>${countered ? i18n.t('dialogBodyCounter') : i18n.t('dialogBody', { date: i18n.date(order.leadTime) })}</p>
        ${this.confirmSubmit.error ? errorView(this.confirmSubmit.error, i18n, () => this.confirmSubmit.retry()) : nothing}
        <div class="actions">
          <button
            part="dialog-confirm button"
            class="button primary"
            type="button"
            aria-disabled=${this.confirmSubmit.sending ? 'true' : 'false'}
            @click=${() => void this.confirm(order)}
          >
            ${this.confirmSubmit.sending ? i18n.t('confirming') : i18n.t('confirm')}
          </button>
          <button part="button" class="button" type="button" @click=${this.closeDialog}>${i18n.t('cancel')}</button>
        </div>
      </dialog>`;
  }
}
