import { isFullyShipped } from './quantities.js';
import type { CurrentStage, Invoice, NextAction, Order, StageKey, StageStatus } from './types.js';
import { STAGE_KEYS } from './types.js';

export type StageStatuses = Readonly<Record<StageKey, StageStatus>>;

const isSettled = (status: StageStatus) => status === 'done' || status === 'not-required';

/** The invoice that counts: the newest one. */
export function currentInvoice(order: Pick<Order, 'invoices'>): Invoice | null {
  let latest: Invoice | null = null;
  for (const invoice of order.invoices) if (!latest || invoice.submittedAt >= latest.submittedAt) latest = invoice;
  return latest;
}

export function productionStatus(order: Pick<Order, 'production'>): StageStatus {
  return order.production.confirmedAtApplication || order.production.confirmedAt !== null ? 'done' : 'action-required';
}

export function qualityStatus(order: Pick<Order, 'production' | 'quality'>): StageStatus {
  if (!order.quality.required) return 'not-required';
  if (productionStatus(order) !== 'done') return 'locked';
  return order.quality.reports.length > 0 ? 'done' : 'action-required';
}

export function shippingStatus(order: Order): StageStatus {
  if (!isSettled(productionStatus(order)) || !isSettled(qualityStatus(order))) return 'locked';
  if (!isFullyShipped(order)) return 'action-required';
  return order.shipments.some((shipment) => shipment.status === 'processing') ? 'waiting' : 'done';
}

export function invoiceStatus(order: Order): StageStatus {
  const shipping = shippingStatus(order);
  if (shipping === 'locked' || shipping === 'action-required') return 'locked';
  const invoice = currentInvoice(order);
  if (!invoice || invoice.status === 'rejected') return 'action-required';
  return invoice.status === 'paid' ? 'done' : 'waiting';
}

/** The status of each of the four stages, from the order's data. */
export function stageStatuses(order: Order): StageStatuses {
  return {
    production: productionStatus(order),
    quality: qualityStatus(order),
    shipping: shippingStatus(order),
    invoice: invoiceStatus(order),
  };
}

const ACTIONS: Readonly<Record<StageKey, NextAction>> = {
  production: 'confirm-order',
  quality: 'upload-qc-report',
  shipping: 'add-shipping',
  invoice: 'upload-invoice',
};

/** The action the supplier owes next, or waiting / completed. */
export function nextAction(statuses: StageStatuses): NextAction {
  const owed = STAGE_KEYS.find((key) => statuses[key] === 'action-required');
  if (owed) return ACTIONS[owed];
  return STAGE_KEYS.some((key) => statuses[key] === 'waiting') ? 'wait-for-platform' : 'completed';
}

/** The stage the order is at: the first one not settled, or completed. */
export function currentStage(statuses: StageStatuses): CurrentStage {
  return STAGE_KEYS.find((key) => !isSettled(statuses[key])) ?? 'completed';
}

export const needsSupplierAction = (action: NextAction): boolean => action !== 'wait-for-platform' && action !== 'completed';
