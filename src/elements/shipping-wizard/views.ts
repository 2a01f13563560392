/** The wizard's views around its steps: the shipping deadline, a notice, the confirmation after publishing, an adjusted draft. */
import { html, type TemplateResult } from 'lit';
import { isDeadlineNear, shippingInfoCountdown, shippingInfoDueDate } from '../../domain/deadlines.js';
import type { DraftAdjustment } from '../../domain/draft-quantities.js';
import type { Shipment } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderDraftAdjusted } from '../shared/draft-adjusted.js';
import type { ShippingWizardMessages } from './shipping-wizard.messages.js';
import type { WizardData } from './steps/step-host.js';

type I18n = LocalizeController<ShippingWizardMessages>;

/** When the shipping information is due: passed (danger), near (warning) or later (info). */
export function renderDeadlineNotice(data: WizardData, i18n: I18n, today: string): TemplateResult {
  const due = shippingInfoDueDate(data.order);
  const countdown = shippingInfoCountdown(data.order, Date.now());
  const relative = i18n.relativeDays(due, today);
  if (countdown.state === 'overdue') {
    return html`<div class="notice danger" part="deadline deadline-passed">
      <span aria-hidden="true">⚠</span>
      <div class="notice-body"><strong>${i18n.t('deadline.passedTitle')}</strong>
        <p>${i18n.t('deadline.passed', { date: i18n.date(due, 'long'), relative })}</p></div>
    </div>`;
  }
  const tone = isDeadlineNear(countdown) ? 'warning' : 'info';
  return html`<div class="notice ${tone}" part="deadline deadline-${tone}">
    <span aria-hidden="true">❗</span>
    <p class="notice-body">${i18n.t('deadline.info', { date: i18n.date(due, 'long'), relative })}</p>
  </div>`;
}

/** A one-line notice with its icon (hidden from screen readers: the words say it). */
export function renderNotice(tone: 'info' | 'success', part: string, icon: string, text: string): TemplateResult {
  return html`<p class="notice ${tone}" part=${part}><span aria-hidden="true">${icon}</span><span class="notice-body">${text}</span></p>`;
}

/** The confirmation after publishing, with "Add another shipment". */
export function renderPublished(shipment: Shipment, i18n: I18n, onAnother: () => void): TemplateResult {
  return html`<div class="notice success" part="success">
    <span aria-hidden="true">✅</span>
    <div class="notice-body">
      <h3 id="success-heading" tabindex="-1">${i18n.t('published', { number: shipment.number })}</h3>
      <p>${i18n.t(shipment.delivery.arrangedBy === 'platform' ? 'published.platform' : 'published.supplier')}</p>
      <button type="button" class="button" part="button add-another-button" @click=${onAnother}>${i18n.t('addAnother')}</button>
    </div>
  </div>`;
}

/** How a restored draft was brought in line with the order. */
export function renderWizardDraftAdjusted(adjustments: readonly DraftAdjustment[], data: WizardData, i18n: I18n): unknown {
  return renderDraftAdjusted(adjustments, data.order.positions, {
    title: i18n.t('draftAdjusted.title'),
    removed: (count) => i18n.t('draftAdjusted.removed', { count }),
    reduced: (part, from, to) => i18n.t('draftAdjusted.reduced', { part, from: i18n.number(from), to: i18n.number(to) }),
  });
}
