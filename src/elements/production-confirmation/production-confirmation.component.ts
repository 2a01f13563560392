import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SupplierApiError, isAbortError } from '../../api/errors.js';
import type { DocumentRef, Order } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { safeHref } from '../shared/safe-url.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { errorView, renderTask } from '../shared/task-view.js';
import { OrderConfirmedEvent } from './production-confirmation.events.js';
import { productionConfirmationMessages } from './production-confirmation.messages.js';
import { productionConfirmationStyles } from './production-confirmation.styles.js';

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
 * @summary Production order download and order confirmation with a confirm dialog.
 *
 * @event order-confirmed - `OrderConfirmedEvent`, detail `{ orderId, order }`: the order is confirmed.
 *
 * @csspart download - The "Download Production Order" link.
 * @csspart confirm-button - The "Order Confirmation" button.
 * @csspart dialog - The confirm dialog.
 * @csspart done - The "already confirmed" message.
 * @csspart button - Every button.
 * @csspart error - An error with "Try again".
 *
 * @cssprop --sf-color-success - The confirmed mark.
 */
export class ProductionConfirmation extends SupplierElement {
  static override styles = [...SupplierElement.styles, productionConfirmationStyles];

  /** The order to confirm. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  @state() private confirming = false;
  @state() private confirmError: unknown = null;
  @state() private announcement = '';

  @query('dialog') private readonly dialog?: HTMLDialogElement;
  @query('[part~="confirm-button"]') private readonly opener?: HTMLButtonElement;

  private readonly i18n = new LocalizeController(this, productionConfirmationMessages);
  /** One key per dialog opening: a double click or a retry confirms once. */
  private idempotencyKey = '';

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<Loaded> => {
      const api = this.api.api;
      const order = await api.getOrder(orderId, { signal });
      const confirmed = order.production.confirmedAtApplication || order.production.confirmedAt !== null;
      if (confirmed) return { order, productionOrder: null, productionOrderError: null };
      try {
        return { order, productionOrder: await api.getProductionOrder(orderId, { signal }), productionOrderError: null };
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

  private openDialog(): void {
    this.idempotencyKey = newIdempotencyKey();
    this.confirmError = null;
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
    if (this.confirming) return;
    this.confirming = true;
    this.confirmError = null;
    try {
      const confirmed = await this.api.api.confirmOrder(order.id, { idempotencyKey: this.idempotencyKey });
      this.closeDialog();
      this.announcement = this.i18n.t('confirmedAnnouncement', { number: confirmed.number });
      this.dispatchEvent(new OrderConfirmedEvent({ orderId: order.id, order: confirmed }));
      await this.loadTask.run();
    } catch (error) {
      this.confirmError = error;
    } finally {
      this.confirming = false;
    }
  }

  override render(): TemplateResult {
    return html`<div role="status" class="visually-hidden">${this.announcement}</div>
      ${renderTask(this.loadTask, this.i18n, { complete: (loaded) => this.renderLoaded(loaded) })}`;
  }

  private renderLoaded({ order, productionOrder, productionOrderError }: Loaded): TemplateResult {
    const i18n = this.i18n;
    if (order.production.confirmedAtApplication) {
      return html`<p part="done" class="done"><span aria-hidden="true">✅</span>${i18n.t('confirmedAtApplication')}</p>`;
    }
    if (order.production.confirmedAt) {
      return html`<p part="done" class="done"><span aria-hidden="true">✅</span>${i18n.t('confirmedOn', { date: i18n.dateTime(order.production.confirmedAt, order.timeZone) })}</p>`;
    }
    const href = safeHref(productionOrder?.url);
    return html`<p>${i18n.t('intro')}</p>
      <div class="actions">
        ${href
          ? html`<a part="download button" class="button" href=${href} download=${productionOrder!.name} target="_blank" rel="noopener">
              <span aria-hidden="true">⬇</span> ${i18n.t('download')}</a
            >`
          : productionOrderError && !(productionOrderError instanceof SupplierApiError && productionOrderError.kind === 'not-found')
            ? errorView(productionOrderError, i18n, () => void this.loadTask.run())
            : html`<p class="muted">${i18n.t('downloadUnavailable')}</p>`}
        <button part="confirm-button button" class="button primary" type="button" @click=${this.openDialog}>${i18n.t('confirmButton')}</button>
      </div>
      <dialog part="dialog" aria-labelledby="confirm-title" @close=${this.handleDialogClose}>
        <h3 id="confirm-title">${i18n.t('dialogTitle', { number: order.number })}</h3>
        <p>${i18n.t('dialogBody', { date: i18n.date(order.leadTime) })}</p>
        ${this.confirmError ? errorView(this.confirmError, i18n, () => void this.confirm(order)) : nothing}
        <div class="actions">
          <button
            part="dialog-confirm button"
            class="button primary"
            type="button"
            aria-disabled=${this.confirming ? 'true' : 'false'}
            @click=${() => void this.confirm(order)}
          >
            ${this.confirming ? i18n.t('confirming') : i18n.t('confirm')}
          </button>
          <button part="button" class="button" type="button" @click=${this.closeDialog}>${i18n.t('cancel')}</button>
        </div>
      </dialog>`;
  }
}
