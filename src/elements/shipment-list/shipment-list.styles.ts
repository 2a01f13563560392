import { css } from 'lit';

export const shipmentListStyles = css`
  /* Nothing here yet: said quietly, so it never outshouts the action that fills it. */
  .empty-state {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    margin-block: var(--_space-2);
    color: var(--_muted);
  }
  .empty-state p {
    margin: 0;
  }
  .empty-state strong {
    color: var(--_text);
    font-weight: 600;
  }
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .shipments {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--sf-shipment-list-gap, var(--_space-4));
  }
  .card {
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card.highlighted {
    outline: 3px solid var(--sf-shipment-highlight, var(--_accent));
    outline-offset: 2px;
  }
  .card.highlighted:focus-visible {
    outline-width: 4px;
  }
  .tracking-numbers li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .tracking-number {
    font-family: ui-monospace, monospace;
    overflow-wrap: break-word;
  }
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .card-header h3 {
    margin-block-end: 0;
  }
  .shipment-status {
    display: inline-flex;
    gap: var(--_space-1);
    padding-block: 0.125rem;
    padding-inline: var(--_space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_info);
    background: var(--_info-surface);
  }
  .shipment-status.ready,
  .shipment-status.delivered {
    color: var(--_success);
    background: var(--_success-surface);
  }
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: var(--_space-4);
    margin-block-start: var(--_space-3);
  }
  .sections :is(h2, h3, h4, h5, h6) {
    margin-block-end: var(--_space-2);
    font-size: 1rem;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  address {
    font-style: normal;
  }
  .documents li {
    margin-block-end: var(--_space-1);
  }
  .timeline {
    list-style: none;
    margin: var(--_space-2) 0 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li {
    position: relative;
    padding-inline-start: var(--_space-4);
    padding-block-end: var(--_space-2);
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1 * 0.375rem - 1px);
    inset-block-start: 0.4rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--sf-shipment-timeline-marker, var(--_accent));
  }
  .timeline time {
    display: block;
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
    margin-block-start: var(--_space-4);
  }
  .more p {
    margin: 0;
  }
`;
