/**
 * `import 'supplier-flow/order-details'` alone (this file imports no other element): the details bring what they
 * render, each stage element and `<order-activity>` loaded the first time it is rendered.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf } from '../../src/api/memory/index.js';
import { configure } from '../../src/configure.js';
import '../../src/elements/order-details/order-details.js';
import type { OrderDetails } from '../../src/elements/order-details/order-details.js';
import { findByRole } from '../helpers/queries.js';

/** Whether `tag` is registered (a boolean, so a failure does not print a whole element class). */
const isDefined = (tag: string): boolean => customElements.get(tag) !== undefined;

const LAZY_CHILDREN = [
  'production-confirmation',
  'quality-report',
  'shipping-wizard',
  'shipment-list',
  'invoice-form',
  'order-activity',
];

describe('supplier-flow/order-details imported alone', () => {
  it('defines <order-activity> and <invoice-form> when it renders them, and both render', async () => {
    const memory = createMemoryAdapter({ persist: false });
    configure({ adapter: memory });
    try {
      for (const tag of LAZY_CHILDREN) expect(isDefined(tag), `<${tag}> is loaded when first rendered`).to.equal(false);
      const el = await fixture<OrderDetails>(
        html`<order-details order-id=${orderIdOf(10)} stage="invoice"></order-details>`,
      );
      const child = (tag: string) => el.shadowRoot!.querySelector(tag);
      await waitUntil(
        () => child('order-activity')?.shadowRoot?.childElementCount,
        '<order-activity> rendered under "Activity"',
        { timeout: 5000 },
      );
      await waitUntil(
        () => child('invoice-form')?.shadowRoot && findByRole(child('invoice-form')!.shadowRoot!, 'button', 'Continue'),
        '<invoice-form> rendered its first step',
        { timeout: 5000 },
      );
      for (const tag of ['order-activity', 'invoice-form']) expect(isDefined(tag), tag).to.equal(true);
      expect(isDefined('shipping-wizard'), 'a child not rendered is not loaded').to.equal(false);
    } finally {
      memory.close();
    }
  });
});
