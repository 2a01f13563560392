import { expect } from '@open-wc/testing';
import type { OrderQuery, OrderSort, SortDirection } from '../../src/api/port.js';
import { generateOrders } from '../../src/api/memory/seed/generator.js';
import { OrderIndex } from '../../src/api/memory/index/order-index.js';
import { entryOf, partsSummary } from '../../src/api/memory/index/summaries.js';
import type { Order } from '../../src/domain/types.js';

const NOW = new Date('2026-11-25T10:00:00Z');

/** Every page of a query, through its cursor. */
function allPages(index: OrderIndex, query: OrderQuery): string[] {
  const numbers: string[] = [];
  let cursor: string | null = null;
  do {
    const page = index.page({ ...query, cursor, limit: 37 }, NOW);
    numbers.push(...page.items.map((item) => item.number));
    cursor = page.nextCursor;
  } while (cursor);
  return numbers;
}

/** The same query answered by brute force over the summaries: the reference the index must agree with. */
function bruteForce(orders: readonly Order[], query: OrderQuery): string[] {
  const search = (query.search ?? '').toLowerCase();
  return orders
    .map(entryOf)
    .filter(
      (entry) =>
        entry.searchTexts.some((text) => text.toLowerCase().includes(search)) &&
        (!query.stage || entry.summary.stage === query.stage) &&
        (!query.needsAction || entry.needsAction),
    )
    .map((entry) => entry.summary.number)
    .sort();
}

const SORT_KEYS: Readonly<Record<OrderSort, (entry: ReturnType<typeof entryOf>) => number>> = {
  'lead-time': (entry) => Date.parse(entry.summary.leadTime),
  created: (entry) => entry.createdMs,
  value: (entry) => entry.valueMajor,
};

/** Lead time's groups: owing the supplier's action, waiting for the platform, completed. */
const groupOf = (entry: ReturnType<typeof entryOf>) => (entry.needsAction ? 0 : entry.completed ? 2 : 1);

/**
 * A search's orders in the order a query sorts them: by key, ties in id order, the walk reversed for `desc`;
 * by lead time within its groups (owing, waiting, completed), which keep their order in both directions.
 */
function bruteForceSorted(
  orders: readonly Order[],
  search: string,
  sort: OrderSort,
  direction: SortDirection,
): string[] {
  const sign = direction === 'asc' ? 1 : -1;
  return orders
    .map(entryOf)
    .filter((entry) => entry.searchTexts.some((text) => text.toLowerCase().includes(search)))
    .sort(
      (a, b) =>
        (sort === 'lead-time' ? groupOf(a) - groupOf(b) : 0) ||
        sign * (SORT_KEYS[sort](a) - SORT_KEYS[sort](b) || a.summary.id.localeCompare(b.summary.id)),
    )
    .map((entry) => entry.summary.number);
}

describe('OrderIndex (memory adapter)', () => {
  const orders = generateOrders({ seed: 7, count: 2_000, now: NOW });

  it('pages through a query once each, in order, whichever query ran in between', () => {
    const index = new OrderIndex(orders);
    const query: OrderQuery = { search: 'br', sort: 'value', direction: 'desc' };
    const first = index.page({ ...query, limit: 37 }, NOW);
    index.page({ search: 'shaft', needsAction: true }, NOW);
    const rest = allPages(index, query).slice(37);
    const numbers = [...first.items.map((item) => item.number), ...rest];
    expect(new Set(numbers).size).to.equal(numbers.length);
    expect(numbers.length).to.equal(first.total);
    const values = numbers
      .map((number) => orders.find((order) => order.number === number)!)
      .map((order) => entryOf(order).valueMajor);
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
  });

  it('finds what a brute-force scan finds, for searches typed on and for filters', () => {
    const index = new OrderIndex(orders);
    for (const query of [
      { search: 's' },
      { search: 'sf' },
      { search: 'sf-1' },
      { search: 'sf-10' },
      { search: 'bracket', stage: 'shipping' },
      { needsAction: true },
    ] as OrderQuery[]) {
      expect(allPages(index, query).sort(), JSON.stringify(query)).to.deep.equal(bruteForce(orders, query));
    }
  });

  it('sorts a search matching few orders as it sorts one matching many, in every sort and direction', () => {
    const index = new OrderIndex(orders);
    const rarePart = entryOf(orders[11]!).searchTexts[2]!.toLowerCase();
    for (const search of [rarePart, 'sf-100', 'bracket', 'sf']) {
      const matched = bruteForceSorted(orders, search, 'value', 'asc').length;
      expect(matched, search).to.be.within(1, orders.length);
      for (const sort of ['lead-time', 'created', 'value'] as const) {
        for (const direction of ['asc', 'desc'] as const) {
          expect(allPages(index, { search, sort, direction }), `${search} ${sort} ${direction}`).to.deep.equal(
            bruteForceSorted(orders, search, sort, direction),
          );
        }
      }
    }
  });

  it('sorts by lead time with the orders owing an action first, then those waiting for the platform, completed ones last', () => {
    const index = new OrderIndex(orders);
    for (const direction of ['asc', 'desc'] as const) {
      const groups = allPages(index, { sort: 'lead-time', direction }).map((number) =>
        groupOf(entryOf(orders.find((order) => order.number === number)!)),
      );
      expect(groups[0], direction).to.equal(0);
      expect(groups.at(-1), direction).to.equal(2);
      expect(groups, direction).to.deep.equal([...groups].sort());
    }
  });

  it("names each part once in a row's parts summary, with a count when several positions carry it", () => {
    const positions = (...names: string[]) => ({
      positions: names.map((partName) => ({ ...orders[0]!.positions[0]!, partName })),
    });
    expect(partsSummary(positions('Spacer sleeve', 'Spacer sleeve', 'Drive shaft'))).to.equal(
      'Spacer sleeve ×2, Drive shaft',
    );
    expect(partsSummary(positions('Nozzle', 'Pulley', 'Nozzle', 'Gear', 'Cap', 'Cap'))).to.equal(
      'Nozzle ×2, Pulley, Gear +1 more',
    );
  });

  it('sees a changed order at once: its new stage and action count in the next query', () => {
    const index = new OrderIndex(orders);
    const owing = orders.find((order) => entryOf(order).summary.nextAction === 'confirm-order')!;
    const before = index.page({ needsAction: true, limit: 1 }, NOW);
    const confirmed: Order = {
      ...owing,
      production: { confirmedAt: '2026-11-25T09:00:00Z', confirmedAtApplication: false },
    };
    index.update(confirmed);
    const after = index.page({ needsAction: true, limit: 1 }, NOW);
    expect(entryOf(confirmed).summary.nextAction).not.to.equal('confirm-order');
    expect(after.counts.needsAction).to.equal(before.counts.needsAction - (entryOf(confirmed).needsAction ? 0 : 1));
    expect(index.summary(owing.id)!.nextAction).to.equal(entryOf(confirmed).summary.nextAction);
  });

  it('finds a renamed part by its new name, and no longer by the old one', () => {
    const index = new OrderIndex(orders);
    const order = orders[5]!;
    const renamed: Order = {
      ...order,
      positions: order.positions.map((position, line) =>
        line === 0 ? { ...position, partName: 'Zyxwv flange' } : position,
      ),
    };
    expect(index.page({ search: 'zyxwv' }, NOW).total).to.equal(0);
    index.update(renamed);
    expect(index.page({ search: 'zyxwv' }, NOW).items.map((item) => item.id)).to.deep.equal([order.id]);
  });
});
