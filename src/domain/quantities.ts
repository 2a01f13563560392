import type { Order, Position, ShipmentItem } from './types.js';

/** Quantity of a position already in shipments. */
export function shippedQuantity(order: Pick<Order, 'shipments'>, positionId: string): number {
  let total = 0;
  for (const shipment of order.shipments) {
    for (const item of shipment.items) if (item.positionId === positionId) total += item.quantity;
  }
  return total;
}

/** Remaining quantity = ordered − already in shipments, never below zero. */
export function remainingQuantity(order: Pick<Order, 'shipments'>, position: Position): number {
  return Math.max(0, position.quantity - shippedQuantity(order, position.id));
}

export function isFullyShipped(order: Pick<Order, 'shipments' | 'positions'>): boolean {
  return order.positions.every((position) => remainingQuantity(order, position) === 0);
}

/** Quantity of a position on invoices that still count (all but rejected ones). */
export function invoicedQuantity(order: Pick<Order, 'invoices'>, positionId: string): number {
  let total = 0;
  for (const invoice of order.invoices) {
    if (invoice.status === 'rejected') continue;
    for (const item of invoice.items) if (item.positionId === positionId) total += item.quantity;
  }
  return total;
}

/** Shipped and not yet invoiced quantity of a position. */
export function invoiceableQuantity(order: Pick<Order, 'shipments' | 'invoices'>, position: Position): number {
  return Math.max(0, shippedQuantity(order, position.id) - invoicedQuantity(order, position.id));
}

export type QuantityProblem =
  | { readonly kind: 'nothing-selected' }
  | { readonly kind: 'unknown-position'; readonly positionId: string }
  | { readonly kind: 'not-whole'; readonly positionId: string }
  | { readonly kind: 'over-remaining'; readonly positionId: string; readonly remaining: number };

/**
 * Checks a shipment's items against what is still unshipped: at least one part,
 * whole positive numbers, never more than remains.
 */
export function checkShipmentItems(order: Pick<Order, 'shipments' | 'positions'>, items: readonly ShipmentItem[]): QuantityProblem[] {
  const problems: QuantityProblem[] = [];
  const requested = new Map<string, number>();
  for (const item of items) requested.set(item.positionId, (requested.get(item.positionId) ?? 0) + item.quantity);
  for (const [positionId, quantity] of requested) {
    const position = order.positions.find((candidate) => candidate.id === positionId);
    if (!position) problems.push({ kind: 'unknown-position', positionId });
    else if (!Number.isInteger(quantity) || quantity < 0) problems.push({ kind: 'not-whole', positionId });
    else if (quantity > remainingQuantity(order, position)) {
      problems.push({ kind: 'over-remaining', positionId, remaining: remainingQuantity(order, position) });
    }
  }
  const total = [...requested.values()].reduce((sum, quantity) => sum + (quantity > 0 ? quantity : 0), 0);
  if (total === 0) problems.unshift({ kind: 'nothing-selected' });
  return problems;
}
