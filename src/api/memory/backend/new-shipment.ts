/** A new shipment of an order, and the platform processing it: shared by the memory adapter and the reference server (server/). */
import { dateInZone } from '../../../domain/dates.js';
import { isFullyShipped } from '../../../domain/quantities.js';
import { shippingStatus } from '../../../domain/stages.js';
import type { DocumentRef, NewShipment, Order, Shipment } from '../../../domain/types.js';
import { storedDocument } from '../seed/generator.js';
import { CARRIERS, PACKAGING_RULES } from '../seed/reference-data.js';
import type { UploadRecord } from '../store.js';
import { SEED_DOCUMENT_SIZE } from './documents.js';
import { conflict } from './errors.js';
import { assertValid, shipmentErrors } from './rules.js';

/** The label and packing slip of a shipment (PDFs the platform makes; bytes made from their names when served). */
export function shipmentDocuments(shipmentId: string, number: string, createdAt: string): DocumentRef[] {
  return [
    storedDocument(`${shipmentId}-label`, `Label ${number}.pdf`, 'application/pdf', SEED_DOCUMENT_SIZE, createdAt),
    storedDocument(
      `${shipmentId}-slip`,
      `Packing slip ${number}.pdf`,
      'application/pdf',
      SEED_DOCUMENT_SIZE,
      createdAt,
    ),
  ];
}

/**
 * The shipment `shipment` makes, as stored: numbered after the order's shipments so far; a platform-arranged
 * one 'processing' without documents (the platform makes them later), the supplier's 'ready' with them.
 * Throws 'conflict' unless shipping is open and something is left to ship, 'validation' for field errors.
 */
export function createdShipment(
  order: Order,
  shipment: NewShipment,
  context: { readonly photo: UploadRecord | undefined; readonly now: Date },
): Shipment {
  if (shippingStatus(order) === 'locked')
    throw conflict('Shipping opens once production (and QC, if required) are done.');
  if (isFullyShipped(order)) throw conflict('Every part of this order is already shipped.');
  const { photo, now } = context;
  assertValid(
    shipmentErrors(order, shipment, {
      rules: PACKAGING_RULES,
      carriers: CARRIERS,
      photo,
      today: dateInZone(now, order.timeZone),
    }),
    'The shipment is not valid.',
  );
  const sequence = order.shipments.length + 1;
  const id = `${order.id}-s${sequence}`;
  const number = `${order.number}-S${sequence}`;
  const createdAt = now.toISOString();
  const platform = shipment.delivery.arrangedBy === 'platform';
  const delivery =
    shipment.delivery.arrangedBy === 'platform'
      ? { arrangedBy: 'platform' as const, pickupAddress: { ...shipment.delivery.pickupAddress } }
      : {
          ...shipment.delivery,
          trackingNumbers: shipment.delivery.trackingNumbers.map((trackingNumber) => trackingNumber.trim()),
        };
  return {
    id,
    number,
    createdAt,
    items: shipment.items
      .filter((item) => item.quantity > 0)
      .map((item) => ({ positionId: item.positionId, quantity: item.quantity })),
    package: { ...shipment.package },
    photo: photo ? photo.ref : null,
    delivery,
    status: platform ? 'processing' : 'ready',
    documents: platform ? [] : shipmentDocuments(id, number, createdAt),
  };
}

/** The ids of the shipments the platform processes now: the order's processing shipments (only `only`, when not null). */
export const shipmentsToProcess = (order: Order, only: string | null): string[] =>
  order.shipments
    .filter((shipment) => shipment.status === 'processing' && (only === null || shipment.id === only))
    .map((shipment) => shipment.id);

/** The order with `shipmentsToProcess` processed at `processedAt`: 'ready', with their label and packing slip. */
export function withProcessedShipments(order: Order, only: string | null, processedAt: string): Order {
  const due = new Set(shipmentsToProcess(order, only));
  const shipments = order.shipments.map((shipment) =>
    due.has(shipment.id)
      ? {
          ...shipment,
          status: 'ready' as const,
          documents: shipmentDocuments(shipment.id, shipment.number, processedAt),
        }
      : shipment,
  );
  return { ...order, shipments };
}
