import { css } from 'lit';

export const shippingWizardStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }
  .carrier-proposal {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block: calc(-1 * var(--_space-2)) var(--_space-3);
  }
  :host([hidden]) {
    display: none;
  }
  .tracking-numbers {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .tracking-number {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-2);
  }
  .tracking-number .field {
    flex: 0 1 28rem;
  }
  .tracking-number [part~='remove-tracking-button'] {
    margin-block-end: var(--_space-3);
  }
  .add-tracking {
    margin-block: 0 var(--_space-3);
  }
  .wizard {
    display: block;
    padding: var(--sf-shipping-wizard-padding, var(--_space-4));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  header p {
    margin-block: 0 var(--_space-3);
  }
  .positions {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-3);
  }
  .position {
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .position-title {
    margin-block: 0 var(--_space-2);
  }
  .position-numbers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
    margin-block: 0 var(--_space-2);
  }
  .position-numbers div {
    display: flex;
    gap: var(--_space-1);
  }
  .position-numbers dt::after {
    content: ':';
  }
  .position-numbers dd {
    margin: 0;
    font-weight: 600;
  }
  fieldset.radio-group {
    border: 0;
    padding: 0;
    margin-inline: 0;
  }
  fieldset.radio-group legend {
    padding: 0;
    margin-block-end: var(--_space-1);
    font-weight: 600;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.5rem;
  }
  .radio input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_accent);
  }
  /* Every field takes four rows of the grid (label, hint, input, status) as a subgrid, so the inputs of a row line up
     whether or not a field has a hint or its label wraps. */
  .package-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    column-gap: var(--_space-4);
    row-gap: 0;
  }
  .package-grid > .field {
    grid-row: span 4;
    grid-template-rows: subgrid;
  }
  .package-grid > .field > label {
    grid-row: 1;
    align-self: end;
  }
  .package-grid > .field > .field-hint {
    grid-row: 2;
  }
  .package-grid > .field > input {
    grid-row: 3;
  }
  .package-grid > .field > .field-status {
    grid-row: 4;
  }
  .photo {
    display: grid;
    gap: var(--_space-2);
    margin-block-end: var(--_space-3);
  }
  .photo-label {
    font-weight: 600;
  }
  .thumbnail {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
  }
  .thumbnail img {
    inline-size: var(--sf-shipping-thumbnail-size, 6rem);
    block-size: var(--sf-shipping-thumbnail-size, 6rem);
    object-fit: cover;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
  }
  address {
    font-style: normal;
    padding: var(--_space-3);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .actions {
    justify-content: space-between;
  }
  .actions .forward {
    display: flex;
    gap: var(--_space-2);
    margin-inline-start: auto;
  }
  #pickup-heading {
    margin-block: var(--_space-3) var(--_space-2);
  }
  .notice.deadline .icon {
    margin-inline-end: var(--_space-1);
    color: var(--_info);
  }
  .notice.deadline.warning .icon {
    color: var(--_warning);
  }
  .notice.deadline.danger .icon {
    color: var(--_danger);
  }
  .cancelled-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-3) 0;
  }
  #cancelled-note {
    margin: 0;
  }
`;
