/**
 * `import 'supplier-flow/supplier-portal'` alone (this file imports no other element): the portal brings what it
 * renders, `<order-list>` with it and `<order-details>` (and its own children) the first time an order opens.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import { configure } from '../../src/configure.js';
import '../../src/elements/supplier-portal/supplier-portal.js';
import type { SupplierPortal } from '../../src/elements/supplier-portal/supplier-portal.js';
import { findByRole } from '../helpers/queries.js';

/** Whether `tag` is registered (a boolean, so a failure does not print a whole element class). */
const isDefined = (tag: string): boolean => customElements.get(tag) !== undefined;

describe('supplier-flow/supplier-portal imported alone', () => {
  it('defines <order-list> with it, and <order-details> and its children when an order is opened; each renders', async () => {
    const memory = createMemoryAdapter({ persist: false });
    configure({ adapter: memory });
    try {
      expect(isDefined('order-list'), '<order-list> comes with the portal').to.equal(true);
      expect(isDefined('order-details'), '<order-details> is loaded when first shown').to.equal(false);
      const el = await fixture<SupplierPortal>(html`<supplier-portal></supplier-portal>`);
      const list = el.shadowRoot!.querySelector('order-list')!;
      await waitUntil(
        () => list.shadowRoot && findByRole(list.shadowRoot, 'button', /^Order Details /),
        'My Orders lists the orders',
        { timeout: 5000 },
      );
      findByRole(list.shadowRoot!, 'button', /^Order Details /)!.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('order-details')?.shadowRoot?.querySelector('h2'),
        'the order is shown',
        { timeout: 5000 },
      );
      const details = el.shadowRoot!.querySelector('order-details')!;
      const activity = () => details.shadowRoot!.querySelector('order-activity');
      await waitUntil(() => activity()?.shadowRoot?.childElementCount, '<order-details> brings <order-activity>', {
        timeout: 5000,
      });
      expect(isDefined('order-activity')).to.equal(true);
    } finally {
      memory.close();
    }
  });
});
