import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  shippingInfoCountdown,
  shippingInfoDueDate,
  leadTimeCountdown,
  isDeadlineNear,
} from '../../domain/deadlines.js';
import { deliveryResponsibility } from '../../domain/delivery.js';
import { remainingQuantity } from '../../domain/quantities.js';
import type { ShippingStepRoute } from '../../domain/routes.js';
import { currentStage, shippingLock, stageStatuses, type StageStatuses } from '../../domain/stages.js';
import { STAGE_KEYS, type Order, type Position, type StageKey } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { childTag, childTagName, staticHtml } from '../shared/lazy-tags.js';
import { LongList, longListStyles, positionText } from '../shared/long-list.js';
import { renderScrollRegion } from '../shared/scroll-region.js';
import { renderStatusBadge, statusBadgeStyles } from '../shared/status-badge.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { renderTask } from '../shared/task-view.js';
import { OrderLoadedEvent, StageToggleEvent } from './order-details.events.js';
import { orderDetailsMessages } from './order-details.messages.js';
import { orderDetailsStyles } from './order-details.styles.js';
import { renderHeading } from '../shared/heading.js';
import { renderIcon } from '../shared/icon.js';
import { chevronIcon } from '../shared/icons/chevron.js';
import { errorIcon } from '../shared/icons/error.js';
import { lockIcon } from '../shared/icons/lock.js';
import { renderPartCell, renderPositionsTable } from '../shared/positions-table.js';
import { tableStyles } from '../../theme/table.styles.js';

/** Events of the stage elements after which the order is reloaded and the stages recomputed. */
const CHANGE_EVENTS = [
  'order-confirmed',
  'order-lines-acknowledged',
  'order-lines-answered',
  'quality-report-uploaded',
  'quality-report-removed',
  'shipment-published',
  'invoice-submitted',
  'quality-document-uploaded',
] as const;
/**
 * The supplier's own actions after which a done stage hands over to the next one. Not an upload (the supplier may
 * add more documents and sees the one just added listed), nor the platform's answers arriving on a reload (focus
 * never moves on its own while the supplier may be reading or typing).
 */
const HANDOVER_EVENTS: ReadonlySet<string> = new Set([
  'order-confirmed',
  'order-lines-acknowledged',
  'shipment-published',
  'invoice-submitted',
]);
const CHILD_TAGS = [
  'production-confirmation',
  'quality-report',
  'shipment-list',
  'shipping-wizard',
  'invoice-form',
  'order-activity',
];

/**
 * One order: header, positions, the shipping-information deadline, and the four
 * stages (Production, Quality control, Shipping, Invoice), each with a status at a
 * glance and in words, opening its panel. Panels are the stage elements; after a
 * change in one, the order is reloaded and every status recomputed. `shipping-step` opens the Shipping stage
 * with the shipping wizard (at a step), `shipment-id` opens it with that shipment brought into view: what a
 * host's link to a wizard step or a shipment sets. The wizard's `shipping-step-change`, `shipping-cancel` and
 * `shipment-published` bubble out of this element, so a host can keep the step in its URL.
 *
 * @summary Order details with the four stages of the supplier flow.
 *
 * @fires {OrderLoadedEvent} order-loaded - Detail `{ order }`: the order was (re)loaded.
 * @fires {StageToggleEvent} stage-toggle - Detail `{ orderId, stage }`: the supplier opened a stage (or closed it: `stage` null).
 *
 * @csspart header - The order facts (lead time, terms, delivery).
 * @csspart positions - The positions table.
 * @csspart list-filter - Above a list of more than 50 positions: the "Find a position" box and the live count (also `list-filter-input`, `list-count`).
 * @csspart list-pager - Below such a list: Previous / page / Next (also `list-previous-button`, `list-next-button`).
 * @csspart deadline - The shipping-information deadline notice.
 * @csspart stages - The list of stages.
 * @csspart stage - One stage.
 * @csspart stage-toggle - The button opening a stage.
 * @csspart stage-panel - The panel of a stage.
 * @csspart activity - The Activity section after the stages (an `<order-activity>`).
 * @csspart status-badge - A stage status (icon and words).
 * @csspart add-shipping - The "Add shipping" button ("Continue shipping" after the wizard was cancelled with its entries kept).
 * @csspart draft-kept - The line beside it saying the cancelled wizard's entries are kept as a draft.
 * @csspart shipping-lock - Why shipping is locked: the required quality documents still missing or rejected.
 * @csspart button - Every button.
 * @csspart error - An error with "Try again".
 *
 * @cssprop --sf-color-success - Done stages.
 * @cssprop --sf-color-danger - Stages that need the supplier's action, and a passed deadline.
 * @cssprop --sf-color-warning - A near deadline.
 */
