import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { STAGE_KEYS, type StageKey } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { StageToggleEvent } from '../order-details/order-details.events.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { RouteChangeEvent } from './supplier-portal.events.js';
import { supplierPortalMessages } from './supplier-portal.messages.js';
import { supplierPortalStyles } from './supplier-portal.styles.js';

const HASH_ROUTE = /^#\/orders\/([^/?#]+)(?:\/([a-z]+))?/;
const stageOf = (value: string | undefined): StageKey | '' => ((STAGE_KEYS as readonly string[]).includes(value ?? '') ? (value as StageKey) : '');

/**
 * The whole supplier flow in one tag: My Orders and an order's details, with
 * routing between them. The host drives it through `order-id`, or lets it use
 * the URL hash (`routing="hash"`: `#/orders`, `#/orders/<id>` and
 * `#/orders/<id>/<stage>`), so the browser's back button works and a host's
 * e-mail can link straight to an order's Shipping or Invoice stage. Opening a
 * stage updates the hash in place (no extra history entry). Focus lands on the
 * new view's heading.
 *
 * @summary My Orders and order details in one tag, with routing.
 *
 * @event route-change - `RouteChangeEvent`, detail `{ orderId, stage }` (null for My Orders / no stage open).
 *
 * @csspart back - The "Back to My Orders" button.
 * @csspart list - The `<order-list>`.
 * @csspart details - The `<order-details>`.
 */
export class SupplierPortal extends SupplierElement {
  static override styles = [...SupplierElement.styles, supplierPortalStyles];

  /** The order shown; empty for My Orders. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /** The stage open when the order is shown (`production`, `quality`, `shipping`, `invoice`); empty for the one owing the next action. */
  @property({ reflect: true }) stage: StageKey | '' = '';

  /** `hash` to keep the route in the URL hash (back button, deep links); `none` when the host routes. */
  @property({ reflect: true }) routing: 'hash' | 'none' = 'none';

  private readonly i18n = new LocalizeController(this, supplierPortalMessages);
  private readonly handleHashChange = () => this.readHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    if (this.routing === 'hash') this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('routing') && this.routing === 'hash' && this.isConnected) this.readHash();
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (changed.has('orderId') && changed.get('orderId') !== undefined) {
      this.dispatchEvent(new RouteChangeEvent({ orderId: this.orderId || null, stage: (this.orderId && this.stage) || null }));
      await this.focusHeading();
    }
  }

  /** Shows an order's details, with `stage` open if given (and records it in the hash when routing by hash). */
  showOrder(orderId: string, stage: StageKey | '' = ''): void {
    if (this.routing === 'hash') location.hash = `#/orders/${encodeURIComponent(orderId)}${stage ? `/${stage}` : ''}`;
    else {
      this.stage = stage;
      this.orderId = orderId;
    }
  }

  /** Back to My Orders. */
  showList(): void {
    if (this.routing === 'hash' && HASH_ROUTE.test(location.hash)) history.back();
    else this.orderId = '';
  }

  private readHash(): void {
    if (this.routing !== 'hash') return;
    const match = HASH_ROUTE.exec(location.hash);
    this.stage = stageOf(match?.[2]);
    this.orderId = match ? decodeURIComponent(match[1]!) : '';
  }

  /** The supplier opened or closed a stage: the hash follows in place; the host hears of it. */
  private handleStageToggle(event: StageToggleEvent): void {
    const { orderId, stage } = event.detail;
    if (orderId !== this.orderId) return;
    if (this.routing === 'hash') history.replaceState(history.state, '', `#/orders/${encodeURIComponent(orderId)}${stage ? `/${stage}` : ''}`);
    this.dispatchEvent(new RouteChangeEvent({ orderId, stage }));
  }

  private async focusHeading(): Promise<void> {
    const child = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(this.orderId ? 'order-details' : 'order-list');
    for (let attempt = 0; attempt < 50; attempt += 1) {
      await child?.updateComplete;
      const heading = child?.shadowRoot?.querySelector<HTMLElement>('h2');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  override render(): TemplateResult {
    // The list stays in the DOM while details are shown, so its search, filters and scroll position survive.
    return html`${this.orderId
        ? html`<button part="back button" class="button link back" type="button" @click=${this.showList}>
              <span aria-hidden="true">←</span> ${this.i18n.t('back')}
            </button>
            <order-details part="details" order-id=${this.orderId} stage=${this.stage || nothing} @stage-toggle=${this.handleStageToggle}></order-details>`
        : ''}
      <order-list part="list" ?hidden=${Boolean(this.orderId)} @order-select=${(event: CustomEvent<{ orderId: string }>) => this.showOrder(event.detail.orderId)}></order-list>`;
  }
}
