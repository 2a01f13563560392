/** Shared helpers of the memory adapter tests. */
import type { SupplierApiError } from '../../src/api/errors.js';
import type { NewShipment, Order } from '../../src/domain/types.js';

/** The moment every memory adapter test runs at (seeded dates are relative to it). */
export const NOW = new Date('2026-11-25T10:00:00Z');
export const clock = () => NOW;

let counter = 0;
/** A fresh idempotency key. */
export const key = () => `test-key-${++counter}-${Math.random().toString(36).slice(2)}`;

/** The error a promise rejects with (fails when it resolves). */
export async function failure(promise: Promise<unknown>): Promise<SupplierApiError & { name: string }> {
  try {
    await promise;
  } catch (error) {
    return error as SupplierApiError & { name: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export const PDF = new TextEncoder().encode('%PDF-1.4\n% test\n%%EOF\n');
export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
export const TEXT = new TextEncoder().encode('just some text, not a PDF');

/** An UploadFile of these bytes. */
export const upload = (name: string, bytes: Uint8Array, type = 'application/octet-stream') => ({
  name,
  blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
});

/** A valid shipment of `quantity` of the order's first position, delivered as its terms say. */
export function shipmentOf(order: Order, quantity = 1, overrides: Partial<NewShipment> = {}): NewShipment {
  const supplier = order.kind === 'test' || order.incoterm === 'DAP';
  return {
    items: [{ positionId: order.positions[0]!.id, quantity }],
    package: { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 5 },
    photoId: null,
    delivery: supplier
      ? { arrangedBy: 'supplier', carrierId: 'dhl', trackingNumbers: ['1234567890'], expectedShipDate: '2026-11-25' }
      : {
          arrangedBy: 'platform',
          pickupAddress: {
            name: 'Huber',
            street: 'Industriestraße 14',
            postalCode: '70565',
            city: 'Stuttgart',
            country: 'DE',
          },
        },
    termsAccepted: true,
    ...overrides,
  };
}
