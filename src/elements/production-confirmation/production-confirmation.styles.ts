import { css } from 'lit';

export const productionConfirmationStyles = css`
  .done {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
  }
  dialog {
    max-inline-size: min(32rem, 92vw);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: var(--_space-6);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
`;
