import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../api/errors.js';
import { trackingPageOf } from '../../domain/tracking-numbers.js';
import type { Carrier, DocumentRef, Order, Shipment, Tracking } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { errorMessage } from '../shared/error-message.js';
import { safeHref } from '../shared/safe-url.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { renderTask } from '../shared/task-view.js';
import { PrintDocumentsEvent } from './shipment-list.events.js';
import { shipmentListMessages } from './shipment-list.messages.js';
import { shipmentListStyles } from './shipment-list.styles.js';

/** The DOM id of a shipment's card. */
const cardId = (shipmentId: string) => `shipment-card-${shipmentId}`;

interface ListData {
  readonly order: Order;
  readonly shipments: readonly Shipment[];
  readonly carriers: readonly Carrier[];
}

type TrackingState =
  | { readonly state: 'loading' }
  | { readonly state: 'done'; readonly tracking: Tracking }
  | { readonly state: 'error'; readonly error: unknown };

/**
 * Every shipment of an order: what the supplier entered (parts, packages, delivery), the shipping
 * documents to print, and the logistic info (tracking status and timeline). While the platform has not yet
 * processed a shipment it arranges, the list says so and checks again every `poll-interval` ms.
 *
 * @summary The shipments of an order with their documents ("Print all") and tracking timeline.
 *
 * @fires {PrintDocumentsEvent} print-documents - Cancelable; detail `{ orderId, shipmentId, documents }`: "Print all" was chosen; unless prevented, each document opens in a new window.
 *
 * @csspart list - The list of shipments.
 * @csspart shipment - One shipment card (also `shipment-highlighted` for the one named by `shipment-id`).
 * @csspart shipment-not-found - The message when `shipment-id` names no shipment of the order.
 * @csspart shipment-status - The status of a shipment in words.
 * @csspart entered - What the supplier entered (parts, package, delivery).
 * @csspart documents - The shipping documents section.
 * @csspart document-link - A link to one document.
 * @csspart processing - The "documents will appear" notice.
 * @csspart logistics - The logistic info section.
 * @csspart tracking-link - The link to the carrier's tracking page (from the adapter's tracking).
 * @csspart tracking-numbers - The list of a shipment's tracking numbers.
 * @csspart tracking-number - One tracking number.
 * @csspart number-tracking-link - The carrier's tracking page of one number (the carrier's template, else the page the number's format is known for).
 * @csspart timeline - The ordered list of tracking events.
 * @csspart timeline-event - One tracking event.
 * @csspart button - Every button (also `print-button`, `retry-button`).
 * @csspart empty - The "No shipments yet" state.
 * @csspart error - An error with "Try again".
 *
 * @cssprop --sf-shipment-list-gap - Space between shipment cards (default `var(--sf-space-4)`).
 * @cssprop --sf-shipment-highlight - Outline colour of the shipment named by `shipment-id` (default the accent colour).
 * @cssprop --sf-shipment-timeline-marker - Colour of the timeline markers (default the accent colour).
 * @cssprop --sf-color-accent - Links and accents.
 * @cssprop --sf-color-info - The "processing" notice.
 */
export class ShipmentList extends SupplierElement {
  static override styles = [...SupplierElement.styles, shipmentListStyles];

  /** The order whose shipments are shown. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /**
   * A shipment to bring into view (a host's deep link to it): once loaded, its card is scrolled into view,
   * highlighted and focused; when the order has no such shipment, a message says so above the list.
   */
  @property({ attribute: 'shipment-id' }) shipmentId = '';

  /** How often (ms) to check again while the platform is processing a shipment (default 10 000). */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 10_000;

  @state() private trackings: ReadonlyMap<string, TrackingState> = new Map();
  @state() private popupBlocked: string | null = null;

