import { css } from 'lit';

/**
 * My Orders. The header and every row share one grid template, chosen by the element's own width (container
 * queries on the host, a size container in every element, not the viewport: a portal column beside a sidebar is
 * narrow on a wide screen):
 *
 * - wide (70rem and more): a table, one line per order, eight columns (the lead time set off from the value,
 *   a right-aligned number beside left-aligned text);
 * - medium (46rem to 70rem): a compact table, two lines per order (number over parts, value over quantity,
 *   stage over next action);
 * - narrow (below 46rem): a card per order on one two-column grid, so every card's second column starts at
 *   the same place.
 *
 * Columns are sized in rem and fractions only, never by their content (`auto`): the virtualizer lays each row
 * out as a grid of its own, so a track sized by content would differ from row to row and from the header.
 * Both the header and the scrolling rows keep a scrollbar's gutter, so a scrollbar never shifts one of them.
 *
 * The toolbar: wide enough, the filters' groups sit in the toolbar's own rows (search, stage and sort; then,
 * after `.break`, the quick filters, saved views and export); below 40rem they fold behind "Filters and sort".
 * (No comments inside the CSS: they would ship in the bundle.)
 */
export const orderListStyles = css`
  :host {
    --_details-column: 8.5rem;
  }
  .toolbar,
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
  .toolbar,
  .export {
    margin-block-end: var(--_space-3);
  }
  .views.toolbar {
    margin: 0;
  }
  .export {
    align-items: center;
  }
  .filters {
    display: contents;
  }
  .group,
  .sort {
    flex-wrap: nowrap;
  }
  .sort {
    gap: var(--_space-1);
  }
  .end {
    flex-wrap: wrap;
    margin-inline-start: auto;
  }
  .break {
    flex-basis: 100%;
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
    grid-template-areas: 'number value lead stage details' 'parts quantity lead action details';
    grid-template-columns: minmax(0, 1.4fr) 8.5rem 9.5rem minmax(0, 1fr) var(--_details-column);
    align-items: center;
    gap: 0 var(--_space-3);
    inline-size: 100%;
    padding: var(--_space-2) var(--_space-3);
  }
  .rows .row {
    border-block-end: 1px solid var(--_border);
  }
  .rows .row:hover {
    background: var(--_surface-alt);
  }
  .rows .row:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    box-shadow: none;
  }
  .header {
    font-weight: 700;
    font-size: var(--_font-size-small);
    color: var(--_muted);
    align-items: end;
  }
  .cell {
    min-inline-size: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .number {
    grid-area: number;
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-weight: 700;
  }
  .number > input,
  .select,
  .header .number::before {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
    margin: 0;
  }
  .header .number::before {
    content: '';
  }
  .parts {
    grid-area: parts;
  }
  .rows .parts {
    color: var(--_muted);
    font-size: var(--_font-size-small);
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
  }
  .details .button {
    inline-size: 100%;
    text-wrap: balance;
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
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    text-align: start;
    cursor: pointer;
  }
  .action-link:hover {
    text-decoration: underline;
  }
  .empty {
    padding: var(--_space-6);
    text-align: center;
  }
  .more {
    padding: var(--_space-2) var(--_space-3);
    color: var(--_muted);
  }

  @container (min-width: 70rem) {
    .row {
      grid-template-areas: 'number parts quantity value lead stage action details';
      grid-template-columns: 7rem minmax(8rem, 1.6fr) 6.5rem 8rem 8.5rem 8rem minmax(7rem, 1.2fr) var(
          --_details-column
        );
      column-gap: var(--_space-2);
    }
    .lead {
      padding-inline-start: var(--_space-3);
    }
    .rows .parts {
      color: inherit;
      font-size: inherit;
    }
  }
  @container (max-width: 45.99rem) {
    .head,
    .action.none {
      display: none;
    }
    .row {
      grid-template-areas: 'number number details details' 'parts parts parts parts' 'quantity value lead stage' 'action action action action';
      grid-template-columns: repeat(4, minmax(0, 1fr));
      align-items: start;
      row-gap: var(--_space-1);
      padding-block-end: var(--_space-3);
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
      grid-template-areas: 'number details' 'parts parts' 'quantity value' 'lead stage' 'action action';
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (max-width: 40rem) {
    .filters-toggle {
      display: inline-flex;
    }
    .search,
    .filters.open {
      flex-basis: 100%;
    }
    .filters {
      display: none;
    }
    .filters.open {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_space-2) var(--_space-3);
    }
    .group {
      flex-wrap: wrap;
    }
    .end {
      margin-inline-start: 0;
    }
  }
`;
