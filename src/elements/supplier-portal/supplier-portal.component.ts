import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  formatHashRoute,
  isShippingStep,
  LIST_ROUTE,
  parseHashRoute,
  sameRoute,
  type PortalRoute,
  type ShippingStepRoute,
} from '../../domain/routes.js';
import { STAGE_KEYS, type StageKey } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { StageToggleEvent } from '../order-details/order-details.events.js';
import type { OrderSelectEvent } from '../order-list/order-list.events.js';
import type { ShippingStepChangeEvent } from '../shipping-wizard/shipping-wizard.events.js';
import { childTag, childTagName, staticHtml } from '../shared/lazy-tags.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { RouteChangeEvent } from './supplier-portal.events.js';
import { supplierPortalMessages } from './supplier-portal.messages.js';
import { supplierPortalStyles } from './supplier-portal.styles.js';
import { renderIcon } from '../shared/icon.js';
import { arrowLeftIcon } from '../shared/icons/arrow-left.js';

const ROUTE_PROPERTIES = ['orderId', 'stage', 'step', 'shipmentId'] as const;

/**
 * The whole supplier flow in one tag: My Orders and an order's details, with
 * routing between them. The host drives it through its properties (`order-id`,
 * `stage`, `step`, `shipment-id`, or `showOrder()`, `showShippingWizard()`,
 * `showShipment()`), or lets it use the URL hash (`routing="hash"`), so the
 * browser's back button works and a host's e-mail can link straight to a place:
 *
 * - `#/orders` — My Orders; `#/orders/<id>` — an order;
 * - `#/orders/<id>/<stage>` — an order with `production`, `quality`, `shipping` or `invoice` open;
 * - `#/orders/<id>/shipping/new` — the shipping wizard where its draft left off, and
 *   `#/orders/<id>/shipping/new/<step>` (`parts`, `package`, `delivery`) at that step when the
 *   earlier steps are complete (else at the first incomplete one);
 * - `#/orders/<id>/shipments/<shipmentId>` — the Shipping stage with that shipment scrolled into
 *   view, highlighted and focused (a message says so when the order has no such shipment).
 *
 * What the supplier opens (a stage, a wizard step) updates the hash in place (no extra
 * history entry); `route-change` tells a host that routes by itself (`routing="none"`).
 * Focus lands on the new view's heading (on a wizard step's heading, or on the shipment).
 *
 * @summary My Orders and order details in one tag, with routing.
 *
 * @fires {RouteChangeEvent} route-change - Detail `{ orderId, stage, step, shipmentId }` (null when not open; `step` is `new` until the wizard shows its step).
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

  /** The shipping wizard of the order shown: `new` (where its draft left off) or a step (`parts`, `package`, `delivery`); empty when closed. */
  @property({ reflect: true }) step: ShippingStepRoute | '' = '';

  /** A shipment of the order shown to bring into view (Shipping stage); empty for none. */
  @property({ attribute: 'shipment-id', reflect: true }) shipmentId = '';

  /** `hash` to keep the route in the URL hash (back button, deep links); `none` when the host routes. */
  @property({ reflect: true }) routing: 'hash' | 'none' = 'none';

  private readonly i18n = new LocalizeController(this, supplierPortalMessages);
  private readonly handleHashChange = () => this.readHash();
  /** The route last told by `route-change` (or first shown). */
  private route: PortalRoute = LIST_ROUTE;
  private hasUpdatedOnce = false;
  /** Properties are being set to follow the supplier's own navigation, already told. */
  private following = false;

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
    if (!ROUTE_PROPERTIES.some((key) => changed.has(key))) return;
    const first = !this.hasUpdatedOnce;
    this.hasUpdatedOnce = true;
    if (first) {
      this.route = this.routeOfProperties();
      return;
    }
    if (!this.following) this.tell(this.routeOfProperties());
    // A link into the wizard or to a shipment moves focus there itself.
    if (changed.has('orderId') && !this.step && !this.shipmentId) await this.focusHeading();
  }

  /** Shows an order's details, with `stage` open if given (and records it in the hash when routing by hash). */
  showOrder(orderId: string, stage: StageKey | '' = ''): void {
    this.navigate({ orderId, stage: stage || null, step: null, shipmentId: null });
  }

  /** Shows an order's shipping wizard: where its draft left off (`new`), or at a step when the earlier steps are complete. */
  showShippingWizard(orderId: string, step: ShippingStepRoute = 'new'): void {
    this.navigate({ orderId, stage: 'shipping', step, shipmentId: null });
  }

  /** Shows an order's Shipping stage with the shipment scrolled into view, highlighted and focused. */
  showShipment(orderId: string, shipmentId: string): void {
    this.navigate({ orderId, stage: 'shipping', step: null, shipmentId });
  }

  /** Back to My Orders. */
  showList(): void {
    if (this.routing === 'hash' && parseHashRoute(location.hash).orderId !== null) history.back();
    else this.orderId = '';
  }

  private navigate(route: PortalRoute): void {
    if (this.routing === 'hash') location.hash = formatHashRoute(route);
    else this.apply(route);
  }

  private apply(route: PortalRoute): void {
    this.orderId = route.orderId ?? '';
    this.stage = route.stage ?? '';
    this.step = route.step ?? '';
    this.shipmentId = route.shipmentId ?? '';
  }

  private routeOfProperties(): PortalRoute {
    if (!this.orderId) return LIST_ROUTE;
    const shipmentId = this.shipmentId || null;
    const step = shipmentId === null && (this.step === 'new' || isShippingStep(this.step)) ? this.step : null;
    const stage =
      step !== null || shipmentId !== null
        ? 'shipping'
        : (STAGE_KEYS as readonly string[]).includes(this.stage)
          ? (this.stage as StageKey)
          : null;
    return { orderId: this.orderId, stage, step, shipmentId };
  }

  /** Dispatches `route-change` when the route differs from the one last told. */
  private tell(route: PortalRoute): void {
    if (sameRoute(route, this.route)) return;
    this.route = route;
    this.dispatchEvent(new RouteChangeEvent({ ...route }));
  }

  private readHash(): void {
    if (this.routing !== 'hash') return;
    this.apply(parseHashRoute(location.hash));
  }

  /**
   * The supplier moved inside the order (a stage, a wizard step, the wizard closed): the hash follows in place,
   * the host hears of it, and the properties follow without moving anything again.
   */
  private follow(route: PortalRoute, properties: Partial<Pick<SupplierPortal, 'stage' | 'step' | 'shipmentId'>>): void {
    if (route.orderId !== this.orderId) return;
    if (this.routing === 'hash') history.replaceState(history.state, '', formatHashRoute(route));
    this.tell(route);
    this.following = true;
    Object.assign(this, properties);
    void this.updateComplete.then(() => {
      this.following = false;
    });
  }

  private handleStageToggle(event: StageToggleEvent): void {
    const { orderId, stage } = event.detail;
    // Closing a stage keeps `stage` as it was, so the order does not reopen the one owing the next action.
    this.follow(
      { orderId, stage, step: null, shipmentId: null },
      stage ? { stage, step: '', shipmentId: '' } : { step: '', shipmentId: '' },
    );
  }

  private handleStepChange(event: ShippingStepChangeEvent): void {
    const { orderId, step } = event.detail;
    this.follow({ orderId, stage: 'shipping', step, shipmentId: null }, { step, shipmentId: '' });
  }

  private handleWizardClosed(event: CustomEvent<{ orderId: string }>): void {
    this.follow(
      { orderId: event.detail.orderId, stage: 'shipping', step: null, shipmentId: null },
      { stage: 'shipping', step: '' },
    );
  }

  private async focusHeading(): Promise<void> {
    const child = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
      childTagName(this, this.orderId ? 'order-details' : 'order-list'),
    );
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
    // Children are written with their registered names (`<acme-order-list>` inside `<acme-supplier-portal>`).
    const details = childTag(this, 'order-details');
    const list = childTag(this, 'order-list');
    // The list stays in the DOM while details are shown, so its search, filters and scroll position survive.
    return html`${
      this.orderId
        ? html`<button part="back button" class="button link back" type="button" @click=${this.showList}>
              ${renderIcon(arrowLeftIcon)} ${this.i18n.t('back')}
            </button>
            ${staticHtml`<${details}
              part="details"
              order-id=${this.orderId}
              stage=${this.stage || nothing}
              shipping-step=${this.step || nothing}
              shipment-id=${this.shipmentId || nothing}
              @stage-toggle=${this.handleStageToggle}
              @shipping-step-change=${this.handleStepChange}
              @shipping-cancel=${this.handleWizardClosed}
              @shipment-published=${this.handleWizardClosed}
            ></${details}>`}`
        : ''
    }
    ${staticHtml`<${list} part="list" ?hidden=${Boolean(this.orderId)} @order-select=${(event: OrderSelectEvent) => this.showOrder(event.detail.orderId, event.detail.stage ?? '')}></${list}>`}`;
  }
}
