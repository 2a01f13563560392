/**
 * A `<supplier-portal>` already in the page when `supplier-flow/supplier-portal` loads (as with a module script,
 * which runs after the page is parsed): it upgrades at once, and still loads `<order-details>` when an order opens.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import { configure } from '../../src/configure.js';
import { findByRole } from '../helpers/queries.js';

describe('a <supplier-portal> in the page before its entry loads', () => {
  it('loads <order-details> when an order is opened', async () => {
    const memory = createMemoryAdapter({ persist: false });
    configure({ adapter: memory });
    try {
      const el = await fixture<HTMLElement>(html`<supplier-portal></supplier-portal>`);
      await import('../../src/elements/supplier-portal/supplier-portal.js');
      const list = () => el.shadowRoot?.querySelector('order-list');
      await waitUntil(
        () => list()?.shadowRoot && findByRole(list()!.shadowRoot!, 'button', /^Order Details /),
        'My Orders lists the orders',
        { timeout: 5000 },
      );
      findByRole(list()!.shadowRoot!, 'button', /^Order Details /)!.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('order-details')?.shadowRoot?.querySelector('h2'),
        '<order-details> loaded and shown',
        { timeout: 5000 },
      );
      expect(customElements.get('order-details') !== undefined).to.equal(true);
    } finally {
      memory.close();
    }
  });
});
