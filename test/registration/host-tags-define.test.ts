/**
 * A host page that defines its own `<order-list>` (an ERP's tag) before Supplier Flow loads through a bundler:
 * importing the library does not throw and says which tag it left alone and how to avoid that, and
 * `defineSupplierFlow({ prefix })` runs the library beside the host's tags, composites rendering prefixed children.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/api/memory/index.js';
import { configure } from '../../src/configure.js';
import { findByRole } from '../helpers/queries.js';

/** Whether `tag` is registered (a boolean, so a failure does not print a whole element class). */
const isDefined = (tag: string): boolean => customElements.get(tag) !== undefined;

/** The host's own element of the same name. */
class HostOrderList extends HTMLElement {
  connectedCallback(): void {
    this.textContent = 'the host’s own list';
  }
}
customElements.define('order-list', HostOrderList);

/** Runs `action` and returns what it wrote with console.warn. */
async function warningsOf(action: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('beside a host’s own <order-list> (bundler)', () => {
  let memory: MemoryAdapter;
  before(() => {
    memory = createMemoryAdapter({ persist: false });
    configure({ adapter: memory });
  });
  after(() => memory.close());

  it('importing supplier-flow/define does not throw: it warns naming <order-list> and the prefix way out, and registers the other tags', async () => {
    const warnings = await warningsOf(() => import('../../src/define.js'));
    expect(customElements.get('order-list') === HostOrderList, 'the host keeps its <order-list>').to.equal(true);
    expect(isDefined('supplier-portal')).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.include('<order-list> is already defined by another library')
      .and.include('defineSupplierFlow({ prefix:')
      .and.include('data-prefix=');
  });

  it('defineSupplierFlow({ prefix: "acme" }) runs portal → list → details → activity as <acme-…> tags, the host’s <order-list> untouched', async () => {
    const { defineSupplierFlow, OrderList, OrderDetails, OrderActivity } = await import('../../src/index.js');
    const warnings = await warningsOf(async () => defineSupplierFlow({ prefix: 'acme' }));
    expect(warnings, 'nothing of the prefixed library clashes').to.deep.equal([]);
    const page = await fixture<HTMLElement>(
      html`<div><order-list></order-list>${document.createElement('acme-supplier-portal')}</div>`,
    );
    expect(page.querySelector('order-list')!.textContent).to.equal('the host’s own list');
    const portal = page.querySelector('acme-supplier-portal')!;
    await waitUntil(() => portal.shadowRoot?.querySelector('acme-order-list'), 'the portal renders <acme-order-list>');
    expect(portal.shadowRoot!.querySelector('order-list'), 'not the host’s tag').to.equal(null);
    const list = portal.shadowRoot!.querySelector('acme-order-list')!;
    expect(list).to.be.instanceOf(OrderList);
    await waitUntil(
      () => list.shadowRoot && findByRole(list.shadowRoot, 'button', /^Order Details /),
      'the list shows orders',
      { timeout: 5000 },
    );
    findByRole(list.shadowRoot!, 'button', /^Order Details /)!.click();
    const details = () => portal.shadowRoot!.querySelector('acme-order-details');
    await waitUntil(() => details()?.shadowRoot?.querySelector('h2'), 'the order opens in <acme-order-details>', {
      timeout: 5000,
    });
    expect(details()).to.be.instanceOf(OrderDetails);
    const activity = () => details()!.shadowRoot!.querySelector('acme-order-activity');
    await waitUntil(
      () => activity()?.shadowRoot?.childElementCount,
      '<acme-order-details> renders <acme-order-activity>',
      { timeout: 5000 },
    );
    expect(activity()).to.be.instanceOf(OrderActivity);
    expect(page.querySelector('order-list')).to.be.instanceOf(HostOrderList);
  });

  it('refuses a prefix that would not make a safe tag name, saying so', async () => {
    const { defineSupplierFlow } = await import('../../src/index.js');
    expect(() => defineSupplierFlow({ prefix: 'Acme"><img' })).to.throw(TypeError, /is not a tag prefix/);
  });
});
