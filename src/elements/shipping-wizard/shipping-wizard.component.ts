import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { orderToday, shippingInfoDueDate } from '../../domain/deadlines.js';
import { deliveryResponsibility } from '../../domain/delivery.js';
import { isShippingStep, SHIPPING_STEP_KEYS, type ShippingStepKey } from '../../domain/routes.js';
import type { DraftAdjustment } from '../../domain/draft-quantities.js';
import { remainingQuantity } from '../../domain/quantities.js';
import { shippingStatus } from '../../domain/stages.js';
import type { Delivery, Position, Shipment } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { createDraftStore } from '../shared/drafts.js';
import { NO_STATE, type FieldState } from '../shared/field.js';
import { fieldStyles } from '../shared/field.styles.js';
import { fileDropStyles } from '../shared/file-drop.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { SubmitController } from '../shared/submit-controller.js';
import { LongList, longListStyles, positionText } from '../shared/long-list.js';
import { renderStepper, stepperStyles } from '../shared/stepper.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { errorView, renderTask } from '../shared/task-view.js';
import {
  DRAFT_VERSION,
  draftTrackingNumbers,
  emptyDraft,
  isShippingDraft,
  migrateShippingDraft,
  reconcileShippingDraft,
  toNewShipment,
  type DeliveryDraft,
  type PackageDraft,
  type ShippingDraft,
  type StepIndex,
} from './draft.js';
import { trackingFieldSelector, withoutTrackingNumber } from './tracking-list.js';
import { WizardProblems } from './wizard-problems.js';
import { renderDeadlineNotice, renderNotice, renderPublished, renderWizardDraftAdjusted } from './views.js';
import { PhotoUploadController } from './photo-upload-controller.js';
import { ShipmentPublishedEvent, ShippingCancelEvent, ShippingStepChangeEvent } from './shipping-wizard.events.js';
import { shippingWizardMessages } from './shipping-wizard.messages.js';
import { shippingWizardStyles } from './shipping-wizard.styles.js';
import { renderDeliveryStep } from './steps/delivery-step.js';
import { renderPackageStep } from './steps/package-step.js';
import { renderPartsStep } from './steps/parts-step.js';
import { fieldId, type StepHost, type WizardData } from './steps/step-host.js';
import { checkDraft, fieldOrder, stepOfField, trackingIndexOf, trackingKey, type DraftCheck } from './validation.js';

/** Drafts of this wizard, per order id; never the photo's bytes. */
const drafts = createDraftStore<ShippingDraft>('shipping', DRAFT_VERSION, isShippingDraft, migrateShippingDraft);

