import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Position } from '../../domain/types.js';

/** One column of a table of positions: its header and its cells, aligned alike. */
export interface PositionColumn<T> {
  readonly header: string;
  /** Quantities and money: header and cells at the inline end, in tabular figures; text stays at the start. */
  readonly numeric?: boolean;
  readonly cell: (row: T) => unknown;
}

export interface PositionsTableOptions {
  readonly part?: string;
  readonly className?: string;
  /** A `<tfoot>` (totals). */
  readonly footer?: TemplateResult;
}

/** A position's name with its part number beside it, so two positions of the same name can be told apart. */
export function renderPartCell(position: Pick<Position, 'partName' | 'partNumber'>): TemplateResult {
  return html`${position.partName} <span class="muted part-number">${position.partNumber}</span>`;
}

const align = ({ numeric }: { readonly numeric?: boolean }) => (numeric ? 'num' : nothing);

/**
 * A table of positions (an order's, an invoice's): one header row from `columns`, one row per item keyed by `key`
 * (a row's inputs stay with its position when the page changes), each header aligned as its cells are. Each cell
 * after the first carries its header as `data-label`, for a narrow layout that stacks a row into a card of
 * labelled values (the first cell, the part, titles the card).
 */
export function renderPositionsTable<T>(
  columns: readonly PositionColumn<T>[],
  rows: readonly T[],
  key: (row: T) => string,
  options: PositionsTableOptions = {},
): TemplateResult {
  return html`<table part=${ifDefined(options.part)} class=${ifDefined(options.className)}>
    <thead>
      <tr>
        ${columns.map((column) => html`<th scope="col" class=${align(column)}>${column.header}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) =>
        keyed(
          key(row),
          html`<tr>
            ${columns.map(
              (column, index) =>
                html`<td class=${align(column)} data-label=${index === 0 ? nothing : column.header}>
                  ${column.cell(row)}
                </td>`,
            )}
          </tr>`,
        ),
      )}
    </tbody>
    ${options.footer ?? nothing}
  </table>`;
}
