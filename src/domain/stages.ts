import {
  hasTypedDocuments,
  isQualityRequired,
  outstandingDocuments,
  type OutstandingDocument,
} from './quality-documents.js';
import { lineAcknowledgementStatus } from './line-acknowledgement.js';
import { isFullyShipped } from './quantities.js';
import type { CurrentStage, Invoice, NextAction, Order, StageKey, StageStatus } from './types.js';
import { STAGE_KEYS } from './types.js';

/** The status of every stage. */
export type StageStatuses = Readonly<Record<StageKey, StageStatus>>;

const isSettled = (status: StageStatus) => status === 'done' || status === 'not-required';

/** The invoice that counts: the newest one by submission instant (offsets compared as instants; on a tie the later in the list). */
export function currentInvoice(order: Pick<Order, 'invoices'>): Invoice | null {
  let latest: Invoice | null = null;
  for (const invoice of order.invoices) {
    if (!latest || Date.parse(invoice.submittedAt) >= Date.parse(latest.submittedAt)) latest = invoice;
  }
  return latest;
}

/**
 * Production: done once confirmed (now or at application); with answers per line sent, as those say
 * (waiting while the platform's responses are pending, done when all are accepted, the supplier's turn on a
 * counter-proposal); else the supplier must confirm.
 */
export function productionStatus(order: Pick<Order, 'production'>): StageStatus {
  if (order.production.confirmedAtApplication || order.production.confirmedAt !== null) return 'done';
  const acknowledgement = order.production.lineAcknowledgement;
  return acknowledgement ? lineAcknowledgementStatus(acknowledgement) : 'action-required';
}

/**
 * Quality control: not required, locked until production is done, then done once a report is uploaded.
 * With typed documents: done when every required slot's newest version exists and is not rejected.
 */
export function qualityStatus(order: Pick<Order, 'production' | 'quality'>): StageStatus {
  if (!isQualityRequired(order.quality)) return 'not-required';
  if (productionStatus(order) !== 'done') return 'locked';
  if (hasTypedDocuments(order.quality))
    return outstandingDocuments(order.quality).length === 0 ? 'done' : 'action-required';
  return order.quality.reports.length > 0 ? 'done' : 'action-required';
}

/**
 * Why shipping is locked: production is open; the plain QC report is missing; or required typed quality
 * documents are missing or rejected and the host says they block shipping (`blocksShipping`).
 */
export type ShippingLock =
  | { readonly reason: 'production' }
  | { readonly reason: 'quality-report' }
  | { readonly reason: 'quality-documents'; readonly outstanding: readonly OutstandingDocument[] };

/** What keeps shipping locked, or null when shipping is open. Typed documents that do not block shipping never lock it. */
export function shippingLock(order: Pick<Order, 'production' | 'quality'>): ShippingLock | null {
  if (!isSettled(productionStatus(order))) return { reason: 'production' };
  if (isSettled(qualityStatus(order))) return null;
  if (!hasTypedDocuments(order.quality)) return { reason: 'quality-report' };
  return order.quality.blocksShipping
    ? { reason: 'quality-documents', outstanding: outstandingDocuments(order.quality) }
    : null;
}

/** Shipping: locked while `shippingLock` says so; waiting while a complete delivery is still being processed by the platform. */
export function shippingStatus(order: Order): StageStatus {
  if (shippingLock(order)) return 'locked';
  if (!isFullyShipped(order)) return 'action-required';
  return order.shipments.some((shipment) => shipment.status === 'processing') ? 'waiting' : 'done';
}

/** Invoice: open once everything is shipped; waiting while the newest invoice is reviewed or approved, done when paid. */
export function invoiceStatus(order: Order): StageStatus {
  const shipping = shippingStatus(order);
  if (shipping !== 'done') return 'locked';
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

export { needsSupplierAction } from './next-actions.js';
