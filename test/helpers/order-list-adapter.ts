import type { OrderPage, OrderQuery, SupplierApi } from '../../src/api/port.js';
import type { OrderSummary } from '../../src/domain/types.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';

/** An order summary for list tests: `o-<index>`, `SF-1000<index>`, in production, owing the confirmation. */
export function summary(index: number, overrides: Partial<OrderSummary> = {}): OrderSummary {
  return {
    id: `o-${index}`,
    number: `SF-${String(10_000 + index)}`,
    createdAt: '2026-11-01T08:00:00Z',
    leadTime: '2026-12-15',
    timeZone: 'Europe/Berlin',
    partsSummary: index % 2 ? 'Mounting bracket' : 'Drive shaft',
    totalQuantity: 10,
    value: { amountMinor: 125_000, currency: 'EUR' },
    stage: 'production',
    nextAction: 'confirm-order',
    ...overrides,
  };
}

/** A list adapter over `rows`: search on number and parts, offset cursors, counts from the rows. */
export function listAdapter(
  rows: readonly OrderSummary[],
): SupplierApi & { calls: { method: string; args: unknown[] }[] } {
  return createStubAdapter({
    listOrders: async (query: OrderQuery): Promise<OrderPage> => {
      const search = query.search?.toLowerCase() ?? '';
      const matching = rows.filter(
        (row) =>
          !search || row.number.toLowerCase().includes(search) || row.partsSummary.toLowerCase().includes(search),
      );
      const filtered = matching.filter(
        (row) =>
          (!query.stage || row.stage === query.stage) && (!query.needsAction || row.nextAction === 'confirm-order'),
      );
      const start = Number(query.cursor ?? 0);
      const limit = query.limit ?? 50;
      const end = start + limit;
      return {
        items: filtered.slice(start, end),
        nextCursor: end < filtered.length ? String(end) : null,
        total: filtered.length,
        counts: {
          all: matching.length,
          needsAction: matching.filter((row) => row.nextAction === 'confirm-order').length,
          overdue: 1,
        },
      };
    },
  });
}
