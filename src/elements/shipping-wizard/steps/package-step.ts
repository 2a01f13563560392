import { html, type TemplateResult } from 'lit';
import type { PackageType } from '../../../domain/types.js';
import { fieldStatus, renderInput } from '../../shared/field.js';
import type { PackageDraft } from '../draft.js';
import { renderStepHeading, type StepHost } from './step-host.js';

const TYPES: readonly PackageType[] = ['box', 'pallet'];
const SIDES = ['lengthCm', 'widthCm', 'heightCm'] as const;

/** Step 2: box or pallet, number of packages, dimensions, weight (limits from the packaging rules) and a photo. */
export function renderPackageStep(host: StepHost): TemplateResult {
  const { i18n, data, draft } = host;
  const rules = data.rules;
  const pkg = draft.package;
  const limits = pkg.type === '' ? null : rules[pkg.type];
  const typeState = host.fieldState('package.type');
  const typeName = pkg.type === '' ? '' : i18n.t(`typeName.${pkg.type}`);
  const number = (
    field: Exclude<keyof PackageDraft, 'type'>,
    options: { max?: number; step?: number | string; hint?: string; inputmode: 'numeric' | 'decimal' },
  ) =>
    renderInput(
      {
        id: `package-${field}`,
        label: i18n.t(`package.${field}`),
        type: 'number',
        inputmode: options.inputmode,
        min: field === 'count' ? 1 : 0,
        ...(options.max !== undefined ? { max: options.max } : {}),
        step: options.step ?? 1,
        ...(options.hint ? { hint: options.hint } : {}),
        required: true,
        value: pkg[field],
        state: host.fieldState(`package.${field}`),
        disabled: host.busy,
        onInput: (value) => host.setPackage(field, value),
      },
      i18n,
    );
  return html`${renderStepHeading(host, i18n.t('package.heading'))}
    <p class="muted">${i18n.t('package.intro')}</p>
    <fieldset class="field radio-group" part="field" data-state=${typeState.kind} id="package-type">
      <legend part="field-label">${i18n.t('package.type')}</legend>
      <p id="package-type-hint" class="field-hint muted">
        ${i18n.t('package.typeHint', { box: i18n.unit(rules.box.maxWeightKg, 'kilogram'), pallet: i18n.unit(rules.pallet.maxWeightKg, 'kilogram') })}
      </p>
      <div class="radios">
        ${TYPES.map(
          (type) =>
            html`<label class="radio" part="radio">
              <input
                type="radio"
                name="package-type"
                id="package-type-${type}"
                value=${type}
                .checked=${pkg.type === type}
                ?disabled=${host.busy}
                aria-invalid=${typeState.kind === 'error' ? 'true' : 'false'}
                aria-describedby="package-type-hint package-type-status"
                @change=${() => host.setPackage('type', type)}
              />
              ${i18n.t(`package.${type}`)}
            </label>`,
        )}
      </div>
      ${fieldStatus('package-type', typeState, i18n)}
    </fieldset>
    <div class="package-grid">
      ${number('count', { inputmode: 'numeric' })}
      ${SIDES.map((side) =>
        number(side, {
          inputmode: 'decimal',
          step: 'any',
          ...(limits
            ? {
                max: limits.maxLengthCm,
                hint: i18n.t('package.sizeHint', { max: i18n.unit(limits.maxLengthCm, 'centimeter') }),
              }
            : {}),
        }),
      )}
      ${number('weightKg', {
        inputmode: 'decimal',
        step: 'any',
        ...(limits
          ? {
              max: limits.maxWeightKg,
              hint: i18n.t('package.weightHint', { max: i18n.unit(limits.maxWeightKg, 'kilogram'), type: typeName }),
            }
          : {}),
      })}
    </div>
    ${host.renderPhoto()}`;
}