  private readonly i18n = new LocalizeController(this, shipmentListMessages);
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  /** The `shipmentId` already brought into view (each one once, not on every poll). */
  private revealed: string | null = null;
  private trackingController = new AbortController();

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<ListData> => {
      const api = this.api.api;
      const [order, shipments] = await Promise.all([api.getOrder(orderId, { signal }), api.listShipments(orderId, { signal })]);
      const needsCarriers = shipments.some((shipment) => shipment.delivery.arrangedBy === 'supplier');
      const carriers = needsCarriers ? await api.listCarriers({ signal }).catch((error: unknown) => {
        if (isAbortError(error)) throw error;
        return [] as readonly Carrier[];
      }) : [];
      return { order, shipments, carriers };
    },
    args: () => [this.orderId, this.api.revision] as const,
    onComplete: (data) => {
      this.loadTrackings(data);
      this.schedulePoll(data);
    },
  });

  /** Loads the shipments and their tracking again. */
  reload(): Promise<void> {
    this.resetTrackings();
    void this.loadTask.run();
    return this.loadTask.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loadTask.status === TaskStatus.COMPLETE && this.loadTask.value) this.schedulePoll(this.loadTask.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling();
    this.trackingController.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId') && changed.get('orderId') !== undefined) this.resetTrackings();
    if (changed.has('shipmentId') || changed.has('orderId')) this.revealed = null;
  }

  protected override updated(): void {
    const data = this.loadTask.value;
    if (!this.shipmentId || this.revealed === this.shipmentId || this.loadTask.status !== TaskStatus.COMPLETE || !data) return;
    this.revealed = this.shipmentId;
    const card = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(cardId(this.shipmentId))}`);
    const target = card ?? this.renderRoot.querySelector<HTMLElement>('[part~="shipment-not-found"]');
    target?.scrollIntoView({ block: 'start', behavior: 'auto' });
    target?.focus({ preventScroll: true });
  }

  private resetTrackings(): void {
    this.trackingController.abort();
    this.trackingController = new AbortController();
    this.trackings = new Map();
  }

  private stopPolling(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  private schedulePoll(data: ListData): void {
    this.stopPolling();
    if (!this.isConnected || !data.shipments.some((shipment) => shipment.status === 'processing')) return;
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      if (this.isConnected) void this.loadTask.run();
    }, Math.max(50, this.pollInterval));
  }

  private loadTrackings(data: ListData): void {
    for (const shipment of data.shipments) {
      if (shipment.status !== 'processing' && !this.trackings.has(shipment.id)) this.loadTracking(data.order.id, shipment.id);
    }
  }

  private setTracking(shipmentId: string, value: TrackingState): void {
    this.trackings = new Map([...this.trackings, [shipmentId, value]]);
  }

  private loadTracking(orderId: string, shipmentId: string): void {
    const signal = this.trackingController.signal;
    this.setTracking(shipmentId, { state: 'loading' });
    this.api.api.getTracking(orderId, shipmentId, { signal }).then(
      (tracking) => {
        if (!signal.aborted) this.setTracking(shipmentId, { state: 'done', tracking });
      },
      (error: unknown) => {
        if (!signal.aborted && !isAbortError(error)) this.setTracking(shipmentId, { state: 'error', error });
      },
    );
  }

  private printAll(data: ListData, shipment: Shipment): void {
    const documents = shipment.documents.filter((document) => safeHref(document.url) !== undefined);
    const event = new PrintDocumentsEvent({ orderId: data.order.id, shipmentId: shipment.id, documents });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    let blocked = false;
    for (const document of documents) {
      const opened = window.open(safeHref(document.url), '_blank');
      if (opened) opened.opener = null;
      else blocked = true;
    }
    this.popupBlocked = blocked ? shipment.id : null;
  }

  /* ---------- render ---------- */

  override render() {
    return html`<section aria-labelledby="shipments-title" part="section">
      <h2 id="shipments-title" part="title">${this.i18n.t('title')}</h2>
      ${renderTask(this.loadTask, this.i18n, {
        complete: (data) => this.renderList(data),
        isEmpty: (data) => data.shipments.length === 0 && !this.shipmentId,
        empty: () => html`<div class="notice info" part="empty">
          <span aria-hidden="true">📦</span>
          <div class="notice-body"><strong>${this.i18n.t('empty')}</strong><p>${this.i18n.t('emptyHint')}</p></div>
        </div>`,
      })}
    </section>`;
  }

  private renderList(data: ListData): TemplateResult {
    const missing = this.shipmentId !== '' && !data.shipments.some((shipment) => shipment.id === this.shipmentId);
    return html`${missing
        ? html`<div class="notice warning" part="shipment-not-found" role="alert" tabindex="-1">
            <span aria-hidden="true">⚠</span>
            <div class="notice-body">
              <strong>${this.i18n.t('notFound')}</strong>
              <p>${this.i18n.t(data.shipments.length === 0 ? 'notFoundNone' : 'notFoundHint')}</p>
            </div>
          </div>`
        : nothing}
      <ol class="shipments" part="list">
      ${data.shipments.map((shipment) => this.renderShipment(data, shipment))}
    </ol>`;
  }

  private renderShipment(data: ListData, shipment: Shipment): TemplateResult {
    const i18n = this.i18n;
    const headingId = `shipment-${shipment.id}`;
    const highlighted = shipment.id === this.shipmentId;
    return html`<li
      id=${cardId(shipment.id)}
      class="card ${highlighted ? 'highlighted' : ''}"
      part=${highlighted ? 'shipment shipment-highlighted' : 'shipment'}
      aria-labelledby=${headingId}
      aria-current=${highlighted ? 'true' : nothing}
      tabindex=${highlighted ? '-1' : nothing}
    >
      <div class="card-header">
        <h3 id=${headingId}>${i18n.t('shipment', { number: shipment.number })}</h3>
        <span class="shipment-status ${shipment.status}" part="shipment-status">${i18n.t(`status.${shipment.status}`)}</span>
      </div>
      <p class="muted">${i18n.t('created', { date: i18n.dateTime(shipment.createdAt, data.order.timeZone) })}</p>
      <div class="sections">
        ${this.renderEntered(data, shipment)} ${this.renderDocuments(data, shipment)} ${this.renderLogistics(shipment)}
      </div>
    </li>`;
  }

  private renderEntered(data: ListData, shipment: Shipment): TemplateResult {
    const i18n = this.i18n;
    const partName = (positionId: string) => {
      const position = data.order.positions.find((candidate) => candidate.id === positionId);
      return position ? `${position.partName} (${position.partNumber})` : positionId;
    };
    const pkg = shipment.package;
    const delivery = shipment.delivery;
    const carrierName = (id: string) => data.carriers.find((carrier) => carrier.id === id)?.name ?? id;
    const photoHref = safeHref(shipment.photo?.url);
    return html`<section part="entered" aria-labelledby="entered-${shipment.id} shipment-${shipment.id}">
      <span id="entered-${shipment.id}" class="visually-hidden">${i18n.t('entered')}</span>
      <h4>${i18n.t('parts')}</h4>
      <ul class="plain">
        ${shipment.items.map((item) => html`<li>${i18n.t('partLine', { quantity: i18n.number(item.quantity), part: partName(item.positionId) })}</li>`)}
      </ul>
      <h4>${i18n.t('package')}</h4>
      <p>
        ${i18n.t('packageLine', {
          count: i18n.number(pkg.count),
          type: i18n.t(`typeName.${pkg.type}`),
          length: i18n.unit(pkg.lengthCm, 'centimeter'),
          width: i18n.unit(pkg.widthCm, 'centimeter'),
          height: i18n.unit(pkg.heightCm, 'centimeter'),
          weight: i18n.unit(pkg.weightKg, 'kilogram'),
        })}
        ${shipment.photo && photoHref
          ? html`<br /><a href=${photoHref} target="_blank" rel="noopener" part="document-link">${i18n.t('photo')}: ${shipment.photo.name}</a>`
          : nothing}
      </p>
      <h4>${i18n.t('delivery')}</h4>
      <dl>
        ${delivery.arrangedBy === 'platform'
          ? html`<dt>${i18n.t('delivery')}</dt>
              <dd>${i18n.t('arrangedBy.platform')}</dd>
              <dt>${i18n.t('pickupAddress')}</dt>
              <dd>
                <address>${delivery.pickupAddress.name}<br />${delivery.pickupAddress.street}<br />${delivery.pickupAddress.postalCode} ${delivery.pickupAddress.city}, ${delivery.pickupAddress.country}</address>
              </dd>`
          : html`<dt>${i18n.t('delivery')}</dt>
              <dd>${i18n.t('arrangedBy.supplier')}</dd>
              <dt>${i18n.t('carrier')}</dt>
              <dd>${carrierName(delivery.carrierId)}</dd>
              <dt>${i18n.t('trackingNumbers', { count: Math.max(1, delivery.trackingNumbers.length) })}</dt>
              <dd>${this.renderTrackingNumbers(data, delivery.carrierId, delivery.trackingNumbers)}</dd>
              <dt>${i18n.t('expectedShipDate')}</dt>
              <dd>${i18n.date(delivery.expectedShipDate)}</dd>`}
      </dl>
    </section>`;
  }

  /** Every tracking number, each with its carrier's tracking page when one is known and safe. */
  private renderTrackingNumbers(data: ListData, carrierId: string, numbers: readonly string[]): TemplateResult {
    const i18n = this.i18n;
    if (numbers.length === 0) return html`<span class="muted">${i18n.t('notGiven')}</span>`;
    const carrier = data.carriers.find((candidate) => candidate.id === carrierId);
    return html`<ul class="plain tracking-numbers" part="tracking-numbers">
      ${numbers.map((number) => {
        const href = safeHref(trackingPageOf(carrier, carrierId, number));
        return html`<li part="tracking-number">
          <span class="tracking-number">${number}</span>
          ${href
            ? html`<a href=${href} target="_blank" rel="noopener noreferrer" part="number-tracking-link"
                >${i18n.t('trackNumber')}<span class="visually-hidden"> ${i18n.t('trackNumberLabel', { number })}</span></a
              >`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderDocuments(data: ListData, shipment: Shipment): TemplateResult {
    const i18n = this.i18n;
    const headingId = `documents-${shipment.id}`;
    let body: unknown;
    if (shipment.documents.length === 0 && shipment.status === 'processing') {
      body = html`<div class="notice info" part="processing" role="status">
        <span aria-hidden="true">⏳</span>
        <div class="notice-body"><p>${i18n.t('processing')}</p><p class="muted">${i18n.t('processingRefresh')}</p></div>
      </div>`;
    } else if (shipment.documents.length === 0) {
      body = html`<p class="muted">${i18n.t('noDocuments')}</p>`;
    } else {
      const links = shipment.documents.map((document) => this.renderDocument(document));
      body = html`<p class="muted">${i18n.t('documentsHint')}</p>
        <ul class="plain documents">${links}</ul>
        <button type="button" class="button" part="button print-button" aria-label=${i18n.t('printAllLabel', { number: shipment.number })} @click=${() => this.printAll(data, shipment)}>
          <span aria-hidden="true">🖨</span> ${i18n.t('printAll')}
        </button>
        ${this.popupBlocked === shipment.id ? html`<p class="notice warning" role="alert"><span aria-hidden="true">⚠</span><span class="notice-body">${i18n.t('popupBlocked')}</span></p>` : nothing}`;
    }
    return html`<section part="documents" aria-labelledby="${headingId} shipment-${shipment.id}">
      <h4 id=${headingId}>${i18n.t('documents')}</h4>
      ${body}
    </section>`;
  }

  private renderDocument(document: DocumentRef): TemplateResult {
    const href = safeHref(document.url);
    const label = `${document.name} (${this.i18n.fileSize(document.sizeBytes)})`;
    return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener" download=${document.name} part="document-link">${label}</a>` : label}</li>`;
  }

  private renderLogistics(shipment: Shipment): TemplateResult {
    const i18n = this.i18n;
    const headingId = `logistics-${shipment.id}`;
    const entry = this.trackings.get(shipment.id);
    let body: unknown;
    if (shipment.status === 'processing') body = html`<p class="muted">${i18n.t('notTrackedYet')}</p>`;
    else if (!entry || entry.state === 'loading') body = html`<p class="muted" aria-busy="true">${i18n.t('trackingLoading')}</p>`;
    else if (entry.state === 'error') {
      body = html`<div class="notice warning" part="error" role="alert">
        <span aria-hidden="true">⚠</span>
        <div class="notice-body">
          <p>${i18n.t('trackingError')} ${errorMessage(entry.error, i18n, 'read')}</p>
          <button type="button" class="button" part="button retry-button" @click=${() => this.loadTracking(this.orderId, shipment.id)}>${i18n.shared('retry')}</button>
        </div>
      </div>`;
    } else body = this.renderTracking(shipment, entry.tracking);
    return html`<section part="logistics" aria-labelledby="${headingId} shipment-${shipment.id}">
      <h4 id=${headingId}>${i18n.t('logistics')}</h4>
      ${body}
    </section>`;
  }

  private renderTracking(shipment: Shipment, tracking: Tracking): TemplateResult {
    const i18n = this.i18n;
    const href = safeHref(tracking.url);
    const events = [...tracking.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const knownStatus = (status: string) =>
      ['unknown', 'pre-transit', 'in-transit', 'out-for-delivery', 'delivered', 'exception'].includes(status)
        ? i18n.t(`tracking.${status as Tracking['status']}`)
        : status;
    return html`<p part="tracking-status"><strong>${i18n.t('trackingStatus', { status: knownStatus(tracking.status) })}</strong></p>
      ${href
        ? html`<p><a href=${href} target="_blank" rel="noopener noreferrer" part="tracking-link" >${i18n.t('trackingLink')}<span class="visually-hidden"> (${i18n.t('trackingLinkLabel', { number: shipment.number })})</span></a></p>`
        : nothing}
      ${events.length === 0
        ? html`<p class="muted">${i18n.t('noEvents')}</p>`
        : html`<ol class="timeline" part="timeline" aria-label=${i18n.t('timeline', { number: shipment.number })}>
            ${events.map(
              (event) => html`<li part="timeline-event">
                <time datetime=${event.at}>${i18n.dateTime(event.at)}</time>
                <span>${event.description}</span>${event.location ? html` <span class="muted">· ${event.location}</span>` : nothing}
                <span class="visually-hidden">(${knownStatus(event.status)})</span>
              </li>`,
            )}
          </ol>`}`;
  }
}
