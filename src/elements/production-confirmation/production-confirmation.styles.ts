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
  .lines-form,
  .line-results {
    margin-block-start: var(--_space-6);
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-4);
  }
  .line {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-4);
    margin: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .line legend {
    font-weight: 600;
    padding-inline: var(--_space-1);
  }
  .line p {
    margin: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: var(--_space-6);
  }
  .line-results td p {
    margin: 0;
  }
  .proposal {
    font-weight: 600;
  }
`;
