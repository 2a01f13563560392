import { html, nothing, type TemplateResult } from 'lit';
import { maskIban } from '../../../domain/bank-identifiers.js';
import { isCalendarDate } from '../../../domain/dates.js';
import { invoiceTotals } from '../../../domain/money.js';
import { checkVatId } from '../../../domain/vat-id.js';
import { renderPartCell, renderPositionsTable, type PositionColumn } from '../../shared/positions-table.js';
import { renderScrollRegion } from '../../shared/scroll-region.js';
import { renderHeading } from '../../shared/heading.js';
import { renderIcon } from '../../shared/icon.js';
import { checkIcon } from '../../shared/icons/check.js';
import { STEP_HEADING, type InvoiceStepHost, type ReviewLine } from './step-host.js';

/** Step 3: company and bank, invoice number and dates, items and totals, the XRechnung, the signed PDF, what is still missing; "Save". */
export function renderReviewStep(host: InvoiceStepHost): TemplateResult {
  const { i18n, draft } = host;
  const missing = host.missing();
  const section = (key: 'reviewCompany' | 'invoiceTitle' | 'reviewItems' | 'uploadLabel') =>
    renderHeading(host.headingLevel + 1, i18n.t(key));
  return html`${renderHeading(host.headingLevel, i18n.t('step.review'), STEP_HEADING)} ${section('reviewCompany')}
    ${renderCompany(host)} ${section('invoiceTitle')} ${renderInvoiceDetails(host)} ${section('reviewItems')}
    ${renderItems(host)} ${host.renderEInvoiceReview()} ${section('uploadLabel')}
    ${draft.documentName ? html`<p class="valid-mark">${renderIcon(checkIcon)} ${i18n.t('uploadedFile', { name: draft.documentName })}</p>` : nothing}
    ${host.renderDocumentUpload()}
    ${host.fileProblem ? html`<p class="notice danger" role="alert" part="error">${host.fileProblem}</p>` : nothing}
    ${
      missing.length
        ? html`<div id="save-missing" part="missing">
            <p>${i18n.t('missingTitle')}</p>
            <ul class="missing">
              ${missing.map((item) => html`<li>${item}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    <div class="actions">
      <button type="button" part="button" class="button" @click=${() => host.goTo(1)}>${i18n.t('back')}</button>
      <button
        type="button"
        part="button save-button"
        class="button primary"
        aria-disabled=${missing.length || host.busy ? 'true' : 'false'}
        aria-describedby=${missing.length ? 'save-missing' : nothing}
        @click=${() => host.save()}
      >
        ${host.busy ? i18n.t('saving') : i18n.t('save')}
      </button>
    </div>`;
}

/** The company: its name and address as values, the VAT ID with its check, and the bank details (the IBAN masked). */
function renderCompany(host: InvoiceStepHost): TemplateResult {
  const { i18n } = host;
  const { profile } = host.loaded;
  const { address } = profile;
  const vat = checkVatId(profile.vatId);
  const bank = host.showBankForm || !profile.bankDetails ? null : profile.bankDetails;
  return html`<dl class="summary" data-summary="company">
    <dt>${i18n.t('companyName')}</dt>
    <dd>${profile.legalName}</dd>
    <dt>${i18n.t('address')}</dt>
    <dd>${address.street}, ${address.postalCode} ${address.city}, ${address.country}</dd>
    <dt>${i18n.t('vatId')}</dt>
    <dd>
      ${profile.vatId}
      ${
        vat.valid
          ? html`<span class="valid-mark">${renderIcon(checkIcon)} ${i18n.t('vatValid')}</span>`
          : vat.reason === 'country' || vat.reason === 'empty'
            ? html`<span class="muted">${i18n.t('vatUnknown')}</span>`
            : html`<span class="field-status error">${i18n.t('vatInvalid')}</span>`
      }
    </dd>
    <dt>${i18n.t('bankTitle')}</dt>
    <dd>
      ${
        bank
          ? html`${bank.accountHolder}<br />${maskIban(bank.iban)}<br />${bank.bic}, ${bank.bankName}`
          : html`<span class="muted">${i18n.t('bankMissing')}</span>`
      }
    </dd>
  </dl>`;
}

/** The invoice number, invoice date and payment date, as they will be saved. */
function renderInvoiceDetails(host: InvoiceStepHost): TemplateResult {
  const { i18n, draft } = host;
  const date = (value: string) => (isCalendarDate(value) ? i18n.date(value) : value);
  return html`<dl class="summary" data-summary="invoice">
    <dt>${i18n.t('number')}</dt>
    <dd>${draft.number.trim()}</dd>
    <dt>${i18n.t('invoiceDate')}</dt>
    <dd>${date(draft.invoiceDate)}</dd>
    <dt>${i18n.t('paymentDate')}</dt>
    <dd>${date(draft.paymentDate)}</dd>
  </dl>`;
}

function renderItems(host: InvoiceStepHost): TemplateResult {
  const { i18n } = host;
  const { order } = host.loaded;
  const columns: readonly PositionColumn<ReviewLine>[] = [
    { header: i18n.t('column.part'), cell: (line) => renderPartCell(line.position) },
    { header: i18n.t('column.quantity'), numeric: true, cell: (line) => i18n.number(line.quantity) },
    {
      header: i18n.t('column.unitPrice'),
      numeric: true,
      cell: (line) => i18n.money(line.unitPriceMinor, order.currency),
    },
    {
      header: i18n.t('column.total'),
      numeric: true,
      cell: (line) => i18n.money(line.unitPriceMinor * line.quantity, order.currency),
    },
  ];
  const view = host.reviewList.view(host.reviewLines());
  return html`${host.reviewList.renderFilter(view)}
  ${renderScrollRegion(
    renderPositionsTable(
      columns,
      view.rows.map((row) => row.item),
      (line) => line.position.id,
      { part: 'totals', className: 'totals', footer: renderTotals(host) },
    ),
    { label: i18n.t('reviewItems') },
  )}
  ${host.reviewList.renderPager(view)}`;
}

function renderTotals(host: InvoiceStepHost): TemplateResult {
  const { i18n } = host;
  const { order } = host.loaded;
  const totals = invoiceTotals(host.reviewLines(), order.vatRateBasisPoints);
  const rate = i18n.number(order.vatRateBasisPoints / 10_000, { style: 'percent', maximumFractionDigits: 2 });
  return html`<tfoot>
    <tr>
      <th scope="row" colspan="3">${i18n.t('net')}</th>
      <td class="num" data-total="net">${i18n.money(totals.netMinor, order.currency)}</td>
    </tr>
    <tr>
      <th scope="row" colspan="3">${i18n.t('vat', { rate })}</th>
      <td class="num" data-total="vat">${i18n.money(totals.vatMinor, order.currency)}</td>
    </tr>
    <tr class="gross">
      <th scope="row" colspan="3">${i18n.t('gross')}</th>
      <td class="num" data-total="gross">${i18n.money(totals.grossMinor, order.currency)}</td>
    </tr>
  </tfoot>`;
}
