/**
 * What the writes on an order do, shared by the memory adapter and the reference server's DatabaseBackend
 * (server/backend.ts): the state checks (conflicts), the field checks (rules.ts) and the order they make.
 * Storage, idempotency and scheduling stay with each backend.
 */
import { dateInZone } from '../../../domain/dates.js';
import { lineAnswerInput, toLineAnswer } from '../../../domain/line-acknowledgement.js';
import { hasTypedDocuments } from '../../../domain/quality-documents.js';
import { productionStatus } from '../../../domain/stages.js';
import type { BankDetails, DocumentRef, LineAnswer, Order } from '../../../domain/types.js';
import { conflict, notFound } from './errors.js';
import { assertValid, bankDetailsErrors, lineAnswerErrors } from './rules.js';

/** The text lines of an order's production order (a generated PDF). */
export function productionOrderLines(order: Order): string[] {
  return [
    `Production order ${order.number}`,
    `Lead time: ${order.leadTime} (${order.timeZone})`,
    `Terms: ${order.kind}, ${order.incoterm}, payment ${order.paymentTermsDays} days`,
    ...order.positions.map(
      (position) =>
        `${position.lineNo}. ${position.partNumber} ${position.partName} - ${position.material}, ${position.process} - qty ${position.quantity}`,
    ),
  ];
}

/** The order confirmed at `now`; null when production is done already (confirming again changes nothing). */
export function confirmedOrder(order: Order, now: Date): Order | null {
  if (productionStatus(order) === 'done') return null;
  return { ...order, production: { ...order.production, confirmedAt: now.toISOString() } };
}

/** Throws unless a QC report may be uploaded now (in place of `replacesId`, when not null). */
export function checkQcReportUpload(order: Order, replacesId: string | null): void {
  if (!order.quality.required) throw conflict('This order does not require a QC report.');
  if (hasTypedDocuments(order.quality))
    throw conflict('This order asks for typed quality documents; upload them with uploadQualityDocument.');
  if (productionStatus(order) !== 'done') throw conflict('Confirm the order before uploading QC reports.');
  if (order.shipments.length > 0) throw conflict('QC reports cannot change once shipping has started.');
  if (replacesId !== null && !order.quality.reports.some((report) => report.id === replacesId))
    throw notFound('The QC report to replace');
}

/** The order with `ref` as a new QC report, or in place of `replacesId`. */
export function withQcReport(order: Order, ref: DocumentRef, replacesId: string | null): Order {
  const reports =
    replacesId === null
      ? [...order.quality.reports, ref]
      : order.quality.reports.map((report) => (report.id === replacesId ? ref : report));
  return { ...order, quality: { ...order.quality, reports } };
}

/** The order without QC report `reportId`; throws when it has no such report or shipping has started. */
export function withoutQcReport(order: Order, reportId: string): Order {
  if (!order.quality.reports.some((report) => report.id === reportId)) throw notFound('The QC report');
  if (order.shipments.length > 0) throw conflict('QC reports cannot change once shipping has started.');
  return {
    ...order,
    quality: { ...order.quality, reports: order.quality.reports.filter((report) => report.id !== reportId) },
  };
}

/** Bank details as stored: checked (throws 'validation'), names trimmed, IBAN and BIC without spaces, upper case. */
export function normalizedBankDetails(bankDetails: BankDetails): BankDetails {
  assertValid(bankDetailsErrors(bankDetails), 'The bank details are not valid.');
  return {
    accountHolder: bankDetails.accountHolder.trim(),
    iban: bankDetails.iban.replace(/[\s-]/g, '').toUpperCase(),
    bic: bankDetails.bic.replace(/\s/g, '').toUpperCase(),
    bankName: bankDetails.bankName.trim(),
  };
}

/** The order with the answers per line sent at `now`, each waiting for the platform's response; throws unless they may be sent and are valid. */
export function acknowledgedOrder(order: Order, answers: readonly LineAnswer[], now: Date): Order {
  const stage = productionStatus(order);
  if (stage === 'done') throw conflict('This order is confirmed already.');
  if (stage === 'waiting') throw conflict('The platform has not yet responded to your answers per line.');
  assertValid(lineAnswerErrors(order, answers, dateInZone(now, order.timeZone)), 'The answers per line are not valid.');
  const byPosition = new Map(answers.map((answer) => [answer.positionId, answer]));
  const lines = order.positions.map((position) => ({
    answer: toLineAnswer(lineAnswerInput(byPosition.get(position.id)!)),
    response: { status: 'pending' as const, quantity: null, date: null, note: null, respondedAt: null },
  }));
  return {
    ...order,
    production: { ...order.production, lineAcknowledgement: { submittedAt: now.toISOString(), lines } },
  };
}
