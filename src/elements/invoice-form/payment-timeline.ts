import { css, html, type TemplateResult } from 'lit';
import type { PaymentStep } from '../../domain/payment-timeline.js';
import type { CurrencyCode } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { InvoiceFormMessages } from './invoice-form.messages.js';
import { renderIcon, type Icon } from '../shared/icon.js';
import { checkIcon } from '../shared/icons/check.js';
import { circleIcon } from '../shared/icons/circle.js';
import { circleDotIcon } from '../shared/icons/circle-dot.js';
import { xIcon } from '../shared/icons/x.js';

const MARKS: Readonly<Record<PaymentStep['state'], Icon>> = {
  done: checkIcon,
  current: circleDotIcon,
  upcoming: circleIcon,
  problem: xIcon,
};

function stepText(step: PaymentStep, i18n: LocalizeController<InvoiceFormMessages>, currency: CurrencyCode): string {
  const number = step.invoiceNumber;
  const date = step.at === null ? '' : step.at.includes('T') ? i18n.dateTime(step.at) : i18n.date(step.at);
  switch (step.milestone) {
    case 'submitted':
      return i18n.t('timeline.submitted', { number });
    case 'under-review':
      return i18n.t('timeline.under-review');
    case 'rejected':
      return i18n.t('timeline.rejected', { number, reason: step.reason || i18n.t('reasonMissing') });
    case 'resubmitted':
      return step.at === null ? i18n.t('timeline.resubmit') : i18n.t('timeline.resubmitted', { number });
    case 'approved':
      return i18n.t('timeline.approved');
    case 'payment-scheduled':
      return i18n.t(step.state === 'upcoming' ? 'timeline.payment-due' : 'timeline.payment-scheduled', { date });
    case 'paid':
      return step.state === 'done'
        ? i18n.t('timeline.paid', { date, amount: i18n.money(step.amountMinor ?? 0, currency) })
        : i18n.t('timeline.paid-upcoming');
  }
}

/**
 * The invoice's road to payment as an ordered list: a mark and a word for each
 * step's state (never colour alone), the current step marked `aria-current`.
 */
export function renderPaymentTimeline(
  steps: readonly PaymentStep[],
  i18n: LocalizeController<InvoiceFormMessages>,
  currency: CurrencyCode,
): TemplateResult {
  return html`<ol part="timeline" class="timeline" aria-label=${i18n.t('timelineLabel')}>
    ${steps.map((step) => {
      const when =
        step.at !== null && (step.milestone === 'submitted' || step.milestone === 'resubmitted')
          ? i18n.dateTime(step.at)
          : null;
      return html`<li
        part="timeline-step"
        class="timeline-step ${step.state}"
        aria-current=${step.state === 'current' ? 'step' : 'false'}
      >
        <span class="timeline-mark">${renderIcon(MARKS[step.state])}</span>
        <span class="timeline-text"
          >${stepText(step, i18n, currency)}${when ? html` <time class="muted" datetime=${step.at!}>${when}</time>` : ''}</span
        >
        <span class="visually-hidden">(${i18n.t(`timelineState.${step.state}`)})</span>
      </li>`;
    })}
  </ol>`;
}

export const paymentTimelineStyles = css`
  .timeline {
    list-style: none;
    margin-block: var(--_space-3) 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .timeline-step {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    align-items: baseline;
    color: var(--_text);
  }
  .timeline-step.upcoming {
    color: var(--_muted);
  }
  .timeline-step.current .timeline-text {
    font-weight: 600;
  }
  .timeline-mark {
    text-align: center;
  }
  .timeline-step.done .timeline-mark {
    color: var(--_success);
  }
  .timeline-step.current .timeline-mark {
    color: var(--_accent);
  }
  .timeline-step.problem .timeline-mark {
    color: var(--_danger);
  }
`;
