import { positionIndex } from './positions.js';
import type { Invoice, Order, Position, Shipment, ShipmentItem } from './types.js';

/**
 * Quantity per position id summed over the items of every entry of `entries` that counts, computed once per array:
 * orders are immutable values (every change makes a new array), so each array is walked once however many positions
 * ask, which keeps "remaining" and "invoiceable" of all 10,000 positions of an order linear instead of quadratic.
 */
function totalsBy<T extends { readonly items: readonly ShipmentItem[] }>(
  cache: WeakMap<readonly T[], ReadonlyMap<string, number>>,
  entries: readonly T[],
  counts: (entry: T) => boolean,
): ReadonlyMap<string, number> {
  let totals = cache.get(entries);
  if (!totals) {
    const sums = new Map<string, number>();
    for (const entry of entries) {
      if (!counts(entry)) continue;
      for (const { positionId, quantity } of entry.items) sums.set(positionId, (sums.get(positionId) ?? 0) + quantity);
    }
    totals = sums;
    cache.set(entries, totals);
  }
  return totals;
}

const shippedTotals = new WeakMap<readonly Shipment[], ReadonlyMap<string, number>>();
const invoicedTotals = new WeakMap<readonly Invoice[], ReadonlyMap<string, number>>();

/** Quantity of a position already in shipments. */
export function shippedQuantity(order: Pick<Order, 'shipments'>, positionId: string): number {
  return totalsBy(shippedTotals, order.shipments, () => true).get(positionId) ?? 0;
}

/** Remaining quantity = ordered − already in shipments, never below zero. */
export function remainingQuantity(order: Pick<Order, 'shipments'>, position: Position): number {
  return Math.max(0, position.quantity - shippedQuantity(order, position.id));
}

/** True when no position has anything left to ship. */
export function isFullyShipped(order: Pick<Order, 'shipments' | 'positions'>): boolean {
  return order.positions.every((position) => remainingQuantity(order, position) === 0);
}

/** Quantity of a position on invoices that still count (all but rejected ones). */
export function invoicedQuantity(order: Pick<Order, 'invoices'>, positionId: string): number {
  return totalsBy(invoicedTotals, order.invoices, (invoice) => invoice.status !== 'rejected').get(positionId) ?? 0;
}

/** Shipped and not yet invoiced quantity of a position. */
export function invoiceableQuantity(order: Pick<Order, 'shipments' | 'invoices'>, position: Position): number {
  return Math.max(0, shippedQuantity(order, position.id) - invoicedQuantity(order, position.id));
}

/** A problem of item quantities measured against a per-position limit. */
export type ItemQuantityProblem =
  | { readonly kind: 'nothing-selected' }
  | { readonly kind: 'unknown-position'; readonly positionId: string }
  | { readonly kind: 'not-whole'; readonly positionId: string }
  | { readonly kind: 'over-limit'; readonly positionId: string; readonly limit: number };

const isWholeQuantity = (quantity: number) => Number.isInteger(quantity) && quantity >= 0;

/**
 * Checks items against the positions: at least one piece in all, whole non-negative
 * numbers, known positions, and per position (items summed) never more than `limitOf` allows.
 */
export function checkItemQuantities(
  positions: readonly Position[],
  items: readonly ShipmentItem[],
  limitOf: (position: Position) => number,
): ItemQuantityProblem[] {
  const problems: ItemQuantityProblem[] = [];
  const requested = new Map<string, number>();
  const notWhole = new Set<string>();
  for (const item of items) {
    requested.set(item.positionId, (requested.get(item.positionId) ?? 0) + item.quantity);
    if (!isWholeQuantity(item.quantity)) notWhole.add(item.positionId);
  }
  const byId = positionIndex({ positions });
  let total = 0;
  for (const [positionId, quantity] of requested) {
    const position = byId.get(positionId);
    if (quantity > 0) total += quantity;
    if (!position) problems.push({ kind: 'unknown-position', positionId });
    else if (notWhole.has(positionId)) problems.push({ kind: 'not-whole', positionId });
    else if (quantity > limitOf(position)) problems.push({ kind: 'over-limit', positionId, limit: limitOf(position) });
  }
  if (total === 0) problems.unshift({ kind: 'nothing-selected' });
  return problems;
}

/** A problem of the parts chosen for a shipment. */
export type QuantityProblem =
  | { readonly kind: 'nothing-selected' }
  | { readonly kind: 'unknown-position'; readonly positionId: string }
  | { readonly kind: 'not-whole'; readonly positionId: string }
  | { readonly kind: 'over-remaining'; readonly positionId: string; readonly remaining: number };

/**
 * Checks a shipment's items against what is still unshipped: at least one part,
 * whole positive numbers, never more than remains.
 */
export function checkShipmentItems(
  order: Pick<Order, 'shipments' | 'positions'>,
  items: readonly ShipmentItem[],
): QuantityProblem[] {
  return checkItemQuantities(order.positions, items, (position) => remainingQuantity(order, position)).map((problem) =>
    problem.kind === 'over-limit'
      ? { kind: 'over-remaining', positionId: problem.positionId, remaining: problem.limit }
      : problem,
  );
}
