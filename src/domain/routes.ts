/**
 * The portal's routes as URL hashes (`routing="hash"`), pure: an order, a stage, a step of the
 * shipping wizard, a shipment. Unknown parts are dropped, never guessed.
 *
 * `#/orders` · `#/orders/<id>` · `#/orders/<id>/<stage>` · `#/orders/<id>/shipping/new[/<step>]` ·
 * `#/orders/<id>/shipments/<shipmentId>`
 */
import { STAGE_KEYS, type StageKey } from './types.js';

/** The shipping wizard's steps, in order. */
export const SHIPPING_STEP_KEYS = ['parts', 'package', 'delivery'] as const;
export type ShippingStepKey = (typeof SHIPPING_STEP_KEYS)[number];

/** A step of the shipping wizard, or `new`: the wizard open where its draft left off. */
export type ShippingStepRoute = ShippingStepKey | 'new';

/** Where the portal is. Null parts are not open; `stage` is `shipping` whenever `step` or `shipmentId` is set. */
export interface PortalRoute {
  readonly orderId: string | null;
  readonly stage: StageKey | null;
  readonly step: ShippingStepRoute | null;
  readonly shipmentId: string | null;
}

export const LIST_ROUTE: PortalRoute = { orderId: null, stage: null, step: null, shipmentId: null };

export const isShippingStep = (value: unknown): value is ShippingStepKey =>
  (SHIPPING_STEP_KEYS as readonly unknown[]).includes(value);
const isStage = (value: unknown): value is StageKey => (STAGE_KEYS as readonly unknown[]).includes(value);

function decode(part: string): string | null {
  try {
    const decoded = decodeURIComponent(part);
    return decoded === '' ? null : decoded;
  } catch {
    return null;
  }
}

/** The route of a URL hash; anything that is not `#/orders/<id>…` is My Orders. */
export function parseHashRoute(hash: string): PortalRoute {
  const [head, orderPart, section, item, step] = hash.replace(/^#\/?/, '').split(/[?#]/)[0]!.split('/');
  const orderId = head === 'orders' && orderPart !== undefined ? decode(orderPart) : null;
  if (orderId === null) return LIST_ROUTE;
  if (section === 'shipments' && item !== undefined) {
    const shipmentId = decode(item);
    return { orderId, stage: 'shipping', step: null, shipmentId };
  }
  if (section === 'shipping' && item === 'new')
    return { orderId, stage: 'shipping', step: isShippingStep(step) ? step : 'new', shipmentId: null };
  return { orderId, stage: isStage(section) ? section : null, step: null, shipmentId: null };
}

/** The URL hash of a route (`#/orders` for My Orders). */
export function formatHashRoute(route: PortalRoute): string {
  if (route.orderId === null) return '#/orders';
  const order = `#/orders/${encodeURIComponent(route.orderId)}`;
  if (route.shipmentId !== null) return `${order}/shipments/${encodeURIComponent(route.shipmentId)}`;
  if (route.step !== null) return `${order}/shipping/new${route.step === 'new' ? '' : `/${route.step}`}`;
  return route.stage === null ? order : `${order}/${route.stage}`;
}

/** True when both name the same place. */
export const sameRoute = (a: PortalRoute, b: PortalRoute): boolean =>
  a.orderId === b.orderId && a.stage === b.stage && a.step === b.step && a.shipmentId === b.shipmentId;
