/** Finding an order's positions by id without walking the list each time (an order may have 10,000 of them). */
import type { Order, Position } from './types.js';

const indexes = new WeakMap<readonly Position[], ReadonlyMap<string, Position>>();

/**
 * The order's positions by id, built once per positions array (orders are immutable values: a change makes a new
 * array), so a loop over lines, items or answers looks each one up in constant time. The first of duplicate ids wins.
 */
export function positionIndex(order: Pick<Order, 'positions'>): ReadonlyMap<string, Position> {
  let index = indexes.get(order.positions);
  if (!index) {
    const byId = new Map<string, Position>();
    for (const position of order.positions) if (!byId.has(position.id)) byId.set(position.id, position);
    index = byId;
    indexes.set(order.positions, index);
  }
  return index;
}

/** The position with this id, or undefined. */
export const positionById = (order: Pick<Order, 'positions'>, positionId: string): Position | undefined =>
  positionIndex(order).get(positionId);
