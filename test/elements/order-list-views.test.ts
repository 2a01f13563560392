import { expect, html, waitUntil } from '@open-wc/testing';
import { configure } from '../../src/configure.js';
import '../../src/elements/order-list/order-list.js';
import type { OrderList } from '../../src/elements/order-list/order-list.js';
import { loadViews } from '../../src/elements/order-list/saved-views.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { findByRole } from '../helpers/queries.js';
import { listAdapter, summary } from '../helpers/order-list-adapter.js';
import { mountInProvider, root } from '../helpers/mount.js';

const viewSelect = (el: OrderList) => root(el).querySelector<HTMLSelectElement>('[part~="views"] select')!;
const options = (el: OrderList) => [...viewSelect(el).options].map((option) => option.textContent!.trim());
const button = (el: OrderList, name: string | RegExp) => findByRole(root(el), 'button', name) as HTMLButtonElement;
const statusText = (el: OrderList) => root(el).querySelector('[part~="views"] [role="status"]')!.textContent!.trim();

async function mount(): Promise<OrderList> {
  const api = listAdapter(Array.from({ length: 8 }, (_, index) => summary(index)));
  const el = await mountInProvider(api, 'order-list', html`<order-list></order-list>`, '.rows [role="row"]');
  // Saved views are a chunk loaded right after the element connects.
  await waitUntil(() => root(el).querySelector('[part~="views"]'), 'saved views');
  return el;
}

async function saveAs(el: OrderList, name: string): Promise<void> {
  button(el, 'Save view…').click();
  await el.updateComplete;
  await waitUntil(() => root(el).activeElement?.matches('.view-name input'), 'name field focused');
  const field = root(el).querySelector<HTMLInputElement>('.view-name input')!;
  field.value = name;
  button(el, 'Save view').click();
  await el.updateComplete;
}

describe('<order-list> saved views', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => configure({ userId: undefined }));

  it('saves the current filters and sort under a name, and shows them again after a reload', async () => {
    const first = await mount();
    Object.assign(first, { stage: 'shipping', needsAction: true, sort: 'value', direction: 'desc', search: 'shaft' });
    await first.updateComplete;
    await saveAs(first, 'Big shipping jobs');
    expect(statusText(first)).to.equal('View “Big shipping jobs” saved.');
    expect(viewSelect(first).value).to.equal('Big shipping jobs');
    first.closest('supplier-provider')!.remove();

    const second = await mount();
    expect(second.stage).to.equal('');
    expect(options(second)).to.deep.equal(['Choose a view', 'Big shipping jobs']);
    viewSelect(second).value = 'Big shipping jobs';
    viewSelect(second).dispatchEvent(new Event('change'));
    await second.updateComplete;
    expect([
      second.stage,
      second.needsAction,
      second.overdue,
      second.sort,
      second.direction,
      second.search,
    ]).to.deep.equal(['shipping', true, false, 'value', 'desc', 'shaft']);
    expect(second.getAttribute('stage')).to.equal('shipping');
    expect(root(second).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('shaft');
  });

  it('replaces a view saved again under the same name, and deletes the view shown', async () => {
    const el = await mount();
    el.overdue = true;
    await saveAs(el, 'Late');
    el.overdue = false;
    el.stage = 'invoice';
    await el.updateComplete;
    await saveAs(el, 'late');
    expect(statusText(el)).to.equal('View “late” replaced.');
    expect(options(el)).to.deep.equal(['Choose a view', 'late']);
    button(el, 'Delete the view “late”').click();
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['None yet']);
    expect(statusText(el)).to.equal('View “late” deleted.');
  });

  it('keeps views per user', async () => {
    configure({ userId: 'anna' });
    const el = await mount();
    el.needsAction = true;
    await saveAs(el, 'Mine');
    configure({ userId: 'ben' });
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['None yet']);
    configure({ userId: 'anna' });
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['Choose a view', 'Mine']);
  });

  it('ignores what it cannot trust in storage', async () => {
    localStorage.setItem(
      'supplier-flow:views:order-list:default',
      JSON.stringify([{ name: '<img src=x onerror=alert(1)>', stage: 'drop table', sort: 'value' }]),
    );
    expect(loadViews(undefined)).to.deep.equal([]);
    localStorage.setItem('supplier-flow:views:order-list:default', '{not json');
    const el = await mount();
    expect(options(el)).to.deep.equal(['None yet']);
  });

  it('cancels naming with Escape, and is accessible while naming', async () => {
    const el = await mount();
    button(el, 'Save view…').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    root(el)
      .querySelector<HTMLInputElement>('.view-name input')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await el.updateComplete;
    expect(root(el).querySelector('.view-name')).to.equal(null);
  });
});
