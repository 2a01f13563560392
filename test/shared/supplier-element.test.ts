import { Task } from '@lit/task';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import { configure } from '../../src/configure.js';
import { SupplierElement } from '../../src/elements/shared/supplier-element.js';
import { renderTask } from '../../src/elements/shared/task-view.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import type { Catalog } from '../../src/i18n/message-catalog.js';
import type { Order } from '../../src/domain/types.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { makeOrder } from '../../src/testing/fixtures.js';

const messages: Catalog<{ title: string }> = {
  en: { title: 'Order {number} on {platform}' },
  load: async () => ({
    translations: {
      de: { title: 'Auftrag {number} auf {platform}' },
      fr: { title: 'Commande {number} sur {platform}' },
    },
  }),
};

@customElement('sf-test-probe')
class Probe extends SupplierElement {
  @property({ attribute: 'order-id' }) orderId = 'o-1';
  readonly i18n = new LocalizeController(this, messages);
  readonly task = new Task(this, {
    task: ([id], { signal }) => this.api.adapter.getOrder(id as string, { signal }),
    args: () => [this.orderId, this.api.revision],
  });

  override render() {
    return renderTask(this.task, this.i18n, {
      complete: (order: Order) => html`<h2>${this.i18n.t('title', { number: order.number })}</h2>`,
    });
  }
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('SupplierElement, ApiController, LocalizeController and renderTask', () => {
  afterEach(() => {
    configure({ adapter: undefined, locale: undefined, platformName: undefined, theme: 'auto' });
    document.documentElement.lang = 'en';
  });

  it('says plainly when no adapter is configured', async () => {
    const el = await fixture<Probe>(html`<sf-test-probe></sf-test-probe>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(text(el)).to.include('No data source is configured');
  });

  it('uses the provider’s adapter, through the schema boundary', async () => {
    const order = makeOrder({ number: 'ORD-77' });
    const api = createStubAdapter({ getOrder: async () => order });
    const wrapper = await fixture(
      html`<supplier-provider .adapter=${api}><sf-test-probe></sf-test-probe></supplier-provider>`,
    );
    const el = wrapper.querySelector('sf-test-probe')!;
    await waitUntil(() => el.shadowRoot!.querySelector('h2'));
    expect(text(el)).to.equal('Order ORD-77 on the platform');
  });

  it('names the bad field of a response that breaks the contract, and retries', async () => {
    let calls = 0;
    const api = createStubAdapter({
      getOrder: async () =>
        ++calls === 1 ? ({ ...makeOrder(), leadTime: '2026-02-30' } as Order) : makeOrder({ number: 'ORD-8' }),
    });
    configure({ adapter: api });
    const el = await fixture<Probe>(html`<sf-test-probe></sf-test-probe>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(text(el)).to.include('leadTime');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('h2'));
    expect(text(el)).to.include('ORD-8');
  });

  it('follows locale attribute, then configure(), then <html lang>', async () => {
    configure({
      adapter: createStubAdapter({ getOrder: async () => makeOrder({ number: 'N1' }) }),
      platformName: 'Partwise',
    });
    const el = await fixture<Probe>(html`<sf-test-probe></sf-test-probe>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h2'));
    document.documentElement.lang = 'fr';
    await waitUntil(() => text(el).startsWith('Commande'));
    configure({ locale: 'de' });
    await el.updateComplete;
    expect(text(el)).to.equal('Auftrag N1 auf Partwise');
    el.locale = 'en';
    await el.updateComplete;
    expect(text(el)).to.equal('Order N1 on Partwise');
  });

  it('sets data-theme from the theme attribute or configure()', async () => {
    configure({ adapter: createStubAdapter({ getOrder: async () => makeOrder() }), theme: 'dark' });
    const el = await fixture<Probe>(html`<sf-test-probe></sf-test-probe>`);
    expect(el.getAttribute('data-theme')).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('data-theme')).to.equal('light');
  });
});