export class OrderDetails extends SupplierElement {
  static override styles = [
    ...SupplierElement.styles,
    tableStyles,
    statusBadgeStyles,
    longListStyles,
    orderDetailsStyles,
  ];

  /** The order shown. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /** The open stage (`production`, `quality`, `shipping`, `invoice`); by default the one owing the next action. */
  @property({ reflect: true }) stage?: StageKey;

  /**
   * Opens the Shipping stage with the shipping wizard: `new` where its draft left off, or at a step
   * (`parts`, `package`, `delivery`; a step whose earlier steps are incomplete opens the first incomplete one). Empty: closed.
   */
  @property({ attribute: 'shipping-step' }) shippingStep: ShippingStepRoute | '' = '';

  /** Opens the Shipping stage with this shipment scrolled into view, highlighted and focused (a message if the order has none such). */
  @property({ attribute: 'shipment-id' }) shipmentId = '';

  /** The current time, for countdowns; defaults to now. */
  @property({ attribute: false }) now?: Date;

  @state() private wizardOpen = false;
  /** Set when the supplier cancelled the wizard: its entries are kept as a draft, and the panel says so. */
  @state() private draftKept = false;
  /** The stage the supplier opened or closed by hand; undefined follows `stage` or the next action. */
  @state() private expanded: StageKey | null | undefined = undefined;

