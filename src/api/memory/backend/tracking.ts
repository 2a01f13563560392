/** A plausible carrier timeline for a supplier-arranged shipment, by time elapsed since it was handed over. */
import type { Carrier, Shipment, ShipmentStatus, Tracking, TrackingEvent } from '../../../domain/types.js';
import { CARRIERS } from '../seed/reference-data.js';

/** The carrier of a supplier-arranged shipment (undefined for a platform-arranged one or an unknown carrier). */
export const carrierOf = (shipment: Shipment): Carrier | undefined =>
  shipment.delivery.arrangedBy === 'supplier'
    ? CARRIERS.find((carrier) => carrier.id === (shipment.delivery as { carrierId: string }).carrierId)
    : undefined;

const HOUR = 3_600_000;

const STEPS: readonly {
  readonly afterHours: number;
  readonly status: Tracking['status'];
  readonly description: string;
  readonly location: string | null;
}[] = [
  { afterHours: 0, status: 'in-transit', description: 'Picked up by the carrier', location: 'Stuttgart, DE' },
  { afterHours: 7, status: 'in-transit', description: 'Departed the sorting hub', location: 'Leipzig, DE' },
  { afterHours: 28, status: 'in-transit', description: 'Arrived at the destination facility', location: null },
  { afterHours: 38, status: 'out-for-delivery', description: 'Out for delivery', location: null },
  { afterHours: 44, status: 'delivered', description: 'Delivered', location: null },
];

/** The carrier's tracking page for a number, from its https template; null without a template. */
export function trackingUrl(carrier: Carrier | undefined, number: string): string | null {
  return carrier?.trackingUrlTemplate
    ? carrier.trackingUrlTemplate.replace('{number}', encodeURIComponent(number))
    : null;
}

/** Tracking of a shipment at `now` (its first tracking number's page): events so far (oldest first) and the newest status; 'unknown' without a tracking number. */
export function trackingOf(shipment: Shipment, carrier: Carrier | undefined, now: number): Tracking {
  const delivery = shipment.delivery;
  const first = delivery.arrangedBy === 'supplier' ? delivery.trackingNumbers[0] : undefined;
  if (delivery.arrangedBy !== 'supplier' || first === undefined) return { status: 'unknown', url: null, events: [] };
  const created = Date.parse(shipment.createdAt);
  const pickup = Math.max(created + 2 * HOUR, Date.parse(`${delivery.expectedShipDate}T09:00:00Z`));
  const events: TrackingEvent[] = [
    {
      at: new Date(created).toISOString(),
      status: 'pre-transit',
      description: 'Shipment information received',
      location: null,
    },
  ];
  for (const step of STEPS) {
    const at = pickup + step.afterHours * HOUR;
    if (at > now) break;
    events.push({
      at: new Date(at).toISOString(),
      status: step.status,
      description: step.description,
      location: step.location,
    });
  }
  const visible = events.filter((event) => Date.parse(event.at) <= now);
  const last = visible[visible.length - 1];
  return {
    status: last ? (last.status as Tracking['status']) : 'unknown',
    url: trackingUrl(carrier, first),
    events: visible,
  };
}

/** The shipment status the tracking shows: in transit or delivered once the carrier has it. */
export function trackedStatus(shipment: Shipment, carrier: Carrier | undefined, now: number): ShipmentStatus {
  if (shipment.status !== 'ready') return shipment.status;
  const { status } = trackingOf(shipment, carrier, now);
  if (status === 'delivered') return 'delivered';
  return status === 'in-transit' || status === 'out-for-delivery' ? 'in-transit' : shipment.status;
}
