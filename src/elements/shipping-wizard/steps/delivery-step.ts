import { html, nothing, type TemplateResult } from 'lit';
import { detectCarriers } from '../../../domain/tracking-numbers.js';
import { fieldStatus, renderCheckbox, renderInput, renderSelect } from '../../shared/field.js';
import type { StepHost } from './step-host.js';

/** The carriers of the adapter's list whose number format the tracking number fits, when the one chosen is not among them. */
function renderCarrierProposal(host: StepHost): TemplateResult | typeof nothing {
  const { i18n, data, draft } = host;
  const detected: readonly string[] = detectCarriers(draft.delivery.trackingNumber);
  if (detected.includes(draft.delivery.carrierId)) return nothing;
  const proposals = data.carriers.filter((carrier) => detected.includes(carrier.id));
  if (proposals.length === 0) return nothing;
  return html`<p part="carrier-proposal" class="carrier-proposal">
    ${i18n.t('delivery.carrierDetected', { carriers: i18n.list(proposals.map((carrier) => carrier.name)) })}
    ${proposals.map(
      (carrier) =>
        html`<button type="button" part="button" class="button" ?disabled=${host.busy} @click=${() => host.setDelivery('carrierId', carrier.id)}>
          ${i18n.t('delivery.useCarrier', { carrier: carrier.name })}
        </button>`,
    )}
  </p>`;
}

/** Step 3, platform arranges: the pickup address to check (read-only). Supplier arranges: operator, tracking number, date. Both: the terms. */
export function renderDeliveryStep(host: StepHost, today: string): TemplateResult {
  const { i18n, data, draft } = host;
  const address = data.profile?.pickupAddress;
  const body =
    data.responsibility === 'platform'
      ? html`<p>${i18n.t('delivery.platformIntro')}</p>
          <section class="pickup" part="pickup-address" aria-labelledby="pickup-heading">
            <h4 id="pickup-heading">${i18n.t('delivery.pickupAddress')}</h4>
            ${address
              ? html`<address>${address.name}<br />${address.street}<br />${address.postalCode} ${address.city}<br />${address.country}</address>`
              : ''}
            ${fieldStatus('delivery-pickupAddress', host.fieldState('delivery.pickupAddress'), i18n)}
            <p class="notice info" part="pickup-note"><span aria-hidden="true">ℹ</span><span class="notice-body">${i18n.t('delivery.pickupNote')}</span></p>
          </section>`
      : html`<p>${i18n.t('delivery.supplierIntro')}</p>
          ${renderSelect(
            {
              id: 'delivery-carrierId',
              label: i18n.t('delivery.carrier'),
              required: true,
              value: draft.delivery.carrierId,
              placeholder: i18n.t('delivery.carrierPlaceholder'),
              options: data.carriers.map((carrier) => ({ value: carrier.id, label: carrier.name })),
              state: host.fieldState('delivery.carrierId'),
              disabled: host.busy,
              onChange: (value) => host.setDelivery('carrierId', value),
            },
            i18n,
          )}
          ${renderInput(
            {
              id: 'delivery-trackingNumber',
              label: i18n.t('delivery.trackingNumber'),
              hint: i18n.t('delivery.trackingHint'),
              required: false,
              autocomplete: 'off',
              value: draft.delivery.trackingNumber,
              state: host.fieldState('delivery.trackingNumber'),
              disabled: host.busy,
              onInput: (value) => host.setDelivery('trackingNumber', value),
            },
            i18n,
          )}
          ${renderCarrierProposal(host)}
          ${renderInput(
            {
              id: 'delivery-expectedShipDate',
              label: i18n.t('delivery.expectedShipDate'),
              type: 'date',
              min: today,
              required: true,
              value: draft.delivery.expectedShipDate,
              state: host.fieldState('delivery.expectedShipDate'),
              disabled: host.busy,
              onInput: (value) => host.setDelivery('expectedShipDate', value),
            },
            i18n,
          )}`;
  return html`<h3 id="step-heading" tabindex="-1" part="step-heading">${i18n.t('delivery.heading')}</h3>
    ${body}
    ${renderCheckbox(
      {
        id: 'termsAccepted',
        label: i18n.t('terms'),
        checked: draft.termsAccepted,
        state: host.fieldState('termsAccepted'),
        disabled: host.busy,
        onChange: (checked) => host.setTerms(checked),
      },
      i18n,
    )}`;
}
