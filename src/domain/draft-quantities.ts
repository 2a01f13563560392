/**
 * A draft kept across reloads names positions by id; by the time it comes back, the order may have changed
 * (a position removed, another shipment or invoice made elsewhere). This brings such a draft back in line
 * with the order as it is now, and says what changed, so the element can tell the supplier. Pure.
 */
import type { Position } from './types.js';

/** One change made to a stale draft. */
export type DraftAdjustment =
  /** The order has no position with this id (any more): its entry left the draft (told only when it asked for pieces). */
  | { readonly kind: 'removed'; readonly positionId: string }
  /** The draft asked for more than the order allows now: it came down to the limit. */
  | { readonly kind: 'reduced'; readonly positionId: string; readonly from: number; readonly to: number };

export interface ReconciledQuantities {
  /** Only positions of the order; none above its limit. */
  readonly quantities: Readonly<Record<string, number>>;
  /** What changed, in the order's position order (removed ones last, in the draft's order). */
  readonly adjustments: readonly DraftAdjustment[];
}

/**
 * The draft's quantities per position id against the order's positions and the most `limitOf` allows for each:
 * entries of positions the order lacks are removed (an adjustment when they asked for pieces), quantities above the
 * limit come down to it (never below 0), everything else is kept as it is (a quantity that is not a whole number is for the rules to refuse, not for this).
 */
export function reconcileQuantities(
  quantities: Readonly<Record<string, number>>,
  positions: readonly Position[],
  limitOf: (position: Position) => number,
): ReconciledQuantities {
  const known = new Map(positions.map((position) => [position.id, position]));
  const kept: [string, number][] = [];
  const reduced: DraftAdjustment[] = [];
  for (const position of positions) {
    if (!Object.hasOwn(quantities, position.id)) continue;
    const quantity = quantities[position.id]!;
    const limit = Math.max(0, limitOf(position));
    kept.push([position.id, Math.min(quantity, limit)]);
    if (quantity > limit) reduced.push({ kind: 'reduced', positionId: position.id, from: quantity, to: limit });
  }
  const removed: DraftAdjustment[] = Object.keys(quantities)
    .filter((positionId) => !known.has(positionId) && quantities[positionId]! > 0)
    .map((positionId) => ({ kind: 'removed', positionId }));
  // fromEntries, not assignment: a position id such as "__proto__" stays an ordinary key.
  return { quantities: Object.fromEntries(kept), adjustments: [...reduced, ...removed] };
}
