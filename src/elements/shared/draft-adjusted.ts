import { html, nothing, type TemplateResult } from 'lit';
import type { DraftAdjustment } from '../../domain/draft-quantities.js';
import type { Position } from '../../domain/types.js';
import { renderIcon } from './icon.js';
import { warningIcon } from './icons/warning.js';

/** An element's words for the notice (its own catalog: "invoiced", "to ship", …). */
export interface DraftAdjustedTexts {
  readonly title: string;
  /** `count` entries of positions the order no longer has were removed. */
  removed(count: number): string;
  /** The quantity of `part` came down from `from` to `to`. */
  reduced(part: string, from: number, to: number): string;
}

/**
 * The notice that a saved draft was brought in line with the order as it is now (see `reconcileQuantities`):
 * which quantities came down, and how many positions left the draft. Nothing when nothing changed.
 */
export function renderDraftAdjusted(
  adjustments: readonly DraftAdjustment[],
  positions: readonly Position[],
  texts: DraftAdjustedTexts,
): TemplateResult | typeof nothing {
  if (adjustments.length === 0) return nothing;
  const partOf = (positionId: string) => {
    const position = positions.find((candidate) => candidate.id === positionId);
    return position ? `${position.partName} (${position.partNumber})` : positionId;
  };
  const removed = adjustments.filter((adjustment) => adjustment.kind === 'removed').length;
  return html`<div class="notice warning" role="status" part="draft-adjusted">
    ${renderIcon(warningIcon)}
    <div class="notice-body">
      <p>${texts.title}</p>
      <ul>
        ${adjustments.map((adjustment) => (adjustment.kind === 'reduced' ? html`<li>${texts.reduced(partOf(adjustment.positionId), adjustment.from, adjustment.to)}</li>` : nothing))}
        ${removed > 0 ? html`<li>${texts.removed(removed)}</li>` : nothing}
      </ul>
    </div>
  </div>`;
}
