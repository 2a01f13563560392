/** The wizard's views around its steps: the shipping deadline, a notice, the confirmation after publishing, an adjusted draft, the buttons, the note after Cancel. */
import { html, nothing, type TemplateResult } from 'lit';
import { isDeadlineNear, shippingInfoCountdown, shippingInfoDueDate } from '../../domain/deadlines.js';
import type { DraftAdjustment } from '../../domain/draft-quantities.js';
import type { Shipment } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { SupplierApiError } from '../../api/errors.js';
import { renderDraftAdjusted } from '../shared/draft-adjusted.js';
import { renderHeading } from '../shared/heading.js';
import { renderIcon, type Icon } from '../shared/icon.js';
import { errorIcon } from '../shared/icons/error.js';
import { infoIcon } from '../shared/icons/info.js';
import { successIcon } from '../shared/icons/success.js';
import { warningIcon } from '../shared/icons/warning.js';
import { errorView } from '../shared/task-view.js';
import type { StepIndex } from './draft.js';
import type { ShippingWizardMessages } from './shipping-wizard.messages.js';
import { renderDeliveryStep } from './steps/delivery-step.js';
import { renderPackageStep } from './steps/package-step.js';
import { renderPartsStep } from './steps/parts-step.js';
import type { StepHost, WizardData } from './steps/step-host.js';

type I18n = LocalizeController<ShippingWizardMessages>;

/**
 * When the shipping information is due: passed (danger), near (warning) or later (info); one paragraph, its icon in
 * the line of text. The wizard's own: a host showing the wizard (order details) leaves its own notice out meanwhile.
 */
export function renderDeadlineNotice(data: WizardData, i18n: I18n, today: string): TemplateResult {
  const due = shippingInfoDueDate(data.order);
  const countdown = shippingInfoCountdown(data.order, Date.now());
  const values = { date: i18n.date(due, 'long'), relative: i18n.relativeDays(due, today) };
  if (countdown.state === 'overdue') {
    return html`<p class="notice danger deadline" part="deadline deadline-passed">
      <span class="notice-body"
        >${renderIcon(warningIcon)}
        <strong>${i18n.t('deadline.passedTitle')}</strong> ${i18n.t('deadline.passed', values)}</span
      >
    </p>`;
  }
  const tone = isDeadlineNear(countdown) ? 'warning' : 'info';
  return html`<p class="notice ${tone} deadline" part="deadline deadline-${tone}">
    <span class="notice-body"
      >${renderIcon(tone === 'warning' ? errorIcon : infoIcon)} ${i18n.t('deadline.info', values)}</span
    >
  </p>`;
}

/** A one-line notice with its icon (hidden from screen readers: the words say it). */
export function renderNotice(tone: 'info' | 'success', part: string, icon: Icon, text: string): TemplateResult {
  return html`<p class="notice ${tone}" part=${part}>${renderIcon(icon)}<span class="notice-body">${text}</span></p>`;
}

/** What publishing did, in words: the shipment's number and what happens next. */
export function publishedText(shipment: Shipment, i18n: I18n): readonly [string, string] {
  return [
    i18n.t('published', { number: shipment.number }),
    i18n.t(shipment.delivery.arrangedBy === 'platform' ? 'published.platform' : 'published.supplier'),
  ];
}

/** The confirmation after publishing, with "Add another shipment"; its heading at `level`. */
export function renderPublished(shipment: Shipment, i18n: I18n, level: number, onAnother: () => void): TemplateResult {
  const [title, next] = publishedText(shipment, i18n);
  return html`<div class="notice success" part="success">
    ${renderIcon(successIcon)}
    <div class="notice-body">
      ${renderHeading(level, title, { id: 'success-heading', focusable: true })}
      <p>${next}</p>
      <button type="button" class="button" part="button add-another-button" @click=${onAnother}>
        ${i18n.t('addAnother')}
      </button>
    </div>
  </div>`;
}

/** How a restored draft was brought in line with the order. */
export function renderWizardDraftAdjusted(
  adjustments: readonly DraftAdjustment[],
  data: WizardData,
  i18n: I18n,
): unknown {
  return renderDraftAdjusted(adjustments, data.order.positions, {
    title: i18n.t('draftAdjusted.title'),
    removed: (count) => i18n.t('draftAdjusted.removed', { count }),
    reduced: (part, from, to) =>
      i18n.t('draftAdjusted.reduced', { part, from: i18n.number(from), to: i18n.number(to) }),
  });
}

export interface ActionsState {
  readonly step: StepIndex;
  /** Publishing: nothing may change. */
  readonly publishing: boolean;
  /** Continue was pressed while the photo uploads: the step goes on once it is uploaded. */
  readonly waitingForPhoto: boolean;
  readonly onCancel: () => void;
  readonly onBack: () => void;
}

/** The button row: Cancel; Back (after the first step); Continue, or Publish on the last step (both submit the form). */
export function renderActions(state: ActionsState, i18n: I18n): TemplateResult {
  const busy = state.publishing;
  return html`<div class="actions" part="actions">
    <button type="button" class="button link" part="button cancel-button" @click=${state.onCancel}>
      ${i18n.t('cancel')}
    </button>
    <span class="forward">
      ${state.step > 0 ? html`<button type="button" class="button" part="button back-button" ?disabled=${busy} @click=${state.onBack}>${i18n.t('back')}</button>` : nothing}
      ${
        state.step === 2
          ? html`<button
              type="submit"
              class="button primary"
              part="button publish-button"
              ?disabled=${busy}
              aria-disabled=${busy ? 'true' : 'false'}
            >
              ${busy ? i18n.t('publishing') : i18n.t('publish')}
            </button>`
          : html`<button
              type="submit"
              class="button primary"
              part="button continue-button"
              aria-disabled=${state.waitingForPhoto ? 'true' : 'false'}
            >
              ${state.waitingForPhoto ? i18n.t('uploadingPhoto') : i18n.t('continue')}
            </button>`
      }
    </span>
  </div>`;
}

/** The current step's form: its fields, a failed write's error with "Try again", the button row; submitting is Continue or Publish. */
export function renderStepForm(
  host: StepHost,
  form: {
    readonly today: string;
    readonly error: SupplierApiError | null;
    readonly retry: () => void;
    readonly onSubmit: () => void;
    readonly actions: ActionsState;
  },
): TemplateResult {
  const { i18n, draft } = host;
  const body =
    draft.step === 0
      ? renderPartsStep(host)
      : draft.step === 1
        ? renderPackageStep(host)
        : renderDeliveryStep(host, form.today);
  const submit = (event: Event) => {
    event.preventDefault();
    form.onSubmit();
  };
  return html`<form novalidate part="form" aria-labelledby="step-heading" @submit=${submit}>
    ${body} ${form.error ? errorView(form.error, i18n, form.retry) : nothing} ${renderActions(form.actions, i18n)}
  </form>`;
}
