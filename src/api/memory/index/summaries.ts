/** Order summaries (rows of My Orders) computed with the domain rules, with what the list filters need. */
import { currencyDigits } from '../../../domain/money.js';
import { currentStage, needsSupplierAction, nextAction, stageStatuses } from '../../../domain/stages.js';
import type { Order, OrderSummary } from '../../../domain/types.js';

/** A summary with the precomputed keys listOrders searches, filters and sorts by. */
export interface OrderEntry {
  readonly summary: OrderSummary;
  /** What a search looks in: the order number, part names and part numbers. */
  readonly searchTexts: readonly string[];
  readonly needsAction: boolean;
  readonly completed: boolean;
  readonly createdMs: number;
  /** Order value in major units (no exchange rates: values in different currencies compare by amount). */
  readonly valueMajor: number;
}

const MAX_PARTS_IN_SUMMARY = 3;

/**
 * "Spacer sleeve ×2, Drive shaft, Pulley +2 more"-style list of part names, in English as the backend would
 * send it: each name once, with how many positions carry it when more than one, in the order they first appear.
 */
export function partsSummary(order: Pick<Order, 'positions'>): string {
  const counts = new Map<string, number>();
  for (const position of order.positions) counts.set(position.partName, (counts.get(position.partName) ?? 0) + 1);
  const names = [...counts].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name));
  const shown = names.slice(0, MAX_PARTS_IN_SUMMARY).join(', ');
  return names.length > MAX_PARTS_IN_SUMMARY ? `${shown} +${names.length - MAX_PARTS_IN_SUMMARY} more` : shown;
}

/** The My Orders row of an order; stage and next action come from the domain rules. */
export function summarize(order: Order): OrderSummary {
  const statuses = stageStatuses(order);
  let totalQuantity = 0;
  let amountMinor = 0;
  for (const position of order.positions) {
    totalQuantity += position.quantity;
    amountMinor += position.quantity * position.unitPriceMinor;
  }
  return {
    id: order.id,
    number: order.number,
    createdAt: order.createdAt,
    leadTime: order.leadTime,
    timeZone: order.timeZone,
    partsSummary: partsSummary(order),
    totalQuantity,
    value: { amountMinor, currency: order.currency },
    stage: currentStage(statuses),
    nextAction: nextAction(statuses),
  };
}

/** The summary of an order with its search and sort keys. */
export function entryOf(order: Order): OrderEntry {
  const summary = summarize(order);
  const searchTexts = [order.number];
  for (const position of order.positions) searchTexts.push(position.partName, position.partNumber);
  return {
    summary,
    searchTexts,
    needsAction: needsSupplierAction(summary.nextAction),
    completed: summary.stage === 'completed',
    createdMs: Date.parse(order.createdAt),
    valueMajor: summary.value.amountMinor / 10 ** currencyDigits(order.currency),
  };
}
