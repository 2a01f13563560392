import { html, nothing, type TemplateResult } from 'lit';
import { maskIban } from '../../../domain/bank-identifiers.js';
import type { BankDetails } from '../../../domain/types.js';
import type { BankDetailsProblem } from '../../../domain/invoice-rules.js';
import { renderInput } from '../../shared/field.js';
import { bankMessage, detailMessage } from '../problem-messages.js';
import { renderHeading } from '../../shared/heading.js';
import { STEP_HEADING, type BankField, type DetailField, type InvoiceStepHost } from './step-host.js';

/** Step 2: the bank details (a form the first time or on "Edit", else a summary), the invoice number and dates. */
export function renderDetailsStep(host: InvoiceStepHost): TemplateResult {
  const { i18n, loaded } = host;
  const saved = loaded.profile.bankDetails;
  return html`${renderHeading(host.headingLevel, i18n.t('step.details'), STEP_HEADING)}
    ${renderHeading(host.headingLevel + 1, i18n.t('bankTitle'))}
    ${host.showBankForm || !saved ? renderBankForm(host, !saved) : renderBankSummary(host, saved)}
    ${renderHeading(host.headingLevel + 1, i18n.t('invoiceTitle'))}
    <div class="grid-2">
      ${detailField(host, 'number', 'text')} ${detailField(host, 'invoiceDate', 'date')}
      ${detailField(host, 'paymentDate', 'date', i18n.t('paymentDateHint', { count: loaded.order.paymentTermsDays }))}
    </div>
    <div class="actions">
      <button type="button" part="button" class="button" @click=${() => host.goTo(0)}>${i18n.t('back')}</button>
      <button
        type="button"
        part="button"
        class="button primary"
        aria-disabled=${host.busy ? 'true' : 'false'}
        @click=${() => host.continueFromDetails()}
      >
        ${i18n.t('continue')}
      </button>
    </div>`;
}

function renderBankForm(host: InvoiceStepHost, firstTime: boolean): TemplateResult {
  return html`${firstTime ? html`<p class="muted">${host.i18n.t('bankFirstTime')}</p>` : nothing}
    <div class="grid-2">
      ${bankField(host, 'accountHolder', 'name')} ${bankField(host, 'bankName', 'off')}
      ${bankField(host, 'iban', 'off')} ${bankField(host, 'bic', 'off')}
    </div>`;
}

function renderBankSummary(host: InvoiceStepHost, bank: BankDetails): TemplateResult {
  const { i18n } = host;
  return html`<dl class="summary">
      <dt>${i18n.t('accountHolder')}</dt>
      <dd>${bank.accountHolder}</dd>
      <dt>${i18n.t('iban')}</dt>
      <dd>${maskIban(bank.iban)}</dd>
      <dt>${i18n.t('bic')}</dt>
      <dd>${bank.bic}</dd>
      <dt>${i18n.t('bankName')}</dt>
      <dd>${bank.bankName}</dd>
    </dl>
    <button type="button" part="button" class="button" @click=${() => host.editBank()}>${i18n.t('editBank')}</button>`;
}

function bankField(host: InvoiceStepHost, field: BankField, autocomplete: string): TemplateResult {
  const problem = (host.bankProblems() as Partial<Record<BankField, BankDetailsProblem>>)[field];
  return renderInput(
    {
      id: `bank-${field}`,
      label: host.i18n.t(field),
      value: host.bank[field],
      required: true,
      autocomplete,
      state: host.fieldState(field, problem ? bankMessage(host.i18n, field, problem) : undefined),
      onInput: (value) => host.setBank(field, value),
      onBlur: () => host.touch(field),
    },
    host.i18n,
  );
}

function detailField(host: InvoiceStepHost, field: DetailField, type: 'text' | 'date', hint?: string): TemplateResult {
  const { draft } = host;
  const problem = host.detailProblems()[field];
  return renderInput(
    {
      id: field === 'number' ? 'invoice-number' : `invoice-${field}`,
      label: host.i18n.t(field),
      value: draft[field],
      type,
      required: true,
      ...(hint ? { hint } : {}),
      ...(field === 'invoiceDate' ? { max: host.today } : field === 'paymentDate' ? { min: draft.invoiceDate } : {}),
      state: host.fieldState(field, problem ? detailMessage(host.i18n, field, problem) : undefined),
      onInput: (value) => host.setDetail(field, value),
      onBlur: () => host.touch(field),
    },
    host.i18n,
  );
}
