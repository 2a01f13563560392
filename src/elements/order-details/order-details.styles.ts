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
