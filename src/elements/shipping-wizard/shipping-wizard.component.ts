import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { orderToday } from '../../domain/deadlines.js';
import { isShippingStep, type ShippingStepKey } from '../../domain/routes.js';
import { shippingStatus } from '../../domain/stages.js';
import type { Position, Shipment } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { fieldStyles } from '../shared/field.styles.js';
import { fileDropStyles } from '../shared/file-drop.js';
import { SubmitController } from '../shared/submit-controller.js';
import { LongList, longListStyles, positionText } from '../shared/long-list.js';
import { renderStepper, stepperStyles } from '../shared/stepper.js';
import { renderHeading } from '../shared/heading.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { renderTask } from '../shared/task-view.js';
import type { ShippingDraft, StepIndex } from './draft.js';
import { CancelNote } from './cancel-note.js';
import { DraftSession } from './draft-session.js';
import { FieldFeedback } from './field-feedback.js';
import { STEP_HEADING, StepNavigation, type ShownStep } from './step-navigation.js';
import { TrackingListEditor } from './tracking-list.js';
import { WizardProblems } from './wizard-problems.js';
import {
  renderDeadlineNotice,
  renderNotice,
  publishedText,
  renderPublished,
  renderStepForm,
  renderWizardDraftAdjusted,
} from './views.js';
import { PhotoUploadController } from './photo-upload-controller.js';
import { publishDraft } from './publish-flow.js';
import { ShipmentPublishedEvent, ShippingCancelEvent } from './shipping-wizard.events.js';
import { shippingWizardMessages } from './shipping-wizard.messages.js';
import { shippingWizardStyles } from './shipping-wizard.styles.js';
import { draftEditors, type StepHost, type WizardData } from './steps/step-host.js';
import type { DraftCheck } from './validation.js';
import type { WizardContext } from './wizard-context.js';
import { checkWizardDraft, incompleteSteps, loadWizardData } from './wizard-data.js';
import { lockIcon } from '../shared/icons/lock.js';
import { successIcon } from '../shared/icons/success.js';

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
 * @csspart button - Every button (also `back-button`, `continue-button`, `publish-button`, `cancel-button`, `add-tracking-button`, `remove-tracking-button`, `discard-draft-button`, `resume-button`).
 * @csspart success - The confirmation after publishing.
 * @csspart cancelled - After "Cancel": the note that the entries are kept as a draft, with "Discard draft".
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
  static override styles = [
    ...SupplierElement.styles,
    fieldStyles,
    stepperStyles,
    fileDropStyles,
    longListStyles,
    shippingWizardStyles,
  ];

  /** The order to ship. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /**
   * The step to open at (`parts`, `package`, `delivery`), e.g. from a link: taken once the order is loaded and
   * whenever it changes; a step whose earlier steps are incomplete opens at the first incomplete one. Empty: where the draft left off.
   */
  @property() step: ShippingStepKey | '' = '';

  @state() private published: Shipment | null = null;
  @state() private announcement = '';

  private readonly i18n = new LocalizeController(this, shippingWizardMessages);
  /** The page of positions on the parts step. */
  private readonly parts = new LongList<Position>(this, { id: 'parts', text: positionText });
  private readonly session = new DraftSession(this);
  private readonly problems = new WizardProblems(
    this.i18n,
    () => this.session.draft,
    () => this.loadTask.value,
  );
  /** Publishing: busy, the draft's key, the platform's field errors keyed as the draft's fields, reload on conflict. */
  private readonly submitter = new SubmitController(this, {
    onConflict: () => this.reload(),
    mapFieldErrors: (fieldErrors) =>
      this.session.draft ? this.problems.draftFieldErrors(fieldErrors, this.session.draft) : fieldErrors,
  });
  private readonly feedback = new FieldFeedback(this, this.problems, this.submitter);
  private readonly navigation = new StepNavigation(this, {
    shown: () => this.shownStep(),
    session: this.session,
    feedback: this.feedback,
    change: (patch) => this.change(patch),
    reveal: (positionId) => {
      const positions = this.loadTask.value?.order.positions ?? [];
      this.parts.reveal(
        positions,
        positions.findIndex((position) => position.id === positionId),
      );
    },
  });
  private readonly photo = new PhotoUploadController(this, {
    i18n: this.i18n,
    api: () => this.api.adapter,
    data: () => this.loadTask.value,
    busy: () => this.submitter.sending,
    onChosen: () => this.feedback.touch('photoId'),
    onUploaded: (ref) => this.change({ photo: { id: ref.id, name: ref.name } }, 'photoId'),
    announce: (text) => (this.announcement = text),
    focus: () => this.navigation.focusAfterRender('#package-photo'),
  });

  private readonly wizard: WizardContext = {
    i18n: this.i18n,
    session: this.session,
    submitter: this.submitter,
    problems: this.problems,
    feedback: this.feedback,
    navigation: this.navigation,
    change: (patch, touchedKey) => this.change(patch, touchedKey),
    announce: (text) => (this.announcement = text),
  };
  private readonly tracking = new TrackingListEditor(this.wizard);
  private readonly cancelNote = new CancelNote(this, this.wizard, () => {
    if (this.session.orderId) this.session.discard(this.session.orderId);
    this.resetView();
    this.reload();
  });

  private readonly loadTask = new Task(this, {
    task: ([orderId]: readonly [string, number], { signal }) => loadWizardData(this.api.adapter, orderId, signal),
    args: () => [this.orderId, this.api.revision] as const,
    onComplete: (data) => this.session.adopt(data.order, (draft) => incompleteSteps(this.check(data, draft)).has(0)),
  });

  /** Reloads the order (remaining quantities, rules, carriers, pickup address); the draft is kept. */
  reload(): void {
    void this.loadTask.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId') && this.session.orderId !== null && this.session.orderId !== this.orderId) {
      this.session.forget();
      this.navigation.forget();
      this.resetView();
      this.parts.reset();
    }
    if (changed.has('step') && isShippingStep(this.step)) this.navigation.request();
    const data = this.loadTask.value;
    const draft = this.session.draft;
    if (this.navigation.requestPending && draft && data && this.session.isFor(data.order.id)) {
      const step = this.navigation.take(
        this.published ? '' : this.step,
        draft.step,
        incompleteSteps(this.check(data, draft)),
      );
      if (step !== null && step !== draft.step) this.session.update({ step });
    }
  }

  /** The step shown, for `shipping-step-change` (none while locked, done or published). */
  private shownStep(): ShownStep {
    const data = this.loadTask.value;
    const draft = this.session.draft;
    if (!draft || !data || !this.session.isFor(data.order.id) || this.published || this.cancelNote.shown) return null;
    if (shippingStatus(data.order) === 'locked' || Object.keys(draft.quantities).length === 0) return null;
    return { orderId: data.order.id, step: draft.step };
  }

  private change(patch: Partial<ShippingDraft>, touchedKey?: string): void {
    if (!this.session.draft || this.submitter.sending) return;
    if (touchedKey) this.feedback.touch(touchedKey);
    this.submitter.dismiss();
    this.session.update(patch);
  }

  private resetView(): void {
    this.feedback.reset();
    this.photo.clear();
    this.cancelNote.reset();
  }

  private check(data: WizardData, draft: ShippingDraft): DraftCheck {
    return checkWizardDraft(data, draft, this.photo.uploading);
  }

  /** Checks the step and opens the next; while the photo uploads, first waits for it (a busy button, said aloud). */
  private async continue(data: WizardData): Promise<void> {
    let draft = this.session.draft;
    if (!draft || draft.step === 2 || this.photo.waiting) return;
    if (draft.step === 1 && this.photo.uploading) {
      await this.photo.waitForUpload();
      draft = this.session.draft;
      if (draft?.step !== 1) return;
    }
    if (this.navigation.validate(draft.step, this.check(data, draft), draft))
      this.navigation.goTo((draft.step + 1) as StepIndex);
  }

  /** Keeps the draft and says so, with "Discard draft"; the host may close the wizard. */
  private cancel(): void {
    this.session.save();
    this.cancelNote.show();
    this.dispatchEvent(new ShippingCancelEvent({ orderId: this.orderId }));
  }

  private async publish(data: WizardData): Promise<void> {
    const options = { api: () => this.api.adapter, check: this.check.bind(this), retry: () => void this.publish(data) };
    const shipment = await publishDraft(data, this.wizard, options);
    if (shipment) this.showPublished(data, shipment);
  }

  private showPublished(data: WizardData, shipment: Shipment): void {
    const orderId = data.order.id;
    this.session.discard(orderId);
    this.resetView();
    this.published = shipment;
    this.announcement = publishedText(shipment, this.i18n).join(' ');
    this.navigation.focusAfterRender('#success-heading');
    this.dispatchEvent(new ShipmentPublishedEvent({ orderId, shipment }));
  }

  private startOver(): void {
    this.published = null;
    this.announcement = '';
    this.session.forget();
    this.resetView();
    this.navigation.focusAfterRender(STEP_HEADING);
    this.reload();
  }

  /* ---------- render ---------- */

  override render() {
    return html`<section class="wizard" part="wizard" aria-labelledby="wizard-title">
      ${renderHeading(this.headingLevel, this.i18n.t('title'), { id: 'wizard-title', part: 'title' })}
      ${renderTask(this.loadTask, this.i18n, { complete: (data) => this.renderLoaded(data) })}
      <div role="status" aria-live="polite" class="visually-hidden" part="announcer">${this.announcement}</div>
    </section>`;
  }

  private renderLoaded(data: WizardData): unknown {
    const i18n = this.i18n;
    const header = html`<p class="muted">${i18n.t('order', { number: data.order.number })}</p>`;
    if (this.published)
      return html`${header} ${renderPublished(this.published, i18n, this.headingLevel + 1, () => this.startOver())}`;
    if (shippingStatus(data.order) === 'locked')
      return html`${header} ${renderNotice('info', 'locked', lockIcon, i18n.t('locked'))}`;
    if (this.cancelNote.shown) return html`${header} ${this.cancelNote.render()}`;
    const draft = this.session.draft;
    if (!draft) return nothing;
    if (Object.keys(draft.quantities).length === 0)
      return html`${header} ${renderNotice('success', 'empty', successIcon, i18n.t('allShipped'))}`;
    const steps = (['parts', 'package', 'delivery'] as const).map((key) => ({ key, label: i18n.t(`step.${key}`) }));
    return html`${header} ${renderDeadlineNotice(data, i18n, orderToday(data.order, Date.now()))}
    ${renderWizardDraftAdjusted(this.session.adjustments, data, i18n)}
    ${renderStepper(steps, draft.step, i18n, i18n.t('stepsLabel'))} ${this.renderForm(data, draft)}`;
  }

  private renderForm(data: WizardData, draft: ShippingDraft): TemplateResult {
    const error =
      this.submitter.error && Object.keys(this.submitter.fieldErrors).length === 0 ? this.submitter.error : null;
    return renderStepForm(this.stepHost(data, draft), {
      today: orderToday(data.order, Date.now()),
      error,
      retry: () => this.submitter.retry(),
      onSubmit: () => void (draft.step === 2 ? this.publish(data) : this.continue(data)),
      actions: {
        step: draft.step,
        publishing: this.submitter.sending,
        waitingForPhoto: this.photo.waiting,
        onCancel: () => this.cancel(),
        onBack: () => this.navigation.back(),
      },
    });
  }

  /** What the step views read and call; the draft is read at call time (several changes may come before the next render). */
  private stepHost(data: WizardData, draft: ShippingDraft): StepHost {
    const check = this.check(data, draft);
    return {
      ...draftEditors(
        () => this.session.draft ?? draft,
        (patch, touchedKey) => this.change(patch, touchedKey),
      ),
      i18n: this.i18n,
      draft,
      data,
      headingLevel: this.headingLevel + 1,
      busy: this.submitter.sending,
      parts: this.parts,
      fieldState: (key) => this.feedback.state(key, check, data, draft),
      setTrackingNumber: (index, value) => this.tracking.set(index, value),
      addTrackingNumber: () => this.tracking.add(),
      removeTrackingNumber: (index) => this.tracking.remove(index),
      renderPhoto: () => this.photo.render(draft, this.feedback.state('photoId', check, data, draft)),
    };
  }
}
