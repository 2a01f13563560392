import { css, html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/message-catalog.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderIcon } from './icon.js';
import { checkIcon } from './icons/check.js';

export interface StepDescriptor {
  readonly key: string;
  readonly label: string;
}

/** The step indicator of a wizard: says in text where the supplier is and which steps are done. */
export function renderStepper(
  steps: readonly StepDescriptor[],
  current: number,
  i18n: LocalizeController<Messages>,
  label: string,
): TemplateResult {
  return html`<nav class="stepper" aria-label=${label}>
    <p class="visually-hidden">${i18n.shared('stepOf', { current: current + 1, total: steps.length })}</p>
    <ol part="steps">
      ${steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'upcoming';
        return html`<li
          part="step step-${state}"
          class="step ${state}"
          aria-current=${index === current ? 'step' : 'false'}
        >
          <span class="step-marker" aria-hidden="true">${index < current ? renderIcon(checkIcon) : index + 1}</span>
          <span class="step-label">${step.label}</span>
          ${state === 'done' ? html`<span class="visually-hidden">(${i18n.shared('stepCompleted')})</span>` : ''}
        </li>`;
      })}
    </ol>
  </nav>`;
}

export const stepperStyles = css`
  .stepper ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    list-style: none;
    padding: 0;
    margin-block: 0 var(--_space-4);
  }
  .step {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    color: var(--_muted);
  }
  .step-marker {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 700;
    font-size: var(--_font-size-small);
  }
  .step.current {
    color: var(--_accent);
    font-weight: 700;
  }
  .step.done {
    color: var(--_success);
  }
`;
