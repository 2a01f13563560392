import { html, nothing, type TemplateResult } from 'lit';
import { paymentTimeline } from '../../domain/payment-timeline.js';
import type { DocumentRef, Invoice, Order } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderIcon } from '../shared/icon.js';
import { documentIcon } from '../shared/icons/document.js';
import { safeHref } from '../shared/safe-url.js';
import type { InvoiceFormMessages } from './invoice-form.messages.js';
import { renderPaymentTimeline } from './payment-timeline.js';

type I18n = LocalizeController<InvoiceFormMessages>;

/**
 * The invoice's state after saving: what it is waiting for (with "Correct and resubmit" when rejected), its number,
 * gross amount and dates, the signed PDF and the sent XRechnung as links (https, http or blob only), and the payment
 * timeline.
 */
export function renderInvoiceStatus(
  order: Order,
  invoice: Invoice,
  i18n: I18n,
  onResubmit: () => void,
): TemplateResult {
  const number = invoice.number;
  const body = {
    submitted: () => i18n.t('status.submitted', { number }),
    'under-review': () => i18n.t('status.under-review', { number }),
    approved: () => i18n.t('status.approved', { number, date: i18n.date(invoice.paymentDate) }),
    rejected: () => i18n.t('status.rejected', { number }),
    paid: () =>
      i18n.t('status.paid', {
        number,
        date: i18n.date(invoice.paidOn ?? invoice.paymentDate),
        amount: i18n.money(invoice.paidAmountMinor ?? invoice.totals.grossMinor, invoice.currency),
      }),
  }[invoice.status]();
  const tone =
    invoice.status === 'rejected'
      ? 'danger'
      : invoice.status === 'paid' || invoice.status === 'approved'
        ? 'success'
        : 'info';
  return html`<div part="status" class="notice ${tone}">
      <div class="notice-body">
        <p>${body}</p>
        ${renderFacts(invoice, i18n)}
        ${
          invoice.status === 'rejected'
            ? html`<p>${i18n.t('rejectionReason', { reason: invoice.rejectionReason || i18n.t('reasonMissing') })}</p>
                <button type="button" part="button" class="button primary" @click=${onResubmit}>
                  ${i18n.t('resubmit')}
                </button>`
            : nothing
        }
        ${renderDocumentLink(invoice.document, i18n.t('signedPdf', { name: invoice.document.name }))}
        ${invoice.eInvoice ? renderDocumentLink(invoice.eInvoice, i18n.t('eInvoice.sent', { name: invoice.eInvoice.name })) : nothing}
      </div>
    </div>
    ${renderPaymentTimeline(paymentTimeline(order.invoices), i18n, invoice.currency)}`;
}

function renderFacts(invoice: Invoice, i18n: I18n): TemplateResult {
  return html`<dl class="summary facts">
    <div>
      <dt>${i18n.t('number')}</dt>
      <dd>${invoice.number}</dd>
    </div>
    <div>
      <dt>${i18n.t('amount')}</dt>
      <dd>${i18n.money(invoice.totals.grossMinor, invoice.currency)}</dd>
    </div>
    <div>
      <dt>${i18n.t('invoiceDate')}</dt>
      <dd>${i18n.date(invoice.invoiceDate)}</dd>
    </div>
    <div>
      <dt>${i18n.t('paymentDate')}</dt>
      <dd>${i18n.date(invoice.paymentDate)}</dd>
    </div>
  </dl>`;
}

/** A saved document as a link when its URL is https, http or blob; else its name alone. */
function renderDocumentLink(document: DocumentRef, text: string): TemplateResult {
  const href = safeHref(document.url);
  return html`<p>
    ${href ? html`<a href=${href} download=${document.name}>${renderIcon(documentIcon)} ${text}</a>` : text}
  </p>`;
}
