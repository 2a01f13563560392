/** <shipping-wizard> and a saved draft from before the order changed: brought in line with the order, and the supplier is told. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi } from '../../src/api/port.js';
import { remainingQuantity } from '../../src/domain/quantities.js';
import type { Order } from '../../src/domain/types.js';
import { createDraftStore } from '../../src/elements/shared/drafts.js';
import {
  DRAFT_VERSION,
  emptyDraft,
  isShippingDraft,
  migrateShippingDraft,
  type ShippingDraft,
} from '../../src/elements/shipping-wizard/draft.js';
import '../../src/elements/shipping-wizard/shipping-wizard.js';
import type { ShippingWizard } from '../../src/elements/shipping-wizard/shipping-wizard.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { deepText } from '../helpers/queries.js';

const SUPPLIER_DAP = orderIdOf(18); // DAP terms, partly shipped, lead time in 14 days

const drafts = createDraftStore<ShippingDraft>('shipping', DRAFT_VERSION, isShippingDraft, migrateShippingDraft);
const root = (el: Element) => el.shadowRoot!;
const heading = (el: Element) => deepText(root(el).querySelector('#step-heading')!);
const notice = (el: Element) =>
  deepText(root(el).querySelector('[part~="draft-adjusted"]') ?? document.createElement('p'));

async function mount(api: SupplierApi, orderId: string): Promise<ShippingWizard> {
  const wrapper = await fixture<HTMLElement>(
    html`<supplier-provider .adapter=${api}
      ><shipping-wizard order-id=${orderId}></shipping-wizard
    ></supplier-provider>`,
  );
  const el = wrapper.querySelector('shipping-wizard')!;
  await waitUntil(() => root(el).querySelector('#step-heading'), 'the wizard shows a step', { timeout: 5000 });
  return el;
}

describe('<shipping-wizard> saved drafts', () => {
  let memory: MemoryAdapter;
  let order: Order;
  beforeEach(async () => {
    localStorage.clear();
    memory = createMemoryAdapter({ persist: false });
    order = await memory.getOrder(SUPPLIER_DAP);
  });
  afterEach(() => {
    memory.close();
    localStorage.clear();
  });

  it('parts the order no longer has leave the draft, more than is still to ship comes down to it; the supplier is told', async () => {
    const open = order.positions.find((position) => remainingQuantity(order, position) > 0)!;
    const remaining = remainingQuantity(order, open);
    drafts.save(order.id, {
      ...emptyDraft({ [open.id]: String(remaining + 50), 'p-gone': '3' }, 'draft-key'),
      step: 1,
    });
    const el = await mount(memory, order.id);
    expect(heading(el)).to.equal('Package');
    expect(notice(el))
      .to.include('Your saved draft was changed to fit the order as it is now')
      .and.include(
        `${open.partName} (${open.partNumber}): ${remaining} instead of ${remaining + 50}, all that is still to ship.`,
      )
      .and.include('1 position that is no longer on the order was removed.');
    const stored = drafts.load(order.id)!;
    expect(stored.quantities[open.id]).to.equal(String(remaining));
    expect(stored.quantities).to.not.have.property('p-gone');
    expect(stored.idempotencyKey, 'the same draft').to.equal('draft-key');
  });

  it('a draft whose parts are all gone opens at Parts', async () => {
    drafts.save(order.id, { ...emptyDraft({ 'p-gone': '2', 'p-gone-too': '1' }, 'draft-key'), step: 2 });
    const el = await mount(memory, order.id);
    expect(heading(el)).to.equal('Which parts do you ship now?');
    expect(notice(el)).to.include('2 positions that are no longer on the order were removed.');
  });
});
