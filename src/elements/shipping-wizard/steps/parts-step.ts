import { html, type TemplateResult } from 'lit';
import { remainingQuantity } from '../../../domain/quantities.js';
import { fieldStatus, renderInput } from '../../shared/field.js';
import { fieldId, renderStepHeading, type StepHost } from './step-host.js';
import { renderIcon } from '../../shared/icon.js';
import { checkIcon } from '../../shared/icons/check.js';

/** Step 1: every position with what is still to ship and a quantity to ship now (0..remaining), a page at a time. */
export function renderPartsStep(host: StepHost): TemplateResult {
  const { i18n, data, draft } = host;
  const order = data.order;
  const view = host.parts.view(order.positions);
  return html`${renderStepHeading(host, i18n.t('parts.heading'))}
    <p class="muted">${i18n.t('parts.intro')}</p>
    ${fieldStatus('items', host.fieldState('items'), i18n)} ${host.parts.renderFilter(view)}
    <ul class="positions" part="positions" aria-labelledby="step-heading">
      ${host.parts.renderRows(
        view,
        (position) => position.id,
        ({ item: position }) => {
          const remaining = remainingQuantity(order, position);
          const key = `items.${position.id}`;
          return html`<li class="position" part="position">
            <p class="position-title">
              <strong>${position.lineNo}. ${position.partName}</strong>
              <span class="muted">${position.partNumber} · ${position.material} · ${position.process}</span>
            </p>
            <dl class="position-numbers">
              <div>
                <dt>${i18n.t('parts.ordered')}</dt>
                <dd class="num">${i18n.number(position.quantity)}</dd>
              </div>
              <div>
                <dt>${i18n.t('parts.remaining')}</dt>
                <dd class="num">${i18n.number(remaining)}</dd>
              </div>
            </dl>
            ${
              remaining === 0 || !(position.id in draft.quantities)
                ? html`<p class="muted" part="fully-shipped">
                    ${renderIcon(checkIcon)} ${i18n.t('parts.fullyShipped')}
                  </p>`
                : renderInput(
                    {
                      id: fieldId(key),
                      label: i18n.t('parts.quantityLabel', { part: `${position.partName} (${position.partNumber})` }),
                      type: 'number',
                      inputmode: 'numeric',
                      min: 0,
                      max: remaining,
                      step: 1,
                      value: draft.quantities[position.id] ?? '',
                      state: host.fieldState(key),
                      disabled: host.busy,
                      onInput: (value) => host.setQuantity(position.id, value),
                    },
                    i18n,
                  )
            }
          </li>`;
        },
      )}
    </ul>
    ${host.parts.renderPager(view)}`;
}
