import { css } from 'lit';

/**
 * Tables and their scroll regions, for the elements that draw them (positions tables, line acknowledgements): kept
 * out of the base styles, so My Orders (the first load) does not carry them. `.table-wrap`: a table wider than a phone
 * scrolls inside it, never the page (render it with `renderScrollRegion`, shared/scroll-region.ts, so a keyboard
 * reaches it).
 */
export const tableStyles = css`
  /* A region that scrolls sideways (a wide table) takes focus, so a keyboard can scroll it (WCAG 2.1.1). */
  .scroll-region {
    overflow-x: auto;
  }
  .scroll-region:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
`;
