import { css } from 'lit';

export const qualityReportStyles = css`
  .button.danger {
    color: var(--_danger);
  }
  .reports {
    list-style: none;
    padding: 0;
    margin: var(--_space-3) 0;
    display: grid;
    gap: var(--_space-2);
  }
  .report {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
  }
  .report .name {
    flex: 1;
    min-inline-size: 10rem;
    overflow-wrap: anywhere;
  }
`;
