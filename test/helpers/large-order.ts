/**
 * An order of 10,000 positions (the contract's limit) in the states the elements show it, and a stub adapter that
 * answers every call the elements make for it: for the tests and the large-data benchmark (bench/scenarios/large-data.ts).
 */
import { CARRIERS } from '../../src/api/memory/seed/reference-data.js';
import type { SupplierApi } from '../../src/api/port.js';
import { DEMO_PACKAGING_RULES } from '../../src/domain/shipping-rules.js';
import type { Order, Tracking } from '../../src/domain/types.js';
import {
  makeCompanyProfile,
  makeDocument,
  makeOrder,
  makePositions,
  makeShipment,
} from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';

export const LARGE_COUNT = 10_000;

/**
 * `unconfirmed`: nothing confirmed yet (Answer per line). `confirmed`: confirmed, nothing shipped (the shipping wizard).
 * `shipped`: every piece in one ready shipment of `count` items, nothing invoiced (shipment list, invoice form).
 */
export type LargeOrderState = 'unconfirmed' | 'confirmed' | 'shipped';

export function makeLargeOrder(state: LargeOrderState, count = LARGE_COUNT, id = `large-${state}`): Order {
  const positions = makePositions(count, id);
  const confirmed = state === 'unconfirmed' ? null : '2026-11-02T08:00:00Z';
  const shipments =
    state === 'shipped'
      ? [
          makeShipment({
            id: `${id}-s1`,
            number: `${id.toUpperCase()}-S1`,
            items: positions.map((position) => ({ positionId: position.id, quantity: position.quantity })),
          }),
        ]
      : [];
  return makeOrder({
    id,
    number: `SF-${id.toUpperCase()}`,
    positions,
    production: { confirmedAt: confirmed, confirmedAtApplication: false },
    shipments,
  });
}

const TRACKING: Tracking = { status: 'in-transit', url: null, events: [] };

/** Every read the elements make for `order` (and a company profile with bank details, so the invoice form can reach its review). */
export function largeOrderAdapter(order: Order, extra: Partial<SupplierApi> = {}): SupplierApi {
  return createStubAdapter({
    getOrder: async () => order,
    getProductionOrder: async () => makeDocument({ name: 'production-order.pdf' }),
    getPackagingRules: async () => DEMO_PACKAGING_RULES,
    getCompanyProfile: async () =>
      makeCompanyProfile({
        bankDetails: {
          accountHolder: 'Feinmechanik Huber GmbH',
          iban: 'DE89370400440532013000',
          bic: 'COBADEFFXXX',
          bankName: 'Commerzbank',
        },
      }),
    listCarriers: async () => CARRIERS,
    listShipments: async () => order.shipments,
    getTracking: async () => TRACKING,
    listInvoices: async () => order.invoices,
    listQualityReports: async () => [],
    listOrderActivity: async () => [],
    ...extra,
  });
}