  private readonly i18n = new LocalizeController(this, orderDetailsMessages);
  /** The page of the positions table (an order may have 10,000 positions). */
  private readonly positions = new LongList<Position>(this, { id: 'positions', text: positionText });
  private shownStage: StageKey | null = null;
  /** Set by "Add shipping": the wizard's first step takes the focus once it shows. */
  private focusWizardStep = false;

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<Order> => {
      const order = await this.api.adapter.getOrder(orderId, { signal });
      this.dispatchEvent(new OrderLoadedEvent({ order }));
      return order;
    },
    args: () => [this.orderId, this.api.revision] as const,
  });

  constructor() {
    super();
    for (const type of CHANGE_EVENTS) this.addEventListener(type, (event) => this.handleStageChange(event));
    this.addEventListener('shipping-cancel', () => {
      this.draftKept = true;
      void this.closeWizard();
    });
    this.addEventListener('shipping-step-change', () => void this.focusFirstStep());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId') && changed.get('orderId') !== undefined) {
      this.expanded = undefined;
      this.wizardOpen = false;
      this.draftKept = false;
      this.positions.reset();
    }
    // A link to the wizard or a shipment opens the Shipping stage; when it is cleared, the stage shown stays open.
    const links = (['shippingStep', 'shipmentId'] as const).filter((key) => changed.has(key));
    if (changed.has('stage') || links.some((key) => this[key])) this.expanded = undefined;
    else if (links.some((key) => changed.get(key)) && this.expanded === undefined) this.expanded = this.shownStage;
    // A removed attribute reads as null: any empty value closes the wizard.
    if (changed.has('shippingStep') || changed.has('orderId')) this.wizardOpen = Boolean(this.shippingStep);
  }

  /** Loads the order again and refreshes every stage. */
  async reload(): Promise<void> {
    await this.loadTask.run();
    this.reloadChildren(null);
  }

  private handleStageChange(event: Event): void {
    if (event.type === 'shipment-published') {
      this.wizardOpen = false;
      this.draftKept = false;
    }
    // Keep the panel the supplier is working in open, so its result stays in view, until the reload says it is done.
    if (this.expanded === undefined) this.expanded = this.shownStage;
    const from = this.shownStage;
    void this.loadTask.run().then(async () => {
      this.reloadChildren(event.target);
      const order = this.loadTask.status === TaskStatus.COMPLETE ? this.loadTask.value : undefined;
      if (order && HANDOVER_EVENTS.has(event.type)) await this.openNextStage(from, order);
    });
  }

  /**
   * After a change in the stage `from`: when that stage is done, opens the next one that needs the supplier and
   * moves focus to its button (the panel that had focus is gone); otherwise (still owed, or waiting for the platform,
   * whose panel says what happens next) leaves the panel as it is.
   */
  private async openNextStage(from: StageKey | null, order: Order): Promise<void> {
    const statuses = stageStatuses(order);
    if (from === null || statuses[from] !== 'done') return;
    const next = STAGE_KEYS.find((key) => statuses[key] === 'action-required');
    if (!next || next === from) return;
    this.expanded = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-stage="${next}"] [part~="stage-toggle"]`)?.focus();
  }

  private reloadChildren(except: EventTarget | null): void {
    for (const child of this.renderRoot.querySelectorAll<HTMLElement & { reload?: () => unknown }>(
      CHILD_TAGS.map((tag) => childTagName(this, tag)).join(', '),
    )) {
      if (child !== except && typeof child.reload === 'function') void child.reload();
    }
  }

  private openStage(statuses: StageStatuses): StageKey | null {
    if (this.expanded !== undefined) return this.expanded;
    if (this.shippingStep || this.shipmentId) return 'shipping';
    if (this.stage && STAGE_KEYS.includes(this.stage)) return this.stage;
    // The stage that needs the supplier; else the one the order waits in.
    const owed = STAGE_KEYS.find((key) => statuses[key] === 'action-required');
    if (owed) return owed;
    const current = currentStage(statuses);
    return current === 'completed' ? null : current;
  }

  private toggleStage(stage: StageKey | null): void {
    this.expanded = stage;
    this.dispatchEvent(new StageToggleEvent({ orderId: this.orderId, stage }));
  }

  private async openWizard(): Promise<void> {
    this.wizardOpen = true;
    this.focusWizardStep = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(childTagName(this, 'shipping-wizard'))?.focus();
  }

  /**
   * The "Add shipping" button is gone once the wizard opens: when the wizard reports its first step, focus moves to
   * that step's heading (its `step-heading` part), so keyboard and screen reader users land where the work is.
   */
  private async focusFirstStep(): Promise<void> {
    if (!this.focusWizardStep) return;
    this.focusWizardStep = false;
    const wizard = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
      childTagName(this, 'shipping-wizard'),
    );
    await wizard?.updateComplete;
    wizard?.shadowRoot?.querySelector<HTMLElement>('[part~="step-heading"]')?.focus();
  }

  private async closeWizard(): Promise<void> {
    this.wizardOpen = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="add-shipping"]')?.focus();
  }

  /** The heading level of the elements in a stage's panel: below the stage's own heading. */
  private get panelLevel(): number {
    return this.headingLevel + 3;
  }

  override render(): unknown {
    return renderTask(this.loadTask, this.i18n, { complete: (order) => this.renderOrder(order) });
  }

  private renderOrder(order: Order): TemplateResult {
    const statuses = stageStatuses(order);
    const open = this.openStage(statuses);
    this.shownStage = open;
    return html`<article>
      ${renderHeading(this.headingLevel, this.i18n.t('title', { number: order.number }), { part: 'title', focusable: true })}
      ${this.renderFacts(order)} ${this.renderDeadline(order, statuses)} ${this.renderPositions(order)}
      ${renderHeading(this.headingLevel + 1, this.i18n.t('stages'))}
      <ol part="stages" class="stages">
        ${STAGE_KEYS.map((key) => this.renderStage(order, key, statuses, open === key))}
      </ol>
      <section part="activity" aria-labelledby="activity-heading">
        ${renderHeading(this.headingLevel + 1, this.i18n.t('activity'), { id: 'activity-heading' })}
        ${this.renderChild(childTag(this, 'order-activity'), order.id, this.headingLevel + 2)}
      </section>
    </article>`;
  }

  private renderFacts(order: Order): TemplateResult {
    const i18n = this.i18n;
    const lead = leadTimeCountdown(order, this.now ?? Date.now());
    return html`<dl part="header" class="facts">
      <div>
        <dt>${i18n.t('leadTime')}</dt>
        <dd>
          ${i18n.date(order.leadTime, 'long')}
          ${currentStage(stageStatuses(order)) === 'completed' ? nothing : html`<span class="muted">(${i18n.shared(`deadline.${lead.state}`, { count: Math.abs(lead.days) })})</span>`}
        </dd>
      </div>
      <div>
        <dt>${i18n.t('terms')}</dt>
        <dd>
          ${i18n.t(`kind.${order.kind}`)} · ${order.incoterm} ·
          ${i18n.t('paymentTerms', { count: order.paymentTermsDays })}
        </dd>
      </div>
      <div>
        <dt>${i18n.t('delivery')}</dt>
        <dd>${i18n.t(`delivery.${deliveryResponsibility(order)}`)}</dd>
      </div>
    </dl>`;
  }

  private renderDeadline(order: Order, statuses: StageStatuses): TemplateResult | typeof nothing {
    // The open shipping wizard shows the deadline beside its form: said once.
    if (this.wizardOpen) return nothing;
    if (
      statuses.shipping === 'done' ||
      statuses.shipping === 'waiting' ||
      order.positions.every((position) => remainingQuantity(order, position) === 0)
    )
      return nothing;
    const due = shippingInfoCountdown(order, this.now ?? Date.now());
    if (!isDeadlineNear(due)) return nothing;
    const date = this.i18n.date(shippingInfoDueDate(order), 'long');
    return due.state === 'overdue'
      ? html`<div part="deadline" class="notice danger" role="note">
          ${renderIcon(errorIcon)}
          <div class="notice-body">${this.i18n.t('deadlinePassed', { date, action: this.addShippingLabel() })}</div>
        </div>`
      : html`<div part="deadline" class="notice warning" role="note">
          ${renderIcon(errorIcon)}
          <div class="notice-body">
            ${this.i18n.t('deadlineNear', { date, action: this.addShippingLabel(), phrase: this.i18n.shared(`deadline.${due.state}`, { count: Math.abs(due.days) }) })}
          </div>
        </div>`;
  }

  private renderPositions(order: Order): TemplateResult {
    const i18n = this.i18n;
    const total = order.positions.reduce((sum, position) => sum + position.quantity * position.unitPriceMinor, 0);
    const view = this.positions.view(order.positions);
    return html`${renderHeading(this.headingLevel + 1, i18n.t('positions'), { id: 'positions-heading' })}
    ${this.positions.renderFilter(view)}
    ${renderScrollRegion(
      renderPositionsTable(
        [
          { header: i18n.t('column.part'), cell: renderPartCell },
          { header: i18n.t('column.material'), cell: (position) => position.material },
          { header: i18n.t('column.process'), cell: (position) => position.process },
          { header: i18n.t('column.quantity'), numeric: true, cell: (position) => i18n.number(position.quantity) },
          {
            header: i18n.t('column.unitPrice'),
            numeric: true,
            cell: (position) => i18n.money(position.unitPriceMinor, order.currency),
          },
          {
            header: i18n.t('column.total'),
            numeric: true,
            cell: (position) => i18n.money(position.quantity * position.unitPriceMinor, order.currency),
          },
        ],
        view.rows.map((row) => row.item),
        (position) => position.id,
        {
          footer: html`<tfoot>
            <tr>
              <th scope="row" colspan="5">${i18n.t('orderTotal')}</th>
              <td class="num">${i18n.money(total, order.currency)}</td>
            </tr>
          </tfoot>`,
        },
      ),
      { labelledBy: 'positions-heading' },
      'positions',
    )}
    ${this.positions.renderPager(view)}`;
  }

  private renderStage(order: Order, key: StageKey, statuses: StageStatuses, open: boolean): TemplateResult {
    const panelId = `stage-panel-${key}`;
    return html`<li part="stage" class="stage" data-stage=${key}>
      ${renderHeading(this.headingLevel + 2, this.renderStageToggle(key, statuses, open, panelId))}
      <div
        id=${panelId}
        part="stage-panel"
        class="stage-panel"
        role="region"
        aria-label=${this.i18n.shared(`stage.${key}`)}
        ?hidden=${!open}
      >
        ${open ? this.renderPanel(order, key, statuses) : nothing}
      </div>
    </li>`;
  }

  private renderStageToggle(key: StageKey, statuses: StageStatuses, open: boolean, panelId: string): TemplateResult {
    return html`<button
      part="stage-toggle"
      class="stage-toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${panelId}
      @click=${() => this.toggleStage(open ? null : key)}
    >
      <span class="stage-title"
        ><span class="chevron">${renderIcon(chevronIcon)}</span>${this.i18n.shared(`stage.${key}`)}</span
      >
      ${renderStatusBadge(statuses[key], this.i18n)}
    </button>`;
  }

  private renderPanel(order: Order, key: StageKey, statuses: StageStatuses): TemplateResult {
    const i18n = this.i18n;
    if (statuses[key] === 'locked')
      return key === 'shipping' ? this.renderShippingLock(order) : html`<p class="muted">${i18n.t('locked')}</p>`;
    switch (key) {
      case 'production':
        return this.renderChild(childTag(this, 'production-confirmation'), order.id, this.panelLevel);
      case 'quality':
        return statuses.quality === 'not-required'
          ? html`<p>${i18n.t('qualityNotRequired')}</p>`
          : this.renderChild(childTag(this, 'quality-report'), order.id, this.panelLevel);
      case 'shipping':
        return this.renderShipping(order);
      case 'invoice':
        return this.renderChild(childTag(this, 'invoice-form'), order.id, this.panelLevel);
    }
  }

  /** A child element showing part of `orderId`, `tag` being its name here (`<acme-invoice-form>` inside `<acme-order-details>`). */
  private renderChild(tag: ReturnType<typeof childTag>, orderId: string, headingLevel: number): TemplateResult {
    return staticHtml`<${tag} order-id=${orderId} heading-level=${headingLevel}></${tag}>`;
  }

  /** Locked shipping: which required quality documents are missing or rejected, when they are what holds it. */
  private renderShippingLock(order: Order): TemplateResult {
    const i18n = this.i18n;
    const lock = shippingLock(order);
    if (lock?.reason !== 'quality-documents') return html`<p class="muted">${i18n.t('locked')}</p>`;
    return html`<div part="shipping-lock" class="notice warning">
      ${renderIcon(lockIcon)}
      <div class="notice-body">
        <p>${i18n.t('lockedQualityDocuments')}</p>
        <ul>
          ${lock.outstanding.map(({ type, state }) => html`<li>${i18n.t(`outstanding.${state}`, { type: i18n.shared(`qualityDocument.${type}`) })}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  /** The shipping button's words, which the deadline notice names. */
  private addShippingLabel(): string {
    return this.i18n.t(this.draftKept ? 'continueShipping' : 'addShipping');
  }

  /** "Add shipping"; after a Cancel, "Continue shipping", described by a line saying the entries are kept. */
  private renderAddShipping(): TemplateResult {
    const kept = this.draftKept;
    return html`<div class="actions">
      ${kept ? html`<p id="draft-kept" part="draft-kept" class="muted">${this.i18n.t('shippingDraftKept')}</p>` : nothing}
      <button
        part="add-shipping button"
        class="button primary"
        type="button"
        aria-describedby=${kept ? 'draft-kept' : nothing}
        @click=${this.openWizard}
      >
        ${this.addShippingLabel()}
      </button>
    </div>`;
  }

  private renderShipping(order: Order): TemplateResult {
    const remaining = order.positions.some((position) => remainingQuantity(order, position) > 0);
    const wizard = childTag(this, 'shipping-wizard');
    const shipments = childTag(this, 'shipment-list');
    // The list of shipments first, then what adds one (the button bar, or the wizard in its place): the panel
    // reads top-down, and the button sits under the "No shipments yet" it acts on.
    return html`<slot name="shipping"></slot>
      ${staticHtml`<${shipments} order-id=${order.id} heading-level=${this.panelLevel} shipment-id=${this.shipmentId || nothing}></${shipments}>`}
      ${
        this.wizardOpen && remaining
          ? staticHtml`<${wizard} order-id=${order.id} heading-level=${this.panelLevel} step=${this.shippingStep === 'new' ? nothing : this.shippingStep || nothing}></${wizard}>`
          : remaining
            ? this.renderAddShipping()
            : html`<p>${this.i18n.t('allShipped')}</p>`
      }`;
  }
}
