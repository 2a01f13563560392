import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SupplierApi } from '../../api/port.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { errorMessage } from '../shared/error-message.js';
import { SubmitControllers } from '../shared/submit-controller.js';
import { OrdersConfirmedEvent } from './order-list.events.js';
import type { OrderListMessages } from './order-list.messages.js';
import { renderIcon } from '../shared/icon.js';
import { checkIcon } from '../shared/icons/check.js';
import { moreIcon } from '../shared/icons/more.js';
import { xIcon } from '../shared/icons/x.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

interface Outcome {
  readonly number: string;
  readonly state: 'pending' | 'confirmed' | 'failed';
  readonly error?: unknown;
}

export interface BulkConfirmOptions {
  readonly i18n: LocalizeController<OrderListMessages>;
  /** The adapter, checked. */
  readonly api: () => Pick<SupplierApi, 'confirmOrder'>;
  /** The selected orders (id → number), owned by the list, which renders the checkboxes. */
  readonly selection: Map<string, string>;
  /** After a run: the list shows the orders' new stages. */
  readonly onConfirmed: () => void;
}

/** Confirmations run side by side, a few at a time. */
const CONCURRENCY = 3;

/**
 * Bulk "Order Confirmation" of `<order-list>`: orders owing their confirmation
 * are selected on their rows (the list loads this code with the first selection);
 * one confirm dialog confirms them all, each with
 * its own idempotency key (kept for "Try again", so a retried order is confirmed
 * once), and the result is listed per order.
 */
export class BulkConfirmController implements ReactiveController {
  private readonly host: Host;
  private readonly options: BulkConfirmOptions;
  /** One write per order: its key kept until that order is confirmed, aborted when the list leaves the page. */
  private readonly writes: SubmitControllers<string>;
  private outcomes = new Map<string, Outcome>();
  /** Whether confirmations are under way (the selection is frozen meanwhile). */
  running = false;

  constructor(host: Host, options: BulkConfirmOptions) {
    this.host = host;
    this.options = options;
    this.writes = new SubmitControllers(host);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dialog?.close();
  }

  private get selected(): Map<string, string> {
    return this.options.selection;
  }

  render(): TemplateResult | typeof nothing {
    const i18n = this.options.i18n;
    const count = this.selected.size;
    if (count === 0 && this.outcomes.size === 0) return nothing;
    return html`<div part="bulk" class="bulk">
      ${
        count > 0
          ? html`<div class="toolbar">
              <span>${i18n.t('selectedCount', { count })}</span>
              <button
                part="bulk-confirm-button button"
                class="button primary"
                type="button"
                ?disabled=${this.running}
                @click=${this.openDialog}
              >
                ${i18n.t('bulkConfirm', { count })}
              </button>
              <button
                part="button"
                class="button"
                type="button"
                ?disabled=${this.running}
                @click=${this.clearSelection}
              >
                ${i18n.t('clearSelection')}
              </button>
            </div>`
          : nothing
      }
      ${this.renderOutcomes()}
      <dialog part="bulk-dialog" aria-labelledby="bulk-title">
        <h3 id="bulk-title">${i18n.t('bulkDialogTitle', { count })}</h3>
        <p>${i18n.t('bulkDialogBody')}</p>
        <ul class="bulk-orders">
          ${[...this.selected.values()].map((number) => html`<li>${number}</li>`)}
        </ul>
        <div class="actions">
          <button part="bulk-dialog-confirm button" class="button primary" type="button" @click=${this.confirmSelected}>
            ${i18n.t('confirm')}
          </button>
          <button part="button" class="button" type="button" @click=${this.closeDialog}>${i18n.t('cancel')}</button>
        </div>
      </dialog>
    </div>`;
  }

  private renderOutcomes(): TemplateResult | typeof nothing {
    if (this.outcomes.size === 0) return nothing;
    const i18n = this.options.i18n;
    const outcomes = [...this.outcomes.values()];
    const confirmed = outcomes.filter((outcome) => outcome.state === 'confirmed').length;
    const failed = outcomes.filter((outcome) => outcome.state === 'failed').length;
    const done = confirmed + failed;
    return html`<section part="bulk-results" class="bulk-results" aria-labelledby="bulk-results-title">
      <p id="bulk-results-title" role="status">
        ${this.running ? i18n.t('bulkConfirming', { done, count: outcomes.length }) : i18n.t('bulkSummary', { confirmed, count: outcomes.length })}
      </p>
      <ul>
        ${outcomes.map(
          (outcome) =>
            html`<li class=${outcome.state}>
              ${renderIcon(outcome.state === 'confirmed' ? checkIcon : outcome.state === 'failed' ? xIcon : moreIcon)}
              ${
                outcome.state === 'failed'
                  ? i18n.t('bulkResult.failed', { number: outcome.number, reason: errorMessage(outcome.error, i18n) })
                  : i18n.t(`bulkResult.${outcome.state}`, { number: outcome.number })
              }
            </li>`,
        )}
      </ul>
      ${
        this.running
          ? nothing
          : html`<div class="actions">
              ${
                failed > 0
                  ? html`<button part="button" class="button primary" type="button" @click=${this.retryFailed}>
                      ${i18n.t('bulkRetry')}
                    </button>`
                  : nothing
              }
              <button part="button" class="button" type="button" @click=${this.closeOutcomes}>
                ${i18n.t('closeResults')}
              </button>
            </div>`
      }
    </section>`;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('[part~="bulk-dialog"]');
  }

  private readonly openDialog = (): void => {
    this.dialog?.showModal();
    this.host.renderRoot.querySelector<HTMLButtonElement>('[part~="bulk-dialog-confirm"]')?.focus();
  };

  private readonly closeDialog = (): void => {
    this.dialog?.close();
  };

  private readonly clearSelection = (): void => {
    this.selected.clear();
    this.host.requestUpdate();
  };

  private readonly closeOutcomes = (): void => {
    this.outcomes = new Map();
    this.host.requestUpdate();
  };

  private readonly confirmSelected = (): void => {
    this.closeDialog();
    void this.run([...this.selected]);
  };

  private readonly retryFailed = (): void => {
    const failed = [...this.outcomes]
      .filter(([, outcome]) => outcome.state === 'failed')
      .map(([id, outcome]) => [id, outcome.number] as [string, string]);
    void this.run(failed);
  };

  private async run(orders: readonly (readonly [string, string])[]): Promise<void> {
    if (this.running || orders.length === 0) return;
    this.running = true;
    this.outcomes = new Map(orders.map(([id, number]) => [id, { number, state: 'pending' }]));
    this.host.requestUpdate();
    const queue = [...orders];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [id, number] = next;
        const write = this.writes.of(id);
        const confirmed = await write.submit(({ idempotencyKey, signal }) =>
          this.options.api().confirmOrder(id, { idempotencyKey, signal }),
        );
        if (confirmed) {
          this.outcomes.set(id, { number, state: 'confirmed' });
          this.selected.delete(id);
          this.writes.delete(id);
        } else {
          this.outcomes.set(id, { number, state: 'failed', error: write.error });
        }
        this.host.requestUpdate();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, orders.length) }, worker));
    this.running = false;
    const results = [...this.outcomes];
    const confirmed = results.filter(([, outcome]) => outcome.state === 'confirmed').map(([id]) => id);
    const failed = results.filter(([, outcome]) => outcome.state === 'failed').map(([id]) => id);
    this.host.requestUpdate();
    this.host.dispatchEvent(new OrdersConfirmedEvent({ confirmed, failed }));
    if (confirmed.length > 0) this.options.onConfirmed();
  }
}
