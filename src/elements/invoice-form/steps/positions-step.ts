import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkInvoiceItems } from '../../../domain/invoice-rules.js';
import { positionById } from '../../../domain/positions.js';
import { invoiceableQuantity } from '../../../domain/quantities.js';
import type { Order, Position } from '../../../domain/types.js';
import { renderPartCell, renderPositionsTable, type PositionColumn } from '../../shared/positions-table.js';
import { renderScrollRegion } from '../../shared/scroll-region.js';
import { renderHeading } from '../../shared/heading.js';
import { draftItems } from '../invoice-draft.js';
import { STEP_HEADING, type InvoiceStepHost } from './step-host.js';

/** Problems of the positions listed one by one; the rest are counted. */
const LISTED_PROBLEMS = 5;

/**
 * Step 1: the shipped, not yet invoiced positions with a quantity each, a page at a time; "Fill in from an e-invoice";
 * the button bar last, as on every step.
 */
export function renderPositionsStep(host: InvoiceStepHost): TemplateResult {
  const { i18n } = host;
  const positions = host.invoiceablePositions();
  const problems = checkInvoiceItems(host.loaded.order, draftItems(host.draft));
  const showProblems = host.touched.has('items') && problems.length > 0;
  return html`${renderHeading(host.headingLevel, i18n.t('step.positions'), STEP_HEADING)}
    <p>${i18n.t('positionsIntro')}</p>
    ${positions.length === 0 ? html`<p class="muted">${i18n.t('nothingToInvoice')}</p>` : renderPositions(host, positions, showProblems)}
    ${showProblems ? renderProblems(host, problems) : nothing}
    ${positions.length > 0 ? host.renderEInvoiceImport() : nothing}
    <div class="actions">
      <button
        type="button"
        part="button"
        class="button primary"
        ?disabled=${positions.length === 0}
        @click=${() => host.continueFromPositions()}
      >
        ${i18n.t('continue')}
      </button>
    </div>`;
}

function renderPositions(host: InvoiceStepHost, positions: readonly Position[], showProblems: boolean): TemplateResult {
  const { i18n } = host;
  const order: Order = host.loaded.order;
  const quantity = (position: Position) => host.draft.quantities[position.id] ?? 0;
  const columns: readonly PositionColumn<Position>[] = [
    { header: i18n.t('column.part'), cell: renderPartCell },
    {
      header: i18n.t('column.shipped'),
      numeric: true,
      cell: (position) => i18n.number(invoiceableQuantity(order, position)),
    },
    {
      header: i18n.t('column.quantity'),
      numeric: true,
      cell: (position) => renderQuantityInput(host, position, quantity(position), showProblems),
    },
    {
      header: i18n.t('column.unitPrice'),
      numeric: true,
      cell: (position) => i18n.money(position.unitPriceMinor, order.currency),
    },
    {
      header: i18n.t('column.total'),
      numeric: true,
      cell: (position) => i18n.money(position.unitPriceMinor * quantity(position), order.currency),
    },
  ];
  const view = host.positionsList.view(positions);
  return html`${host.positionsList.renderFilter(view)}
  ${renderScrollRegion(
    renderPositionsTable(
      columns,
      view.rows.map((row) => row.item),
      (position) => position.id,
    ),
    { label: i18n.t('positionsTable') },
  )}
  ${host.positionsList.renderPager(view)}`;
}

function renderQuantityInput(
  host: InvoiceStepHost,
  position: Position,
  quantity: number,
  showProblems: boolean,
): TemplateResult {
  const max = invoiceableQuantity(host.loaded.order, position);
  return html`<input
    class="qty"
    type="number"
    min="0"
    max=${max}
    step="1"
    data-position=${position.id}
    .value=${live(String(quantity))}
    aria-label=${host.i18n.t('quantityLabel', { part: `${position.partName} ${position.partNumber}` })}
    aria-invalid=${showProblems && quantity > max ? 'true' : 'false'}
    @input=${(event: Event) => host.setQuantity(position.id, Number((event.target as HTMLInputElement).value))}
  />`;
}

function renderProblems(host: InvoiceStepHost, problems: ReturnType<typeof checkInvoiceItems>): TemplateResult {
  const { i18n } = host;
  return html`<div class="notice danger" role="alert" part="error">
    <ul>
      ${problems.slice(0, LISTED_PROBLEMS).map((problem) => {
        if (problem.kind === 'over-invoiceable') {
          const position = positionById(host.loaded.order, problem.positionId);
          return html`<li>${i18n.t('items.over', { max: problem.invoiceable, part: position?.partName ?? '' })}</li>`;
        }
        return html`<li>${i18n.t('items.nothing-selected')}</li>`;
      })}
      ${problems.length > LISTED_PROBLEMS ? html`<li>${i18n.t('items.more', { count: problems.length - LISTED_PROBLEMS })}</li>` : nothing}
    </ul>
  </div>`;
}
