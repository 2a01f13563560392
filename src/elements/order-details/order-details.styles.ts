import { css } from 'lit';

export const orderDetailsStyles = css`
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space-3);
    margin: 0 0 var(--_space-4);
  }
  .facts dt {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .table-wrap {
    margin-block-end: var(--_space-4);
  }
  .table-wrap .muted {
    white-space: nowrap;
  }
  /* Narrower than the table needs: each position a card of label and value, the order total on its own line, so
     nothing hides behind a sideways scroll. */
  @container (max-width: 35.99rem) {
    [part~='positions'] :is(table, thead, tbody, tfoot, tr, th, td) {
      display: block;
    }
    [part~='positions'] thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    [part~='positions'] tbody tr {
      display: grid;
      gap: var(--_space-1);
      padding-block: var(--_space-3);
      border-block-end: 1px solid var(--_border);
    }
    [part~='positions'] :is(tbody, tfoot) :is(th, td) {
      padding: 0;
      border: 0;
    }
    [part~='positions'] tbody td:first-child {
      font-weight: 600;
    }
    [part~='positions'] td[data-label] {
      display: flex;
      justify-content: space-between;
      gap: var(--_space-3);
      text-align: end;
    }
    [part~='positions'] td[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      text-align: start;
    }
    [part~='positions'] tfoot tr {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_space-1) var(--_space-3);
      padding-block: var(--_space-3);
      font-weight: 700;
    }
  }
  .stages {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .stage {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .stage > :is(h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: inherit;
  }
  .stage-toggle {
    display: flex;
    inline-size: 100%;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .stage-toggle:hover {
    background: var(--_surface-alt);
  }
  .stage-title {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
  }
  [part~='activity'] {
    margin-block-start: var(--_space-6);
  }
  .stage-panel {
    padding: 0 var(--_space-4) var(--_space-4);
  }
  [part~='draft-kept'] {
    margin: 0;
    margin-inline-end: auto;
  }
`;