/**
 * "Add shipping": a three-step wizard (parts, package, delivery) that publishes one shipment of an order.
 * The wizard owns the draft; every change is saved per order and restored after a reload, until it is published.
 * `step` opens it at a step (a host's link to it); a later step whose earlier steps are not complete opens
 * at the first incomplete one instead, and `shipping-step-change` tells the host which step is shown.
 * Delivery follows the order's terms: the platform arranges pickup (regular orders) or the supplier arranges it
 * (test orders, DAP terms).
 *
 * @summary Add a shipment to an order: parts and quantities, package and photo, delivery; "Publish".
 *
 * @fires {ShipmentPublishedEvent} shipment-published - Detail `{ orderId, shipment }`: the shipment was created; the draft is cleared.
 * @fires {ShippingCancelEvent} shipping-cancel - Detail `{ orderId }`: the supplier chose "Cancel"; the draft is kept.
 * @fires {ShippingStepChangeEvent} shipping-step-change - Detail `{ orderId, step }` (`parts`, `package`, `delivery`): the wizard shows another step (also its first once loaded).
 *
 * @csspart wizard - The wizard's frame.
 * @csspart title - The "Add shipping" heading.
 * @csspart deadline - The shipping-deadline notice.
 * @csspart steps - The step indicator (ordered list).
 * @csspart step - One step of the indicator (also `step-done`, `step-current`, `step-upcoming`).
 * @csspart step-heading - The heading of the current step (focused on a step change).
 * @csspart positions - The list of positions (step 1).
 * @csspart position - One position with its quantity field.
 * @csspart list-filter - Above a list of more than 50 positions: the "Find a position" box and the live count (also `list-filter-input`, `list-count`).
 * @csspart list-pager - Below such a list: Previous / page / Next (also `list-previous-button`, `list-next-button`).
 * @csspart field - A labelled field.
 * @csspart field-label - A field's label.
 * @csspart input - A text, number or date input.
 * @csspart select - The logistic operator select.
 * @csspart checkbox - The terms checkbox.
 * @csspart radio - A package type choice.
 * @csspart field-status - A field's validity line (also `field-error`, `field-warning`).
 * @csspart file-drop - The photo drop zone.
 * @csspart upload-progress - The photo upload progress.
 * @csspart thumbnail - The uploaded photo's thumbnail.
 * @csspart pickup-address - The pickup address (platform arranges delivery).
 * @csspart tracking-numbers - The list of tracking number fields.
 * @csspart tracking-number - One tracking number field with its "Remove" button.
 * @csspart carrier-proposal - The carriers whose format the tracking numbers fit, each with a "Use …" button.
 * @csspart actions - The button row.
 * @csspart button - Every button (also `back-button`, `continue-button`, `publish-button`, `cancel-button`, `add-tracking-button`, `remove-tracking-button`).
 * @csspart success - The confirmation after publishing.
 * @csspart error - An error with "Try again".
 *
 * @cssprop --sf-shipping-wizard-padding - Padding of the wizard's frame (default `var(--sf-space-4)`).
 * @cssprop --sf-shipping-thumbnail-size - Size of the photo thumbnail (default `6rem`).
 * @cssprop --sf-color-accent - Accent colour (buttons, current step).
 * @cssprop --sf-color-danger - Errors and the passed deadline.
 * @cssprop --sf-color-warning - Warnings (deadline near, tracking number).
 * @cssprop --sf-color-success - Valid fields and done steps.
 */
export class ShippingWizard extends SupplierElement {
  static override styles = [...SupplierElement.styles, fieldStyles, stepperStyles, fileDropStyles, longListStyles, shippingWizardStyles];

  /** The order to ship. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /**
   * The step to open at (`parts`, `package`, `delivery`), e.g. from a link: taken once the order is loaded and
   * whenever it changes; a step whose earlier steps are incomplete opens at the first incomplete one. Empty: where the draft left off.
   */
  @property() step: ShippingStepKey | '' = '';

  @state() private draft: ShippingDraft | null = null;
  @state() private touched: ReadonlySet<string> = new Set();
  @state() private attempted: ReadonlySet<StepIndex> = new Set();
  @state() private published: Shipment | null = null;
  @state() private announcement = '';
  /** How the draft was brought in line with the order when it (re)loaded; shown until published or another order. */
  @state() private draftAdjustments: readonly DraftAdjustment[] = [];

