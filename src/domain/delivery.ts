import type { DeliveryResponsibility, Order } from './types.js';

/** Regular orders: the platform arranges pickup. Test orders and DAP terms: the supplier arranges delivery. */
export function deliveryResponsibility(order: Pick<Order, 'kind' | 'incoterm'>): DeliveryResponsibility {
  return order.kind === 'test' || order.incoterm === 'DAP' ? 'supplier' : 'platform';
}
