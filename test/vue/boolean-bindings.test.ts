/**
 * Vue 3 binds a kebab-case name that is not a property of the element (`:needs-action="flag"`) as an attribute,
 * `needs-action="false"` when the value is false: the element must read that as false.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, markRaw, ref, type App } from 'vue/dist/vue.esm-browser.prod.js';
import type { OrderQuery } from '../../src/api/port.js';
import '../../src/elements/order-list/order-list.js';
import type { OrderList } from '../../src/elements/order-list/order-list.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { listAdapter, summary } from '../helpers/order-list-adapter.js';

describe('Vue 3 boolean bindings on <order-list>', () => {
  let app: App | undefined;
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    container.remove();
  });

  it('keeps the "needs action" filter off for :needs-action="false" and follows the bound value', async () => {
    const api = listAdapter([summary(1), summary(2, { nextAction: 'wait-for-platform' })]);
    const needsAction = ref(false);
    app = createApp({
      setup: () => ({ api: markRaw(api), needsAction }),
      template: `<supplier-provider :adapter="api"><order-list :needs-action="needsAction"></order-list></supplier-provider>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.includes('-');
    app.mount(container);
    const el = container.querySelector<OrderList>('order-list')!;
    const queries = () =>
      api.calls.filter((call) => call.method === 'listOrders').map((call) => call.args[0] as OrderQuery);
    await waitUntil(() => queries().length > 0, 'the list asks for its first page', { timeout: 5000 });

    expect(el.needsAction).to.equal(false);
    expect(queries()[0]).to.not.have.property('needsAction');

    needsAction.value = true;
    await waitUntil(() => queries().some((query) => query.needsAction === true), 'true turns the filter on', {
      timeout: 5000,
    });
    expect(el.needsAction).to.equal(true);

    needsAction.value = false;
    await waitUntil(() => el.needsAction === false, 'false turns it off again', { timeout: 5000 });
  });
});
