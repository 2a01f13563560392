import { css } from 'lit';

/**
 * My Orders. The header and every row share one grid template, chosen by the element's own width (container
 * queries, not the viewport: a portal column beside a sidebar is narrow on a wide screen):
 *
 * - wide (70rem and more): a table, one line per order, eight columns;
 * - medium (46rem to 70rem): a compact table, two lines per order (number over parts, value over quantity,
 *   stage over next action);
 * - narrow (below 46rem): a card per order on one two-column grid, so every card's second column starts at
 *   the same place.
 *
 * Columns are sized in rem and fractions only, never by their content (`auto`): the virtualizer lays each row
 * out as a grid of its own, so a track sized by content would differ from row to row and from the header.
 * Both the header and the scrolling rows keep a scrollbar's gutter, so a scrollbar never shifts one of them.
 */
export const orderListStyles = css`
  :host {
    container-type: inline-size;
    --_details-column: 8.5rem;
  }

  /* ---------- toolbar ---------- */
  .toolbar,
  .filters,
  .group,
  .sort,
  .views,
  .view-name,
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
  }
  .toolbar {
    margin-block-end: var(--_space-3);
  }
  .export {
    align-items: center;
    margin-block-end: var(--_space-3);
  }
  /* Wide enough: the filters' groups sit in the toolbar's own rows (search, stage and sort; then the quick filters, saved views and export). */
  .filters {
    display: contents;
  }
  .views.toolbar {
    margin: 0;
  }
  .group,
  .sort {
    flex-wrap: nowrap;
  }
  .sort {
    gap: var(--_space-1);
  }
  .group.end {
    flex-wrap: wrap;
    margin-inline-start: auto;
  }
  /* The quick filters start the toolbar's second line. */
  .break {
    flex-basis: 100%;
    block-size: 0;
  }
  .search {
    flex: 1 1 12rem;
  }
  .search input {
    inline-size: 100%;
  }
  .filters-toggle {
    display: none;
  }
  .badge {
    padding-inline: var(--_space-2);
    border-radius: 999px;
    background: var(--_info-surface);
    color: var(--_accent);
    font-size: var(--_font-size-small);
  }
  .toolbar label,
  .views label,
  .view-name label {
    display: grid;
    gap: var(--_space-1);
    font-weight: 600;
    font-size: var(--_font-size-small);
  }
  .toolbar input,
  .toolbar select {
    font: inherit;
    font-size: var(--_font-size);
    font-weight: 400;
    min-block-size: 2.5rem;
    padding-inline: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
  }
  .toolbar .button {
    white-space: nowrap;
  }
  .filter[aria-pressed='true'] {
    background: var(--_info-surface);
    border-color: var(--_accent);
    color: var(--_accent);
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
  .export a {
    color: var(--_accent);
  }
  .summary {
    margin-block: 0 var(--_space-2);
    color: var(--_muted);
    min-block-size: 1lh;
  }

  /* ---------- the grid: one template for the header and every row ---------- */
  .grid {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .head {
    overflow: hidden;
    scrollbar-gutter: stable;
    background: var(--_surface-alt);
    border-block-end: 1px solid var(--_border);
  }
  .rows {
    block-size: var(--sf-order-list-height, 32rem);
    overflow: auto;
    scrollbar-gutter: stable;
    position: relative;
  }
  .row {
    display: grid;
    grid-template-areas:
      'number value lead stage details'
      'parts quantity lead action details';
    grid-template-columns: minmax(0, 1.4fr) 8.5rem 9.5rem minmax(0, 1fr) var(--_details-column);
    align-items: center;
    column-gap: var(--_space-3);
    row-gap: 0;
    inline-size: 100%;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
  }
  .rows .row {
    border-block-end: 1px solid var(--_border);
  }
  .number {
    grid-area: number;
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .parts {
    grid-area: parts;
  }
  .quantity {
    grid-area: quantity;
  }
  .value {
    grid-area: value;
  }
  .lead {
    grid-area: lead;
  }
  .stage {
    grid-area: stage;
  }
  .action {
    grid-area: action;
  }
  .details {
    grid-area: details;
    justify-self: stretch;
  }
  .header {
    font-weight: 700;
    font-size: var(--_font-size-small);
    color: var(--_muted);
    align-items: end;
  }
  .rows .row .parts {
    color: var(--_muted);
    font-size: var(--_font-size-small);
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
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .cell.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
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
  .action-link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    text-align: start;
    text-decoration: none;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .action-link:hover {
    text-decoration: underline;
  }
  .details .button {
    inline-size: 100%;
    text-wrap: balance;
  }
  .empty {
    padding: var(--_space-6);
    text-align: center;
  }
  .more {
    padding: var(--_space-2) var(--_space-3);
    color: var(--_muted);
  }
  .skeleton-row {
    display: flex;
    gap: var(--_space-4);
    padding: var(--_space-3);
    border-block-end: 1px solid var(--_border);
  }
  .skeleton-row .skeleton {
    flex: 1;
  }

  /* wide: a table, one line per order */
  @container (min-width: 70rem) {
    .row {
      grid-template-columns: 7rem minmax(8rem, 1.6fr) 6.5rem 8rem 8.5rem 8rem minmax(7rem, 1.2fr) var(--_details-column);
      column-gap: var(--_space-2);
      grid-template-areas: 'number parts quantity value lead stage action details';
    }
    .rows .row .parts {
      color: inherit;
      font-size: inherit;
    }
  }

  /* narrow: one card per order, every card on the same four columns (two on a phone) */
  @container (max-width: 45.99rem) {
    .head {
      display: none;
    }
    .row {
      grid-template-columns: repeat(4, minmax(0, 1fr));
      grid-template-areas:
        'number number details details'
        'parts parts parts parts'
        'quantity value lead stage'
        'action action action action';
      row-gap: var(--_space-1);
      align-items: start;
      padding-block: var(--_space-2) var(--_space-3);
    }
    .number {
      align-self: center;
    }
    .details {
      justify-self: end;
    }
    .details .button {
      inline-size: auto;
    }
    .action.none {
      display: none;
    }
    .cell.num {
      text-align: start;
    }
    .cell[data-label]::before {
      content: attr(data-label);
      display: block;
      color: var(--_muted);
      font-size: var(--_font-size-small);
      font-weight: 400;
    }
  }

  @container (max-width: 33.99rem) {
    .row {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      grid-template-areas:
        'number details'
        'parts parts'
        'quantity value'
        'lead stage'
        'action action';
    }
  }

  /* narrow enough that the filters, sort, saved views and export fold behind "Filters and sort" */
  @container (max-width: 40rem) {
    .filters-toggle {
      display: inline-flex;
    }
    .search {
      flex-basis: 100%;
    }
    .filters {
      display: none;
    }
    .filters.open {
      display: flex;
      flex: 1 1 100%;
    }
    .filters,
    .group {
      flex-wrap: wrap;
    }
    .group.end {
      margin-inline-start: 0;
    }
  }
`;
