/** The shipping deadline inside order details: said once, by the wizard while it is open, by the order's header otherwise. */
import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import '../../src/define.js';
import { findByRole } from '../helpers/queries.js';
import { mountShippingStage } from '../helpers/mount.js';

/** Regular order, lead time tomorrow: shipping information due today. */
const DUE_TODAY = orderIdOf(6);

/** Every deadline notice of the order's view, its own and the wizard's. */
function deadlines(el: HTMLElementTagNameMap['order-details']): Element[] {
  const own = [...el.shadowRoot!.querySelectorAll('[part~="deadline"]')];
  const wizard = el.shadowRoot!.querySelector('shipping-wizard')?.shadowRoot;
  return [...own, ...(wizard ? wizard.querySelectorAll('[part~="deadline"]') : [])];
}

describe('<shipping-wizard> in <order-details>: the deadline', () => {
  let memory: MemoryAdapter;

  beforeEach(() => {
    localStorage.clear();
    memory = createMemoryAdapter({ persist: false });
  });

  afterEach(() => {
    memory.close();
    localStorage.clear();
  });

  it('is said once: by the header, then by the wizard alone while it is open', async () => {
    const el = await mountShippingStage(memory, DUE_TODAY);
    expect(deadlines(el), 'the header says it').to.have.length(1);
    findByRole(el.shadowRoot!, 'button', 'Add shipping')!.click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('shipping-wizard')?.shadowRoot?.querySelector('[part~="deadline"]'),
      'the wizard shows its deadline',
      { timeout: 5000 },
    );
    await el.updateComplete;
    const shown = deadlines(el);
    expect(shown, 'once').to.have.length(1);
    expect(shown[0]!.getRootNode()).to.equal(el.shadowRoot!.querySelector('shipping-wizard')!.shadowRoot);
  });
});
