import { css } from 'lit';

/** Styles of `renderInput`, `renderSelect` and `renderCheckbox`. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--_space-1);
    margin-block-end: var(--_space-3);
  }
  .field label {
    font-weight: 600;
  }
  .field-hint {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .field input:not([type='checkbox']),
  .field select,
  .field textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    min-block-size: 2.5rem;
    inline-size: 100%;
    max-inline-size: 28rem;
  }
  .field[data-state='valid'] input,
  .field[data-state='valid'] select,
  .field[data-state='valid'] textarea {
    border-color: var(--_success);
  }
  .field[data-state='error'] input,
  .field[data-state='error'] select,
  .field[data-state='error'] textarea {
    border-color: var(--_danger);
  }
  .field-status {
    margin: 0;
    min-block-size: 1.25em;
    font-size: var(--_font-size-small);
  }
  .field-status.valid {
    color: var(--_success);
    font-weight: 700;
  }
  .field-status.error {
    color: var(--_danger);
  }
  .field-status.warning {
    color: var(--_warning);
  }
  .field.checkbox {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: var(--_space-2);
  }
  .field.checkbox .field-status {
    grid-column: 1 / -1;
  }
  .field.checkbox input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_accent);
  }
`;
