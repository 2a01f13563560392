import { html, nothing, type TemplateResult } from 'lit';
import { maskIban } from '../../../domain/bank-identifiers.js';
import { invoiceTotals } from '../../../domain/money.js';
import { checkVatId } from '../../../domain/vat-id.js';
import { renderPartCell, renderPositionsTable, type PositionColumn } from '../../shared/positions-table.js';
import type { InvoiceStepHost, ReviewLine } from './step-host.js';

/** Step 3: company and bank, items and totals, the XRechnung, the signed PDF, what is still missing; "Save". */
export function renderReviewStep(host: InvoiceStepHost): TemplateResult {
  const { i18n, draft } = host;
  const missing = host.missing();
  return html`<h3 tabindex="-1">${i18n.t('step.review')}</h3>
    ${renderCompany(host)}
    <h4>${i18n.t('reviewItems')}</h4>
    ${renderItems(host)} ${host.renderEInvoiceReview()}
    <h4>${i18n.t('uploadLabel')}</h4>
    ${draft.documentName ? html`<p class="valid-mark"><span aria-hidden="true">✓</span> ${i18n.t('uploadedFile', { name: draft.documentName })}</p>` : nothing}
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

function renderCompany(host: InvoiceStepHost): TemplateResult {
  const { i18n } = host;
  const { profile } = host.loaded;
  const vat = checkVatId(profile.vatId);
  const bank = host.showBankForm || !profile.bankDetails ? host.bank : profile.bankDetails;
  return html`<h4>${i18n.t('reviewCompany')}</h4>
    <dl class="summary">
      <dt>${profile.legalName}</dt>
      <dd>
        ${profile.address.street}, ${profile.address.postalCode} ${profile.address.city}, ${profile.address.country}
      </dd>
      <dt>${i18n.t('vatId')}</dt>
      <dd>
        ${profile.vatId}
        ${
          vat.valid
            ? html`<span class="valid-mark"><span aria-hidden="true">✓</span> ${i18n.t('vatValid')}</span>`
            : vat.reason === 'country' || vat.reason === 'empty'
              ? html`<span class="muted">${i18n.t('vatUnknown')}</span>`
              : html`<span class="field-status error">${i18n.t('vatInvalid')}</span>`
        }
      </dd>
      <dt>${i18n.t('bankTitle')}</dt>
      <dd>${bank.accountHolder} · ${bank.iban ? maskIban(bank.iban) : ''} · ${bank.bic} · ${bank.bankName}</dd>
    </dl>`;
}

function renderItems(host: InvoiceStepHost): TemplateResult {
  const { i18n } = host;
  const { order } = host.loaded;
  const columns: readonly PositionColumn<ReviewLine>[] = [
    { header: i18n.t('column.part'), cell: (line) => renderPartCell(line.position) },
    { header: i18n.t('column.quantity'), numeric: true, cell: (line) => i18n.number(line.quantity) },
    { header: i18n.t('column.unitPrice'), numeric: true, cell: (line) => i18n.money(line.unitPriceMinor, order.currency) },
    { header: i18n.t('column.total'), numeric: true, cell: (line) => i18n.money(line.unitPriceMinor * line.quantity, order.currency) },
  ];
  const view = host.reviewList.view(host.reviewLines());
  return html`${host.reviewList.renderFilter(view)}
    <div class="table-wrap">
      ${renderPositionsTable(
        columns,
        view.rows.map((row) => row.item),
        (line) => line.position.id,
        { part: 'totals', className: 'totals', footer: renderTotals(host) },
      )}
    </div>
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
