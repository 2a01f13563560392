import { expect, waitUntil } from '@open-wc/testing';
import type { SupplierApi } from '../../src/api/port.js';
import type { Order } from '../../src/domain/types.js';
import { sharingOrderLoads } from '../../src/elements/shared/api-controller.js';
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
/**
 * One turn of the event loop: the calls under way wait for the same chunk (the shared loads load on first use), so
 * once the first has reached the adapter the others join it in microtasks that run before the next task.
 */
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
    const first = sharingOrderLoads(api, page.outer).getOrder('o-1');
    const joined = sharingOrderLoads(api, page.inner).getOrder('o-1');
    await waitUntil(() => calls.length === 1, 'one load');
    calls[0]!.answer(order);
    expect(await first).to.equal(order);
    expect(await joined).to.equal(order);
    expect(await sharingOrderLoads(api, page.inner).getOrder('o-1')).to.equal(order);
    expect(calls).to.have.length(1);
    // An element elsewhere on the page asks the adapter: the order may have changed since.
    void sharingOrderLoads(api, page.elsewhere).getOrder('o-1');
    await waitUntil(() => calls.length === 2, 'a load of its own');
    page.remove();
  });

  it('asks the adapter again when the same element loads the order again (a poll, "Try again")', async () => {
    const { api, calls } = controlledAdapter();
    const element = sharingOrderLoads(api, document.body);
    const first = element.getOrder('o-1');
    await waitUntil(() => calls.length === 1);
    calls[0]!.answer(order);
    await first;
    void element.getOrder('o-1');
    await waitUntil(() => calls.length === 2, 'asked again');
  });

  it('forgets the shared answer when a write is sent', async () => {
    const { api, calls } = controlledAdapter();
    const first = sharingOrderLoads(api, document.body).getOrder('o-1');
    await waitUntil(() => calls.length === 1);
    calls[0]!.answer(order);
    await first;
    await sharingOrderLoads(api, document.body).confirmOrder('o-1', { idempotencyKey: 'k' });
    void sharingOrderLoads(api, document.body).getOrder('o-1');
    await waitUntil(() => calls.length === 2, 'loaded afresh');
  });

  it('cancels the load only when every element waiting for it has cancelled', async () => {
    const { api, calls } = controlledAdapter();
    const one = new AbortController();
    const two = new AbortController();
    const first = sharingOrderLoads(api, document.body).getOrder('o-1', { signal: one.signal });
    const second = sharingOrderLoads(api, document.body).getOrder('o-1', { signal: two.signal });
    await waitUntil(() => calls.length === 1);
    await settled();
    one.abort();
    await first.then(
      () => expect.fail('the cancelled call must reject'),
      (error: Error) => expect(error.name).to.equal('AbortError'),
    );
    expect(calls[0]!.signal!.aborted).to.equal(false);
    two.abort();
    await second.catch(() => undefined);
    expect(calls[0]!.signal!.aborted).to.equal(true);
  });

  it('leaves a method the adapter lacks missing, so the schema boundary can name it', () => {
    const partial = { getOrder: async () => order } as unknown as SupplierApi;
    expect((sharingOrderLoads(partial, document.body) as unknown as Record<string, unknown>)['listOrders']).to.equal(
      undefined,
    );
  });
});
