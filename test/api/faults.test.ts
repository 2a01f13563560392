import { expect } from '@open-wc/testing';
import { checkedApi } from '../../src/api/checked-api.js';
import { withFaults } from '../../src/api/faults.js';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import type { MemoryAdapter } from '../../src/api/memory/index.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { makeCompanyProfile } from '../../src/testing/fixtures.js';
import { installClock } from '../helpers/clock.js';
import { clock, failure, key, shipmentOf } from './memory-helpers.js';

describe('withFaults', () => {
  const stub = () => createStubAdapter({ getCompanyProfile: async () => makeCompanyProfile() });

  it('passes calls through when nothing is configured', async () => {
    const inner = stub();
    const api = withFaults(inner, {});
    expect((await api.getCompanyProfile()).legalName).to.equal('Feinmechanik Huber GmbH');
    expect(inner.calls).to.have.length(1);
  });

  it('fails every call with a network error while offline, without reaching the adapter, until set online', async () => {
    const inner = stub();
    const api = withFaults(inner, { offline: true });
    expect((await failure(api.getCompanyProfile())).kind).to.equal('network');
    expect(inner.calls).to.have.length(0);
    api.setOptions({ offline: false });
    await api.getCompanyProfile();
    expect(inner.calls).to.have.length(1);
  });

  it('injects server errors and time-outs at the configured rates', async () => {
    const inner = stub();
    const api = withFaults(inner, { failureRate: 1 });
    const error = await failure(api.getCompanyProfile());
    expect(error.kind).to.equal('server');
    expect(error.retryable).to.equal(true);
    api.setOptions({ failureRate: 0, timeoutRate: 1 });
    expect((await failure(api.getCompanyProfile())).kind).to.equal('timeout');
    api.setOptions({ timeoutRate: 0.5, random: () => 0.6 });
    await api.getCompanyProfile();
    expect(inner.calls).to.have.length(1);
  });

  it('adds latency that an abort cuts short', async () => {
    const timers = installClock();
    try {
      const api = withFaults(stub(), { latencyMs: 5_000 });
      let answered = false;
      const answer = api.getCompanyProfile().then(() => (answered = true));
      await timers.advance(4_900);
      expect(answered, 'not before the latency').to.equal(false);
      await timers.advance(100);
      await answer;
      const controller = new AbortController();
      const pending = failure(api.getCompanyProfile({ signal: controller.signal }));
      await timers.advance(1_000);
      controller.abort();
      expect((await pending).name, 'aborted while waiting out the latency').to.equal('AbortError');
    } finally {
      timers.uninstall();
    }
  });

  describe('a connection that drops after a write', () => {
    let adapter: MemoryAdapter;
    beforeEach(async () => {
      adapter = createMemoryAdapter({ now: clock });
      await adapter.ready;
    });
    afterEach(() => adapter.close());

    it('loses the answer of the next write although it happened; a retry with the same key creates nothing new', async () => {
      const api = checkedApi(withFaults(adapter, { dropAfterWrite: 1 }));
      const order = await api.getOrder('ord-000006');
      const idempotencyKey = key();
      const dropped = await failure(api.createShipment(order.id, shipmentOf(order), { idempotencyKey }));
      expect(dropped.kind).to.equal('network');
      expect(await adapter.listShipments(order.id)).to.have.length(1);
      const retried = await api.createShipment(order.id, shipmentOf(order), { idempotencyKey });
      expect(await adapter.listShipments(order.id)).to.have.length(1);
      expect(retried.id).to.equal((await adapter.listShipments(order.id))[0]!.id);
    });

    it('drops only writes, and only as many as configured', async () => {
      const api = withFaults(adapter, { dropAfterWrite: 2 });
      await api.getOrder('ord-000001');
      await api.listOrders({});
      expect(api.options.dropAfterWrite).to.equal(2);
      expect((await failure(api.confirmOrder('ord-000001', { idempotencyKey: key() }))).kind).to.equal('network');
      expect((await failure(api.confirmOrder('ord-000002', { idempotencyKey: key() }))).kind).to.equal('network');
      const third = await api.confirmOrder('ord-000003', { idempotencyKey: key() });
      expect(third.production.confirmedAt).to.not.equal(null);
      expect(api.options.dropAfterWrite).to.equal(0);
    });
  });
});
