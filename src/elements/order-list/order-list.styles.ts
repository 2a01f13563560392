import { css } from 'lit';

export const orderListStyles = css`
  :host {
    container-type: inline-size;
  }
  .toolbar,
  .view-name,
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-3);
  }
  .toolbar,
  .export {
    margin-block-end: var(--_space-3);
  }
  .export {
    align-items: center;
  }
  .bulk-results ul,
  .bulk-orders {
    max-block-size: 12rem;
    overflow: auto;
  }
  .bulk-results ul {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space-2);
  }
  .bulk-results .failed {
    color: var(--_danger);
  }
  .number input {
    margin-inline-end: var(--_space-2);
  }
  .export a {
    color: var(--_accent);
  }
  .toolbar label {
    display: grid;
    gap: var(--_space-1);
    font-weight: 600;
    font-size: var(--_font-size-small);
  }
  .toolbar input,
  .toolbar select {
    font: inherit;
    min-block-size: 2.5rem;
    padding-inline: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
  }
  .toolbar input[type='search'] {
    min-inline-size: min(18rem, 100%);
  }
  .filter[aria-pressed='true'] {
    background: var(--_info-surface);
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .summary {
    margin-block: 0 var(--_space-2);
    color: var(--_muted);
  }
  .grid {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .row {
    display: grid;
    grid-template-columns: 8rem minmax(8rem, 2fr) 6rem 8rem 10rem 9rem minmax(9rem, 1.2fr) auto;
    align-items: center;
    gap: var(--_space-2);
    inline-size: 100%;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-block-end: 1px solid var(--_border);
  }
  .header {
    background: var(--_surface-alt);
    font-weight: 700;
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .rows {
    block-size: var(--sf-order-list-height, 32rem);
    overflow: auto;
    position: relative;
  }
  .rows .row:hover {
    background: var(--_surface-alt);
  }
  .rows .row:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    box-shadow: none;
  }
  .cell {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .cell.num {
    text-align: end;
  }
  .number {
    font-weight: 700;
  }
  .phrase {
    display: block;
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .phrase.overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  .phrase.due-today {
    color: var(--_warning);
    font-weight: 600;
  }
  .action.owed {
    font-weight: 600;
    color: var(--_accent);
  }
  .empty {
    padding: var(--_space-6);
    text-align: center;
  }
  .more {
    padding: var(--_space-2) var(--_space-3);
    color: var(--_muted);
  }
  @container (max-width: 56rem) {
    .header {
      display: none;
    }
    .row {
      grid-template-columns: 1fr auto;
      grid-auto-flow: row;
    }
    .cell[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    .cell.num {
      text-align: start;
    }
  }
`;
