/**
 * <production-confirmation> fed hostile answers per line (each place of `production.lineAcknowledgement`
 * changed): it renders safely or shows an error naming the bad field, runs no script, and throws nothing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf } from '../../src/api/memory/index.js';
import { OrderSchema } from '../../src/api/schemas/entities.js';
import { addDays } from '../../src/domain/dates.js';
import type { LineAnswer } from '../../src/domain/types.js';
import '../../src/define.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { mountPlan } from './mount-plan.js';
import { hostileCases, SCRIPT_FLAG } from './mutations.js';

const ORDER = orderIdOf(1);

describe('hostile answers per line in <production-confirmation>', function () {
  this.timeout(120_000);

  it('renders each safely, or names the bad field', async () => {
    const memory = createMemoryAdapter({ persist: false, lineResponseDelayMs: 600_000 });
    const order = await memory.getOrder(ORDER);
    const answers: LineAnswer[] = order.positions.map((position, index) =>
      index === 0
        ? { positionId: position.id, kind: 'propose-date', date: addDays(order.leadTime, 20) }
        : { positionId: position.id, kind: 'decline', reason: 'other', note: 'Tooling broken' },
    );
    await memory.acknowledgeOrderLines(ORDER, answers, { idempotencyKey: 'hostile' });
    await memory.respondToLineAcknowledgements();
    const valid = JSON.parse(JSON.stringify(await memory.getOrder(ORDER)));
    memory.close();
    const cases = hostileCases(valid).filter((each) => each.path.startsWith('production.lineAcknowledgement'));
    expect(cases.length).to.be.greaterThan(100);
    const plan = mountPlan('getOrder', OrderSchema, valid, cases);
    expect(plan.reduce((sum, mount) => sum + mount.cases, 0)).to.equal(cases.length);
    for (const { label, value, refusedAt } of plan) {
      const api = createStubAdapter({ getOrder: async () => structuredClone(value) as never });
      const wrapper = await fixture<HTMLElement>(
        html`<supplier-provider .adapter=${api}
          ><production-confirmation order-id=${ORDER} poll-interval="0"></production-confirmation
        ></supplier-provider>`,
      );
      const root = wrapper.querySelector('production-confirmation')!.shadowRoot!;
      await waitUntil(
        () => !root.querySelector('[aria-busy="true"]') && (root.textContent ?? '').trim().length > 20,
        `${label}: settles`,
        { timeout: 4000, interval: 10 },
      );
      expect((window as unknown as Record<string, unknown>)[SCRIPT_FLAG], `${label}: script ran`).to.equal(undefined);
      expect(root.querySelectorAll('img, script'), `${label}: markup from data`).to.have.length(0);
      if (refusedAt !== null) {
        await waitUntil(
          () => (root.querySelector('[role="alert"]')?.textContent ?? '').includes(`"${refusedAt}"`),
          `${label}: an error names "${refusedAt}"`,
          { timeout: 3000, interval: 10 },
        );
      } else if ((value as { production: { lineAcknowledgement?: unknown } }).production.lineAcknowledgement) {
        expect(root.querySelector('[part~="line-results"]'), `${label}: the responses show`).to.exist;
      }
      wrapper.remove();
    }
  });
});