  private readonly i18n = new LocalizeController(this, shippingWizardMessages);
  /** The page of positions on the parts step. */
  private readonly parts = new LongList<Position>(this, { id: 'parts', text: positionText });
  private readonly problems = new WizardProblems(this.i18n, () => this.draft, () => this.loadTask.value);
  private readonly photo = new PhotoUploadController(this, {
    i18n: this.i18n,
    api: () => this.api.adapter,
    data: () => this.loadTask.value,
    busy: () => this.submitter.sending,
    onChosen: () => (this.touched = new Set([...this.touched, 'photoId'])),
    onUploaded: (ref) => this.change({ photo: { id: ref.id, name: ref.name } }, 'photoId'),
    announce: (text) => (this.announcement = text),
    focus: () => (this.pendingFocus = '#package-photo'),
  });
  /** The order the draft belongs to. */
  private draftOrderId: string | null = null;
  /** A selector to focus after the next render. */
  private pendingFocus: string | null = null;
  /** Publishing: busy, the draft's key, the platform's field errors keyed as the draft's fields, reload on conflict. */
  private readonly submitter = new SubmitController(this, {
    onConflict: () => this.reload(),
    mapFieldErrors: (fieldErrors) => (this.draft ? this.problems.draftFieldErrors(fieldErrors, this.draft) : fieldErrors),
  });
  /** `step` was set and is still to be taken. */
  private stepRequested = false;
  /** The step last reported by `shipping-step-change`. */
  private reportedStep: StepIndex | null = null;

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<WizardData> => {
      const api = this.api.adapter;
      const [order, rules] = await Promise.all([api.getOrder(orderId, { signal }), api.getPackagingRules({ signal })]);
      const responsibility = deliveryResponsibility(order);
      const [carriers, profile] = await Promise.all([
        responsibility === 'supplier' ? api.listCarriers({ signal }) : Promise.resolve([]),
        responsibility === 'platform' ? api.getCompanyProfile({ signal }) : Promise.resolve(null),
      ]);
      return { order, rules, responsibility, carriers, profile };
    },
    args: () => [this.orderId, this.api.revision] as const,
    onComplete: (data) => this.adopt(data),
  });

  /** Reloads the order (remaining quantities, rules, carriers, pickup address); the draft is kept. */
  reload(): void {
    void this.loadTask.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId') && this.draftOrderId !== null && this.draftOrderId !== this.orderId) {
      this.draft = null;
      this.draftOrderId = null;
      this.reportedStep = null;
      this.resetView();
      this.parts.reset();
    }
    if (changed.has('step') && isShippingStep(this.step)) this.stepRequested = true;
    const data = this.loadTask.value;
    if (this.stepRequested && this.draft && data && data.order.id === this.draftOrderId) this.openRequestedStep(data, this.draft);
  }

  protected override updated(): void {
    this.reportStep();
    if (this.pendingFocus === null) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (!target) return;
    this.pendingFocus = null;
    const focusable = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input') : target;
    focusable?.focus();
  }

  /* ---------- requested step ---------- */

  /** Opens the requested step when every earlier step is complete, else the first incomplete step. */
  private openRequestedStep(data: WizardData, draft: ShippingDraft): void {
    this.stepRequested = false;
    if (!isShippingStep(this.step) || this.published) return;
    const wanted = SHIPPING_STEP_KEYS.indexOf(this.step) as StepIndex;
    const errors = Object.keys(this.check(data, draft).errors);
    const incomplete = ([0, 1, 2] as const).find((step) => step < wanted && errors.some((key) => stepOfField(key) === step));
    const step = incomplete ?? wanted;
    // Focus the heading when the step moves or the wizard first shows one; otherwise leave focus where the wizard put it.
    if (step !== draft.step || this.reportedStep === null) this.pendingFocus = '#step-heading';
    if (step !== draft.step) {
      this.draft = { ...draft, step };
      this.save();
    }
  }

  /** Tells the host which step is shown, once per change (none while locked, done or published). */
  private reportStep(): void {
    const data = this.loadTask.value;
    const draft = this.draft;
    const shown =
      draft && data && data.order.id === this.draftOrderId && !this.published && shippingStatus(data.order) !== 'locked' && Object.keys(draft.quantities).length > 0
        ? draft.step
        : null;
    if (shown === this.reportedStep) return;
    this.reportedStep = shown;
    if (shown !== null) this.dispatchEvent(new ShippingStepChangeEvent({ orderId: data!.order.id, step: SHIPPING_STEP_KEYS[shown] }));
  }

  /* ---------- draft ---------- */

  /**
   * Takes the loaded order: restores the saved (or current) draft brought in line with the order as it is now,
   * telling the supplier what changed (back at Parts when the parts no longer add up), or starts one with every remaining quantity.
   */
  private adopt(data: WizardData): void {
    const order = data.order;
    const open = order.positions.filter((position) => remainingQuantity(order, position) > 0);
    const fresh = () => Object.fromEntries(open.map((position) => [position.id, String(remainingQuantity(order, position))]));
    const kept = (this.draftOrderId === order.id ? this.draft : null) ?? drafts.load(order.id);
    this.draftOrderId = order.id;
    if (!kept) {
      this.draft = emptyDraft(fresh(), newIdempotencyKey());
      return;
    }
    const { draft, adjustments } = reconcileShippingDraft(kept, order);
    this.draft = draft;
    if (adjustments.length === 0) return;
    this.draftAdjustments = [...this.draftAdjustments, ...adjustments];
    if (draft.step !== 0 && Object.keys(this.check(data, draft).errors).some((key) => stepOfField(key) === 0)) {
      this.draft = { ...draft, step: 0 };
    }
    this.save();
  }

  private current(): ShippingDraft {
    return this.draft!;
  }

  private change(patch: Partial<ShippingDraft>, touchedKey?: string): void {
    if (!this.draft || this.submitter.sending) return;
    this.draft = { ...this.draft, ...patch };
    if (touchedKey) {
      this.touched = new Set([...this.touched, touchedKey]);
      if (touchedKey in this.submitter.fieldErrors) {
        const { [touchedKey]: _removed, ...rest } = this.submitter.fieldErrors;
        this.submitter.fieldErrors = rest;
      }
    }
    this.submitter.dismiss();
    this.save();
  }

  private save(): void {
    if (this.draft && this.draftOrderId) drafts.save(this.draftOrderId, this.draft);
  }

  private resetView(): void {
    this.draftAdjustments = [];
    this.touched = new Set();
    this.attempted = new Set();
    this.submitter.fieldErrors = {};
    this.submitter.dismiss();
    this.photo.clear();
  }

  /* ---------- checks ---------- */

  private today(data: WizardData): string {
    return orderToday(data.order, Date.now());
  }

  private check(data: WizardData, draft: ShippingDraft): DraftCheck {
    return checkDraft(draft, {
      order: data.order,
      rules: data.rules,
      responsibility: data.responsibility,
      today: this.today(data),
      shippingDue: shippingInfoDueDate(data.order),
      uploading: this.photo.uploading,
    });
  }

  private shown(key: string): boolean {
    return this.attempted.has(stepOfField(key)) || this.touched.has(key);
  }

  private fieldState(key: string, check: DraftCheck, data: WizardData): FieldState {
    const server = this.submitter.fieldErrors[key];
    if (server !== undefined) return { kind: 'error', message: this.problems.platformMessage(key, server, check) };
    if (!this.shown(key)) return NO_STATE;
    const error = check.errors[key];
    if (error) return { kind: 'error', message: this.problems.describe(error, data) };
    const warning = check.warnings[key];
    if (warning) return { kind: 'warning', message: this.problems.describe(warning, data) };
    if (key === 'items' || key === 'delivery.pickupAddress') return NO_STATE;
    const trackingIndex = trackingIndexOf(key);
    if (trackingIndex !== null && (this.draft?.delivery.trackingNumbers[trackingIndex] ?? '').trim() === '') return NO_STATE;
    return { kind: 'valid' };
  }

  /* ---------- navigation ---------- */

  private goTo(step: StepIndex): void {
    if (!this.draft) return;
    this.change({ step });
    this.pendingFocus = '#step-heading';
  }

  /** Marks the step as attempted; when it has errors, focuses the first invalid field and returns false. */
  private validateStep(step: StepIndex, check: DraftCheck): boolean {
    this.attempted = new Set([...this.attempted, step]);
    const draft = this.draft!;
    const first = fieldOrder(step, draft).find((key) => check.errors[key] || this.submitter.fieldErrors[key]);
    if (first === undefined) return true;
    this.pendingFocus = this.focusSelector(first, draft);
    this.requestUpdate();
    return false;
  }

  /** The selector of a field to focus; a position's field is brought onto the page shown first. */
  private focusSelector(key: string, draft: ShippingDraft): string {
    if (key === 'items') {
      const firstOpen = Object.keys(draft.quantities)[0];
      if (firstOpen !== undefined) this.revealPart(firstOpen);
      return firstOpen === undefined ? '#step-heading' : `#${CSS.escape(fieldId(`items.${firstOpen}`))}`;
    }
    if (key.startsWith('items.')) this.revealPart(key.slice('items.'.length));
    if (key === 'photoId') return '#package-photo';
    return `#${CSS.escape(fieldId(key))}`;
  }

  private revealPart(positionId: string): void {
    const positions = this.loadTask.value?.order.positions;
    if (positions) this.parts.reveal(positions, positions.findIndex((position) => position.id === positionId));
  }

  private continue(data: WizardData): void {
    const draft = this.draft;
    if (!draft || draft.step === 2) return;
    if (this.validateStep(draft.step, this.check(data, draft))) this.goTo((draft.step + 1) as StepIndex);
  }

  private back(): void {
    const draft = this.draft;
    if (!draft || draft.step === 0) return;
    this.goTo((draft.step - 1) as StepIndex);
  }

  private cancel(): void {
    this.save();
    this.dispatchEvent(new ShippingCancelEvent({ orderId: this.orderId }));
  }

  /* ---------- publish ---------- */

  private delivery(data: WizardData, draft: ShippingDraft): Delivery {
    if (data.responsibility === 'platform') return { arrangedBy: 'platform', pickupAddress: data.profile!.pickupAddress };
    return { arrangedBy: 'supplier', carrierId: draft.delivery.carrierId, trackingNumbers: draftTrackingNumbers(draft), expectedShipDate: draft.delivery.expectedShipDate };
  }

  private async publish(data: WizardData): Promise<void> {
    const draft = this.draft;
    if (!draft || this.submitter.sending) return;
    const check = this.check(data, draft);
    for (const step of [0, 1, 2] as const) {
      if (!this.validateStep(step, check)) {
        if (step !== draft.step) {
          this.change({ step });
          this.announcement = this.i18n.t('fixFields');
        }
        return;
      }
    }
    this.save();
    const orderId = data.order.id;
    const shipment = await this.submitter.submit(
      ({ idempotencyKey, signal }) => this.api.adapter.createShipment(orderId, toNewShipment(draft, this.delivery(data, draft)), { idempotencyKey, signal }),
      { key: draft.idempotencyKey, retry: () => void this.publish(data) },
    );
    if (shipment) return this.showPublished(data, shipment);
    const fieldErrors = this.submitter.fieldErrors;
    const fields = Object.keys(fieldErrors);
    if (fields.length === 0) return;
    const step = Math.min(...fields.map(stepOfField)) as StepIndex;
    this.attempted = new Set([0, 1, 2]);
    if (this.draft && step !== this.draft.step) this.change({ step });
    const first = fieldOrder(step, this.draft ?? draft).find((key) => key in fieldErrors) ?? fields.find((key) => stepOfField(key) === step)!;
    this.pendingFocus = this.focusSelector(first, this.draft ?? draft);
    this.announcement = this.i18n.t('fixFields');
  }

  private showPublished(data: WizardData, shipment: Shipment): void {
    const orderId = data.order.id;
    drafts.clear(orderId);
    this.draft = null;
    this.resetView();
    this.published = shipment;
    this.announcement = `${this.i18n.t('published', { number: shipment.number })} ${this.i18n.t(
      data.responsibility === 'platform' ? 'published.platform' : 'published.supplier',
    )}`;
    this.pendingFocus = '#success-heading';
    this.dispatchEvent(new ShipmentPublishedEvent({ orderId, shipment }));
  }

  /* ---------- tracking numbers ---------- */

  private setTrackingNumber(index: number, value: string): void {
    const numbers = this.current().delivery.trackingNumbers.map((number, at) => (at === index ? value : number));
    this.change({ delivery: { ...this.current().delivery, trackingNumbers: numbers } }, trackingKey(index));
  }

  private addTrackingNumber(): void {
    const numbers = [...this.current().delivery.trackingNumbers, ''];
    this.change({ delivery: { ...this.current().delivery, trackingNumbers: numbers } });
    this.pendingFocus = trackingFieldSelector(numbers.length - 1);
  }

  private removeTrackingNumber(index: number): void {
    const before = this.current().delivery.trackingNumbers;
    if (this.submitter.sending || before.length < 2) return;
    const after = withoutTrackingNumber({ numbers: before, touched: this.touched, fieldErrors: this.submitter.fieldErrors }, index);
    this.touched = after.touched;
    this.submitter.fieldErrors = after.fieldErrors;
    this.change({ delivery: { ...this.current().delivery, trackingNumbers: [...after.numbers] } });
    this.announcement = this.i18n.t('delivery.trackingRemoved', { n: index + 1 });
    this.pendingFocus = trackingFieldSelector(Math.min(index, after.numbers.length - 1));
  }

  private startOver(): void {
    this.published = null;
    this.announcement = '';
    this.draft = null;
    this.draftOrderId = null;
    this.resetView();
    this.pendingFocus = '#step-heading';
    this.reload();
  }

  /* ---------- render ---------- */

  override render() {
    return html`<section class="wizard" part="wizard" aria-labelledby="wizard-title">
      <h2 id="wizard-title" part="title">${this.i18n.t('title')}</h2>
      ${renderTask(this.loadTask, this.i18n, { complete: (data) => this.renderLoaded(data) })}
      <div role="status" aria-live="polite" class="visually-hidden" part="announcer">${this.announcement}</div>
    </section>`;
  }

  private renderLoaded(data: WizardData): unknown {
    const i18n = this.i18n;
    const header = html`<p class="muted">${i18n.t('order', { number: data.order.number })}</p>`;
    if (this.published) return html`${header} ${renderPublished(this.published, i18n, () => this.startOver())}`;
    if (shippingStatus(data.order) === 'locked') return html`${header} ${renderNotice('info', 'locked', '🔒', i18n.t('locked'))}`;
    const draft = this.draft;
    if (!draft) return nothing;
    if (Object.keys(draft.quantities).length === 0) return html`${header} ${renderNotice('success', 'empty', '✅', i18n.t('allShipped'))}`;
    const steps = (['parts', 'package', 'delivery'] as const).map((key) => ({ key, label: i18n.t(`step.${key}`) }));
    return html`${header} ${renderDeadlineNotice(data, i18n, this.today(data))} ${renderWizardDraftAdjusted(this.draftAdjustments, data, i18n)}
      ${renderStepper(steps, draft.step, i18n, i18n.t('stepsLabel'))} ${this.renderForm(data, draft)}`;
  }

  private renderForm(data: WizardData, draft: ShippingDraft): TemplateResult {
    const i18n = this.i18n;
    const host = this.stepHost(data, draft);
    const body = draft.step === 0 ? renderPartsStep(host) : draft.step === 1 ? renderPackageStep(host) : renderDeliveryStep(host, this.today(data));
    const last = draft.step === 2;
    const busy = this.submitter.sending;
    const error = this.submitter.error && Object.keys(this.submitter.fieldErrors).length === 0 ? this.submitter.error : null;
    const submit = (event: Event) => {
      event.preventDefault();
      if (last) void this.publish(data);
      else this.continue(data);
    };
    return html`<form novalidate part="form" aria-labelledby="step-heading" @submit=${submit}>
      ${body} ${error ? errorView(error, i18n, () => this.submitter.retry()) : nothing}
      <div class="actions" part="actions">
        <button type="button" class="button link" part="button cancel-button" @click=${() => this.cancel()}>${i18n.t('cancel')}</button>
        <span class="forward">
          ${draft.step > 0
            ? html`<button type="button" class="button" part="button back-button" ?disabled=${busy} @click=${() => this.back()}>${i18n.t('back')}</button>`
            : nothing}
          ${last
            ? html`<button type="submit" class="button primary" part="button publish-button" ?disabled=${busy} aria-disabled=${busy ? 'true' : 'false'}>
                ${busy ? i18n.t('publishing') : i18n.t('publish')}
              </button>`
            : html`<button type="submit" class="button primary" part="button continue-button">${i18n.t('continue')}</button>`}
        </span>
      </div>
    </form>`;
  }

  /** What the step views read and call; the draft is read at call time (several changes may come before the next render). */
  private stepHost(data: WizardData, draft: ShippingDraft): StepHost {
    const check = this.check(data, draft);
    return {
      i18n: this.i18n,
      draft,
      data,
      busy: this.submitter.sending,
      parts: this.parts,
      fieldState: (key) => this.fieldState(key, check, data),
      setQuantity: (positionId, value) => this.change({ quantities: { ...this.current().quantities, [positionId]: value } }, `items.${positionId}`),
      setPackage: <K extends keyof PackageDraft>(field: K, value: PackageDraft[K]) =>
        this.change({ package: { ...this.current().package, [field]: value } }, `package.${field}`),
      setDelivery: (field: Exclude<keyof DeliveryDraft, 'trackingNumbers'>, value: string) =>
        this.change({ delivery: { ...this.current().delivery, [field]: value } }, `delivery.${field}`),
      setTrackingNumber: (index, value) => this.setTrackingNumber(index, value),
      addTrackingNumber: () => this.addTrackingNumber(),
      removeTrackingNumber: (index) => this.removeTrackingNumber(index),
      setTerms: (accepted) => this.change({ termsAccepted: accepted }, 'termsAccepted'),
      renderPhoto: () => this.photo.render(draft, this.fieldState('photoId', check, data)),
    };
  }
}
