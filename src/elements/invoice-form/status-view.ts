import { html, nothing, type TemplateResult } from 'lit';
import { paymentTimeline } from '../../domain/payment-timeline.js';
import type { Invoice, Order } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { safeHref } from '../shared/safe-url.js';
import type { InvoiceFormMessages } from './invoice-form.messages.js';
import { renderPaymentTimeline } from './payment-timeline.js';

type I18n = LocalizeController<InvoiceFormMessages>;

/** The invoice's state after saving (with "Correct and resubmit" when rejected, the sent XRechnung) and the payment timeline. */
export function renderInvoiceStatus(order: Order, invoice: Invoice, i18n: I18n, onResubmit: () => void): TemplateResult {
  const number = invoice.number;
  const body = {
    submitted: () => i18n.t('status.submitted', { number }),
    'under-review': () => i18n.t('status.under-review', { number }),
    approved: () => i18n.t('status.approved', { number, date: i18n.date(invoice.paymentDate) }),
    rejected: () => i18n.t('status.rejected', { number }),
    paid: () => i18n.t('status.paid', { number, date: i18n.date(invoice.paidOn ?? invoice.paymentDate), amount: i18n.money(invoice.paidAmountMinor ?? invoice.totals.grossMinor, invoice.currency) }),
  }[invoice.status]();
  const tone = invoice.status === 'rejected' ? 'danger' : invoice.status === 'paid' || invoice.status === 'approved' ? 'success' : 'info';
  return html`<div part="status" class="notice ${tone}">
    <div class="notice-body">
      <p>${body}</p>
      ${invoice.status === 'rejected'
        ? html`<p>${i18n.t('rejectionReason', { reason: invoice.rejectionReason ?? '—' })}</p>
            <button
              type="button"
              part="button"
              class="button primary"
              @click=${onResubmit}
            >
              ${i18n.t('resubmit')}
            </button>`
        : nothing}
      ${invoice.eInvoice && safeHref(invoice.eInvoice.url)
        ? html`<p><a href=${safeHref(invoice.eInvoice.url)!} download=${invoice.eInvoice.name}>${i18n.t('eInvoice.sent', { name: invoice.eInvoice.name })}</a></p>`
        : nothing}
    </div>
  </div>
  ${renderPaymentTimeline(paymentTimeline(order.invoices), i18n, invoice.currency)}`;
}
