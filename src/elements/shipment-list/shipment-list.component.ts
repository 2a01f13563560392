import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../api/errors.js';
import { positionById } from '../../domain/positions.js';
import { trackingPageOf } from '../../domain/tracking-numbers.js';
import type { Carrier, DocumentRef, Order, Shipment, ShipmentItem, Tracking } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { errorMessage } from '../shared/error-message.js';
import { LongList, longListStyles, positionText } from '../shared/long-list.js';
import { PollController } from '../shared/poll-controller.js';
import { safeHref } from '../shared/safe-url.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { SHIPMENTS_PAGE_SIZE } from './shipment-pages.js';
import { renderTask } from '../shared/task-view.js';
import { PrintDocumentsEvent } from './shipment-list.events.js';
import { shipmentListMessages } from './shipment-list.messages.js';
import { shipmentListStyles } from './shipment-list.styles.js';
import { TrackingLoader } from './tracking-loader.js';
import { renderHeading } from '../shared/heading.js';
import { renderIcon } from '../shared/icon.js';
import { packageIcon } from '../shared/icons/package.js';
import { printIcon } from '../shared/icons/print.js';
import { waitingIcon } from '../shared/icons/waiting.js';
import { warningIcon } from '../shared/icons/warning.js';

/** The DOM id of a shipment's card. */
const cardId = (shipmentId: string) => `shipment-card-${shipmentId}`;
/** Shipment cards shown at first, and added by each "Show more" / "Show earlier". */
/** What a check by the poll compares: everything shown of the shipments. */
const signature = (shipments: readonly Shipment[]) => JSON.stringify(shipments);
const processing = (data: ListData) => data.shipments.some((shipment) => shipment.status === 'processing');

/** Shipments shown, by index: `start` included, `end` not. */
interface ShownRange {
  readonly start: number;
  readonly end: number;
}

interface ListData {
  readonly order: Order;
  readonly shipments: readonly Shipment[];
  readonly carriers: readonly Carrier[];
}

