import { html, nothing, type TemplateResult } from 'lit';
import { MAX_TRACKING_NUMBERS } from '../../../domain/shipping-rules.js';
import { proposeCarriers } from '../../../domain/tracking-numbers.js';
import { fieldStatus, renderCheckbox, renderInput, renderSelect } from '../../shared/field.js';
import { trackingKey } from '../validation.js';
import { renderHeading } from '../../shared/heading.js';
import { renderIcon } from '../../shared/icon.js';
import { infoIcon } from '../../shared/icons/info.js';
import { plusIcon } from '../../shared/icons/plus.js';
import { fieldId, renderStepHeading, type StepHost } from './step-host.js';

/** The carriers of the adapter's list whose number format the tracking numbers fit, when the one chosen does not fit them all. */
function renderCarrierProposal(host: StepHost): TemplateResult | typeof nothing {
  const { i18n, data, draft } = host;
  const detected: readonly string[] = proposeCarriers(draft.delivery.trackingNumbers, draft.delivery.carrierId);
  const proposals = data.carriers.filter((carrier) => detected.includes(carrier.id));
  if (proposals.length === 0) return nothing;
  return html`<p part="carrier-proposal" class="carrier-proposal">
    ${i18n.t('delivery.carrierDetected', { carriers: i18n.list(proposals.map((carrier) => carrier.name)) })}
    ${proposals.map(
      (carrier) =>
        html`<button
          type="button"
          part="button"
          class="button"
          ?disabled=${host.busy}
          @click=${() => host.setDelivery('carrierId', carrier.id)}
        >
          ${i18n.t('delivery.useCarrier', { carrier: carrier.name })}
        </button>`,
    )}
  </p>`;
}

/** One field per tracking number, each with "Remove" while there are several; "Add tracking number" below. */
function renderTrackingNumbers(host: StepHost): TemplateResult {
  const { i18n, draft } = host;
  const numbers = draft.delivery.trackingNumbers;
  const label = (index: number) =>
    index === 0 ? i18n.t('delivery.trackingNumber') : i18n.t('delivery.trackingNumberN', { n: index + 1 });
  return html`<ul class="plain tracking-numbers" part="tracking-numbers">
      ${numbers.map(
        (number, index) =>
          html`<li class="tracking-number" part="tracking-number">
            ${renderInput(
              {
                id: fieldId(trackingKey(index)),
                label: label(index),
                hint: index === 0 ? i18n.t('delivery.trackingHint') : undefined,
                required: false,
                autocomplete: 'off',
                value: number,
                state: host.fieldState(trackingKey(index)),
                disabled: host.busy,
                onInput: (value) => host.setTrackingNumber(index, value),
              },
              i18n,
            )}
            ${
              numbers.length > 1
                ? html`<button
                    type="button"
                    class="button link"
                    part="button remove-tracking-button"
                    aria-label=${i18n.t('delivery.removeTrackingLabel', { n: index + 1 })}
                    ?disabled=${host.busy}
                    @click=${() => host.removeTrackingNumber(index)}
                  >
                    ${i18n.t('delivery.removeTracking')}
                  </button>`
                : nothing
            }
          </li>`,
      )}
    </ul>
    ${
      numbers.length < MAX_TRACKING_NUMBERS
        ? html`<p class="add-tracking">
            <button
              type="button"
              class="button"
              part="button add-tracking-button"
              ?disabled=${host.busy}
              @click=${() => host.addTrackingNumber()}
            >
              ${renderIcon(plusIcon)} ${i18n.t('delivery.addTracking')}
            </button>
          </p>`
        : nothing
    }`;
}

/** Step 3, platform arranges: the pickup address to check (read-only). Supplier arranges: operator, tracking number, date. Both: the terms. */
export function renderDeliveryStep(host: StepHost, today: string): TemplateResult {
  const { i18n, data, draft } = host;
  const address = data.profile?.pickupAddress;
  const body =
    data.responsibility === 'platform'
      ? html`<p>${i18n.t('delivery.platformIntro')}</p>
          <section class="pickup" part="pickup-address" aria-labelledby="pickup-heading">
            ${renderHeading(host.headingLevel + 1, i18n.t('delivery.pickupAddress'), { id: 'pickup-heading' })}
            ${
              address
                ? html`<address>
                    ${address.name}<br />${address.street}<br />${address.postalCode} ${address.city}<br />${i18n.region(address.country)}
                  </address>`
                : ''
            }
            ${fieldStatus('delivery-pickupAddress', host.fieldState('delivery.pickupAddress'), i18n)}
            <p class="notice info" part="pickup-note">
              ${renderIcon(infoIcon)}<span class="notice-body">${i18n.t('delivery.pickupNote')}</span>
            </p>
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
          ${renderTrackingNumbers(host)} ${renderCarrierProposal(host)}
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
  return html`${renderStepHeading(host, i18n.t('delivery.heading'))} ${body}
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
