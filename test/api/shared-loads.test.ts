import { expect } from '@open-wc/testing';
import type { SupplierApi } from '../../src/api/port.js';
import { withSharedOrderLoads } from '../../src/api/shared-loads.js';
import type { Order } from '../../src/domain/types.js';
import { makeOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';

/** An adapter whose getOrder answers when the test says, recording each call's signal. */
function controlledAdapter() {
  const calls: { orderId: string; signal: AbortSignal | undefined; answer: (order: Order) => void }[] = [];
  const api = createStubAdapter({
    getOrder: (orderId, options) =>
      new Promise<Order>((resolve, reject) => {
        calls.push({ orderId, signal: options?.signal, answer: resolve });
        options?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
    confirmOrder: async () => makeOrder({ id: 'o-1' }),
  });
  return { api, calls };
}

const order = makeOrder({ id: 'o-1' });
const settled = () => new Promise((resolve) => setTimeout(resolve));

/** An element with another inside its shadow root, and one elsewhere, as order details and its stage are. */
function elements() {
  const outer = document.createElement('div');
  const inner = document.createElement('span');
  outer.attachShadow({ mode: 'open' }).append(inner);
  const elsewhere = document.createElement('div');
  document.body.append(outer, elsewhere);
  return { outer, inner, elsewhere, remove: () => (outer.remove(), elsewhere.remove()) };
}

describe('shared order loads', () => {
  it('gives elements showing the same order one load: in flight, then its recent answer to a first load inside the loading element', async () => {
    const { api, calls } = controlledAdapter();
    const page = elements();
    const details = withSharedOrderLoads(api, page.outer);
    const stage = withSharedOrderLoads(api, page.inner);
    const first = details.getOrder('o-1');
    const joined = stage.getOrder('o-1');
    expect(calls).to.have.length(1);
    calls[0]!.answer(order);
    expect(await first).to.equal(order);
    expect(await joined).to.equal(order);
    const activity = withSharedOrderLoads(api, page.inner);
    expect(await activity.getOrder('o-1')).to.equal(order);
    expect(calls).to.have.length(1);
    // An element elsewhere on the page asks the adapter: the order may have changed since.
    void withSharedOrderLoads(api, page.elsewhere).getOrder('o-1');
    expect(calls).to.have.length(2);
    page.remove();
  });

  it('asks the adapter again when the same element loads the order again (a poll, "Try again")', async () => {
    const { api, calls } = controlledAdapter();
    const element = withSharedOrderLoads(api, document.body);
    const first = element.getOrder('o-1');
    calls[0]!.answer(order);
    await first;
    const again = element.getOrder('o-1');
    expect(calls).to.have.length(2);
    calls[1]!.answer(order);
    await again;
  });

  it('forgets the shared answer when a write is sent', async () => {
    const { api, calls } = controlledAdapter();
    const first = withSharedOrderLoads(api, document.body).getOrder('o-1');
    calls[0]!.answer(order);
    await first;
    await withSharedOrderLoads(api, document.body).confirmOrder('o-1', { idempotencyKey: 'k' });
    void withSharedOrderLoads(api, document.body).getOrder('o-1');
    expect(calls).to.have.length(2);
  });

  it('cancels the load only when every element waiting for it has cancelled', async () => {
    const { api, calls } = controlledAdapter();
    const one = new AbortController();
    const two = new AbortController();
    const first = withSharedOrderLoads(api).getOrder('o-1', { signal: one.signal });
    const second = withSharedOrderLoads(api).getOrder('o-1', { signal: two.signal });
    one.abort();
    await first.then(
      () => expect.fail('the cancelled call must reject'),
      (error: Error) => expect(error.name).to.equal('AbortError'),
    );
    await settled();
    expect(calls[0]!.signal!.aborted).to.equal(false);
    two.abort();
    await second.catch(() => undefined);
    expect(calls[0]!.signal!.aborted).to.equal(true);
  });

  it('leaves a method the adapter lacks missing, so the schema boundary can name it', () => {
    const partial = { getOrder: async () => order } as unknown as SupplierApi;
    expect((withSharedOrderLoads(partial) as unknown as Record<string, unknown>)['listOrders']).to.equal(undefined);
  });
});