/**
 * Every shipment of an order: what the supplier entered (parts, packages, delivery), the shipping
 * documents to print, and the logistic info (tracking status and timeline). While the platform has not yet
 * processed a shipment it arranges, the list says so and checks again every `poll-interval` ms (2 s at
 * least, doubling up to a minute while nothing changes or a check fails; none while disconnected, not
 * rendered or in a hidden page). A long list shows SHIPMENTS_PAGE_SIZE cards at a time ("Show more
 * shipments", "Show earlier shipments" above a linked shipment's page), and a shipment's tracking is asked
 * for only when its card comes into view (or on "Show tracking"), three requests at a time.
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
 * @csspart list-filter - Above a list of more than 50 positions: the "Find a position" box and the live count (also `list-filter-input`, `list-count`).
 * @csspart list-pager - Below such a list: Previous / page / Next (also `list-previous-button`, `list-next-button`).
 * @csspart documents - The shipping documents section.
 * @csspart document-link - A link to one document.
 * @csspart processing - The "documents will appear" notice.
 * @csspart logistics - The logistic info section.
 * @csspart tracking-link - The link to the carrier's tracking page (from the adapter's tracking).
 * @csspart show-tracking-button - "Show tracking" of a shipment whose card has not been in view yet.
 * @csspart more - Below the list, "Showing shipments 1–20 of 3,000" and "Show more shipments"; above it, "Show earlier shipments".
 * @csspart tracking-numbers - The list of a shipment's tracking numbers.
 * @csspart tracking-number - One tracking number.
 * @csspart number-tracking-link - The carrier's tracking page of one number (the carrier's template, else the page the number's format is known for).
 * @csspart timeline - The ordered list of tracking events.
 * @csspart timeline-event - One tracking event.
 * @csspart button - Every button (also `print-button`, `retry-button`, `show-tracking-button`, `more-button`, `earlier-button`).
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
  static override styles = [...SupplierElement.styles, longListStyles, shipmentListStyles];

  /** The order whose shipments are shown. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /**
   * A shipment to bring into view (a host's deep link to it): once loaded, its card is scrolled into view,
   * highlighted and focused; when the order has no such shipment, a message says so above the list.
   */
  @property({ attribute: 'shipment-id' }) shipmentId = '';

  /**
   * How often (ms) to check again while the platform is processing a shipment (default 10 000; 2 000 at least,
   * `0` included). While nothing changes, or a check fails, the interval doubles up to a minute.
   */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 10_000;

  /** The clock polling runs on: the browser's; tests and stories pass one they move forward themselves. */
  @property({ attribute: false }) clock: Clock = systemClock;

  @state() private popupBlocked: string | null = null;
  /** The shipments shown, by index: a page at first, the page of a linked shipment, more with "Show more" / "Show earlier". */
  @state() private range: ShownRange = { start: 0, end: SHIPMENTS_PAGE_SIZE };
  /** The first card a "Show more" / "Show earlier" added: focused after the render. */
  private focusAfterRender: string | null = null;

  private readonly i18n = new LocalizeController(this, shipmentListMessages);
  /** The `shipmentId` already brought into view (each one once, not on every poll). */
  private revealed: string | null = null;
  /** The last shipments loaded, as the poll compares them. */
  private lastSignature: string | undefined;
  private readonly poll = new PollController(this, {
    interval: () => this.pollInterval,
    check: () => void this.loadTask.run(),
    clock: () => this.clock,
  });
  private readonly trackings = new TrackingLoader(this, {
    load: (shipmentId, signal) => this.api.adapter.getTracking(this.orderId, shipmentId, { signal }),
    trackable: (shipmentId) =>
      this.loadTask.value?.shipments.some(
        (shipment) => shipment.id === shipmentId && shipment.status !== 'processing',
      ) ?? false,
  });
  /** The page of parts shown per shipment (a shipment may hold 10,000 items). */
  private readonly partLists = new Map<string, LongList<ShipmentItem>>();

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<ListData> => {
      const api = this.api.adapter;
      const [order, shipments] = await Promise.all([
        api.getOrder(orderId, { signal }),
        api.listShipments(orderId, { signal }),
      ]);
      const needsCarriers = shipments.some((shipment) => shipment.delivery.arrangedBy === 'supplier');
      const carriers = needsCarriers
        ? await api.listCarriers({ signal }).catch((error: unknown) => {
            if (isAbortError(error)) throw error;
            return [] as readonly Carrier[];
          })
        : [];
      return { order, shipments, carriers };
    },
    args: () => [this.orderId, this.api.revision] as const,
    onComplete: (data) => {
      this.trackings.refresh();
      const next = processing(data) ? signature(data.shipments) : undefined;
      if (next === undefined) this.poll.stop();
      else this.poll.next(next === this.lastSignature ? 'unchanged' : 'changed');
      this.lastSignature = next;
    },
    onError: () => {
      // A failed check while shipments were processing: try again later, less often each time.
      if (this.lastSignature !== undefined) this.poll.next('failed');
    },
  });

  /** Loads the shipments and their tracking again. */
  reload(): Promise<void> {
    this.trackings.reset();
    void this.loadTask.run();
    return this.loadTask.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId') && changed.get('orderId') !== undefined) {
      this.trackings.reset();
      this.poll.stop();
      this.lastSignature = undefined;
      this.range = { start: 0, end: SHIPMENTS_PAGE_SIZE };
    }
    if (changed.has('shipmentId') || changed.has('orderId')) this.revealed = null;
    if (changed.has('orderId')) this.partLists.clear();
    this.showLinkedShipment();
  }

  /** The page of the shipment `shipment-id` names, once, when it is not among those shown. */
  private showLinkedShipment(): void {
    const data = this.loadTask.value;
    if (!data || !this.shipmentId || this.revealed === this.shipmentId) return;
    const index = data.shipments.findIndex((shipment) => shipment.id === this.shipmentId);
    if (index < 0 || (index >= this.range.start && index < this.range.end)) return;
    const start = index - (index % SHIPMENTS_PAGE_SIZE);
    this.range = { start, end: start + SHIPMENTS_PAGE_SIZE };
  }

  /** Shows `range` and moves focus to the card of `focusIndex`, the first one added. */
  private showRange(data: ListData, range: ShownRange, focusIndex: number): void {
    this.range = range;
    this.focusAfterRender = data.shipments[focusIndex]?.id ?? null;
  }

  protected override updated(): void {
    this.trackings.observe(this.renderRoot.querySelectorAll<HTMLElement>('[data-shipment-id]'));
    if (this.focusAfterRender !== null) {
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(cardId(this.focusAfterRender))}`)?.focus();
      this.focusAfterRender = null;
    }
    const data = this.loadTask.value;
    if (!this.shipmentId || this.revealed === this.shipmentId || this.loadTask.status !== TaskStatus.COMPLETE || !data)
      return;
    this.revealed = this.shipmentId;
    const card = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(cardId(this.shipmentId))}`);
    const target = card ?? this.renderRoot.querySelector<HTMLElement>('[part~="shipment-not-found"]');
    target?.scrollIntoView({ block: 'start', behavior: 'auto' });
    target?.focus({ preventScroll: true });
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
      ${renderHeading(this.headingLevel, this.i18n.t('title'), { id: 'shipments-title', part: 'title' })}
      ${renderTask(this.loadTask, this.i18n, {
        complete: (data) => this.renderList(data),
        isEmpty: (data) => data.shipments.length === 0 && !this.shipmentId,
        empty: () =>
          html`<div class="empty-state" part="empty">
            ${renderIcon(packageIcon)}
            <div>
              <p><strong>${this.i18n.t('empty')}</strong></p>
              <p>${this.i18n.t('emptyHint')}</p>
            </div>
          </div>`,
      })}
    </section>`;
  }

  private renderList(data: ListData): TemplateResult {
    const missing = this.shipmentId !== '' && !data.shipments.some((shipment) => shipment.id === this.shipmentId);
    return html`${
        missing
          ? html`<div class="notice warning" part="shipment-not-found" role="alert" tabindex="-1">
              ${renderIcon(warningIcon)}
              <div class="notice-body">
                <strong>${this.i18n.t('notFound')}</strong>
                <p>${this.i18n.t(data.shipments.length === 0 ? 'notFoundNone' : 'notFoundHint')}</p>
              </div>
            </div>`
          : nothing
      }
      ${this.renderEarlier(data)}
      <ol class="shipments" part="list" start=${this.range.start + 1}>
        ${data.shipments.slice(this.range.start, this.range.end).map((shipment) => this.renderShipment(data, shipment))}
      </ol>
      ${this.renderMore(data)}`;
  }

  /** "Show earlier shipments" when the list shown starts further down (a linked shipment's page). */
  private renderEarlier(data: ListData): TemplateResult | typeof nothing {
    const { start, end } = this.range;
    if (start === 0) return nothing;
    const count = Math.min(SHIPMENTS_PAGE_SIZE, start);
    return html`<div class="more" part="more">
      <button
        type="button"
        class="button"
        part="button earlier-button"
        @click=${() => this.showRange(data, { start: start - count, end }, start - count)}
      >
        ${this.i18n.t('showEarlier', { count })}
      </button>
    </div>`;
  }

  /** "Showing shipments 1–20 of 3,000" and "Show more shipments" when the list is longer than what is shown. */
  private renderMore(data: ListData): TemplateResult | typeof nothing {
    const total = data.shipments.length;
    if (total <= SHIPMENTS_PAGE_SIZE) return nothing;
    const { start } = this.range;
    const end = Math.min(total, this.range.end);
    const count = Math.min(SHIPMENTS_PAGE_SIZE, total - end);
    const i18n = this.i18n;
    return html`<div class="more" part="more">
      <p role="status">
        ${i18n.t('showing', { from: i18n.number(start + 1), to: i18n.number(end), total: i18n.number(total) })}
      </p>
      ${
        count > 0
          ? html`<button
              type="button"
              class="button"
              part="button more-button"
              @click=${() => this.showRange(data, { start, end: end + count }, end)}
            >
              ${i18n.t('showMore', { count })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderShipment(data: ListData, shipment: Shipment): TemplateResult {
    const i18n = this.i18n;
    const headingId = `shipment-${shipment.id}`;
    const highlighted = shipment.id === this.shipmentId;
    return html`<li
      id=${cardId(shipment.id)}
      data-shipment-id=${shipment.id}
      class="card ${highlighted ? 'highlighted' : ''}"
      part=${highlighted ? 'shipment shipment-highlighted' : 'shipment'}
      aria-labelledby=${headingId}
      aria-current=${highlighted ? 'true' : nothing}
      tabindex="-1"
    >
      <div class="card-header">
        ${renderHeading(this.headingLevel + 1, i18n.t('shipment', { number: shipment.number }), { id: headingId })}
        <span class="shipment-status ${shipment.status}" part="shipment-status"
          >${i18n.t(`status.${shipment.status}`)}</span
        >
      </div>
      <p class="muted">${i18n.t('created', { date: i18n.dateTime(shipment.createdAt, data.order.timeZone) })}</p>
      <div class="sections">
        ${this.renderEntered(data, shipment)} ${this.renderDocuments(data, shipment)} ${this.renderLogistics(shipment)}
      </div>
    </li>`;
  }

  private partList(data: ListData, shipment: Shipment): LongList<ShipmentItem> {
    let list = this.partLists.get(shipment.id);
    if (!list) {
      list = new LongList<ShipmentItem>(this, {
        id: `parts-${shipment.id}`,
        text: (item) => {
          const position = positionById(this.loadTask.value?.order ?? data.order, item.positionId);
          return position ? positionText(position) : item.positionId;
        },
      });
      this.partLists.set(shipment.id, list);
    }
    return list;
  }

  private renderEntered(data: ListData, shipment: Shipment): TemplateResult {
    const i18n = this.i18n;
    const partName = (positionId: string) => {
      const position = positionById(data.order, positionId);
      return position ? `${position.partName} (${position.partNumber})` : positionId;
    };
    const parts = this.partList(data, shipment);
    const view = parts.view(shipment.items);
    const pkg = shipment.package;
    const delivery = shipment.delivery;
    const carrierName = (id: string) => data.carriers.find((carrier) => carrier.id === id)?.name ?? id;
    const photoHref = safeHref(shipment.photo?.url);
    return html`<section part="entered" aria-labelledby="entered-${shipment.id} shipment-${shipment.id}">
      <span id="entered-${shipment.id}" class="visually-hidden">${i18n.t('entered')}</span>
      ${renderHeading(this.headingLevel + 2, i18n.t('parts'), { id: `parts-title-${shipment.id}` })}
      ${parts.renderFilter(view)}
      <ul class="plain" aria-labelledby="parts-title-${shipment.id} shipment-${shipment.id}">
        ${view.rows.map(({ item }) => html`<li>${i18n.t('partLine', { quantity: i18n.number(item.quantity), part: partName(item.positionId) })}</li>`)}
      </ul>
      ${parts.renderPager(view, i18n.t('shipment', { number: shipment.number }))}
      ${renderHeading(this.headingLevel + 2, i18n.t('package'))}
      <p>
        ${i18n.t('packageLine', {
          count: i18n.number(pkg.count),
          type: i18n.t(`typeName.${pkg.type}`),
          length: i18n.unit(pkg.lengthCm, 'centimeter'),
          width: i18n.unit(pkg.widthCm, 'centimeter'),
          height: i18n.unit(pkg.heightCm, 'centimeter'),
          weight: i18n.unit(pkg.weightKg, 'kilogram'),
        })}
        ${
          shipment.photo && photoHref
            ? html`<br /><a href=${photoHref} target="_blank" rel="noopener" part="document-link"
                  >${i18n.t('photo')}: ${shipment.photo.name}</a
                >`
            : nothing
        }
      </p>
      ${renderHeading(this.headingLevel + 2, i18n.t('delivery'))}
      <dl>
        ${
          delivery.arrangedBy === 'platform'
            ? html`<dt>${i18n.t('delivery')}</dt>
                <dd>${i18n.t('arrangedBy.platform')}</dd>
                <dt>${i18n.t('pickupAddress')}</dt>
                <dd>
                  <address>
                    ${delivery.pickupAddress.name}<br />${delivery.pickupAddress.street}<br />${delivery.pickupAddress.postalCode}
                    ${delivery.pickupAddress.city}, ${i18n.region(delivery.pickupAddress.country)}
                  </address>
                </dd>`
            : html`<dt>${i18n.t('delivery')}</dt>
                <dd>${i18n.t('arrangedBy.supplier')}</dd>
                <dt>${i18n.t('carrier')}</dt>
                <dd>${carrierName(delivery.carrierId)}</dd>
                <dt>${i18n.t('trackingNumbers', { count: Math.max(1, delivery.trackingNumbers.length) })}</dt>
                <dd>${this.renderTrackingNumbers(data, delivery.carrierId, delivery.trackingNumbers)}</dd>
                <dt>${i18n.t('expectedShipDate')}</dt>
                <dd>${i18n.date(delivery.expectedShipDate)}</dd>`
        }
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
          ${
            href
              ? html`<a href=${href} target="_blank" rel="noopener noreferrer" part="number-tracking-link"
                  >${i18n.t('trackNumber')}<span class="visually-hidden">
                    ${i18n.t('trackNumberLabel', { number })}</span
                  ></a
                >`
              : nothing
          }
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
        ${renderIcon(waitingIcon)}
        <div class="notice-body">
          <p>${i18n.t('processing')}</p>
          <p class="muted">${i18n.t('processingRefresh')}</p>
        </div>
      </div>`;
    } else if (shipment.documents.length === 0) {
      body = html`<p class="muted">${i18n.t('noDocuments')}</p>`;
    } else {
      const links = shipment.documents.map((document) => this.renderDocument(document));
      body = html`<p class="muted">${i18n.t('documentsHint')}</p>
        <ul class="plain documents">
          ${links}
        </ul>
        <button
          type="button"
          class="button"
          part="button print-button"
          aria-label=${i18n.t('printAllLabel', { number: shipment.number })}
          @click=${() => this.printAll(data, shipment)}
        >
          ${renderIcon(printIcon)} ${i18n.t('printAll')}
        </button>
        ${this.popupBlocked === shipment.id ? html`<p class="notice warning" role="alert">${renderIcon(warningIcon)}<span class="notice-body">${i18n.t('popupBlocked')}</span></p>` : nothing}`;
    }
    return html`<section part="documents" aria-labelledby="${headingId} shipment-${shipment.id}">
      ${renderHeading(this.headingLevel + 2, i18n.t('documents'), { id: headingId })} ${body}
    </section>`;
  }

  private renderDocument(document: DocumentRef): TemplateResult {
    const href = safeHref(document.url);
    const label = `${document.name} (${this.i18n.fileSize(document.sizeBytes)})`;
    return html`<li>
      ${href ? html`<a href=${href} target="_blank" rel="noopener" download=${document.name} part="document-link">${label}</a>` : label}
    </li>`;
  }

  private renderLogistics(shipment: Shipment): TemplateResult {
    const i18n = this.i18n;
    const headingId = `logistics-${shipment.id}`;
    const entry = this.trackings.get(shipment.id);
    let body: unknown;
    if (shipment.status === 'processing') body = html`<p class="muted">${i18n.t('notTrackedYet')}</p>`;
    else if (!entry) {
      body = html`<button
        type="button"
        class="button"
        part="button show-tracking-button"
        aria-label=${i18n.t('showTrackingLabel', { number: shipment.number })}
        @click=${() => this.trackings.request(shipment.id)}
      >
        ${i18n.t('showTracking')}
      </button>`;
    } else if (entry.state === 'queued' || entry.state === 'loading')
      body = html`<p class="muted" aria-busy="true">${i18n.t('trackingLoading')}</p>`;
    else if (entry.state === 'error') {
      body = html`<div class="notice warning" part="error" role="alert">
        ${renderIcon(warningIcon)}
        <div class="notice-body">
          <p>${i18n.t('trackingError')} ${errorMessage(entry.error, i18n, 'read')}</p>
          <button
            type="button"
            class="button"
            part="button retry-button"
            @click=${() => this.trackings.request(shipment.id)}
          >
            ${i18n.shared('retry')}
          </button>
        </div>
      </div>`;
    } else body = this.renderTracking(shipment, entry.tracking);
    return html`<section part="logistics" aria-labelledby="${headingId} shipment-${shipment.id}">
      ${renderHeading(this.headingLevel + 2, i18n.t('logistics'), { id: headingId })} ${body}
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
    const link = href
      ? html`<p>
          <a href=${href} target="_blank" rel="noopener noreferrer" part="tracking-link"
            >${i18n.t('trackingLink')}<span class="visually-hidden">
              (${i18n.t('trackingLinkLabel', { number: shipment.number })})</span
            ></a
          >
        </p>`
      : nothing;
    // Nothing known and nothing happened yet: one sentence, not a status and an empty timeline saying it twice.
    if (tracking.status === 'unknown' && events.length === 0)
      return html`<p part="tracking-status" class="muted">${i18n.t('noTrackingYet')}</p>
        ${link}`;
    return html`<p part="tracking-status">
        <strong>${i18n.t('trackingStatus', { status: knownStatus(tracking.status) })}</strong>
      </p>
      ${
        href
          ? html`<p>
              <a href=${href} target="_blank" rel="noopener noreferrer" part="tracking-link"
                >${i18n.t('trackingLink')}<span class="visually-hidden">
                  (${i18n.t('trackingLinkLabel', { number: shipment.number })})</span
                ></a
              >
            </p>`
          : nothing
      }
      ${
        events.length === 0
          ? html`<p class="muted">${i18n.t('noEvents')}</p>`
          : html`<ol class="timeline" part="timeline" aria-label=${i18n.t('timeline', { number: shipment.number })}>
              ${events.map(
                (event) =>
                  html`<li part="timeline-event">
                    <time datetime=${event.at}>${i18n.dateTime(event.at)}</time>
                    <span>${event.description}</span
                    >${event.location ? html` <span class="muted">· ${event.location}</span>` : nothing}
                    <span class="visually-hidden">(${knownStatus(event.status)})</span>
                  </li>`,
              )}
            </ol>`
      }`;
  }
}
