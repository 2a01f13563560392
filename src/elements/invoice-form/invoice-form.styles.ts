import { css } from 'lit';
import { fieldStyles } from '../shared/field.styles.js';
import { fileDropStyles } from '../shared/file-drop.js';
import { longListStyles } from '../shared/long-list.js';
import { stepperStyles } from '../shared/stepper.js';
import { paymentTimelineStyles } from './payment-timeline.js';
import { tableStyles } from '../../theme/table.styles.js';

export const invoiceFormStyles = css`
  /* The e-invoice section after the totals table starts a new part, as a heading after content does. */
  .scroll-region ~ [part~='e-invoice'] {
    margin-block-start: var(--_space-6);
  }
  .grid-2 {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 var(--_space-4);
  }
  .summary {
    display: grid;
    gap: var(--_space-1);
    margin-block: 0 var(--_space-3);
  }
  .summary dt {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .summary dd {
    margin: 0 0 var(--_space-2);
  }
  .facts {
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--_space-2) var(--_space-4);
    margin-block: var(--_space-3);
  }
  .facts dd {
    margin: 0;
    text-align: start;
  }
  .totals tfoot th {
    text-align: end;
  }
  .totals .gross {
    font-weight: 700;
  }
  .qty {
    inline-size: 6rem;
    font: inherit;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
  }
  .missing {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-6);
  }
  .valid-mark {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    color: var(--_success);
    font-weight: 700;
  }
`;

/** Every sheet the form adds to SupplierElement's: fields, stepper, drop zones, long lists, its own, the timeline. */
export const invoiceFormStyleSheets = [
  tableStyles,
  fieldStyles,
  stepperStyles,
  fileDropStyles,
  longListStyles,
  invoiceFormStyles,
  paymentTimelineStyles,
];
