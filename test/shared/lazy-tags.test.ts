import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { discoverTags, loadTag, observeTags, registerLazyTags } from '../../src/elements/shared/lazy-tags.js';
import { SupplierElement } from '../../src/elements/shared/supplier-element.js';

let serial = 0;
/** A tag name of its own per test, registered lazily; `loads` counts how often its code was fetched. */
function lazyTag(options: { fail?: number } = {}) {
  const tag = `sf-lazy-probe-${(serial += 1)}`;
  const state = { tag, loads: 0, failuresLeft: options.fail ?? 0 };
  registerLazyTags({
    [tag]: async () => {
      state.loads += 1;
      if (state.failuresLeft > 0) {
        state.failuresLeft -= 1;
        throw new TypeError('Failed to fetch dynamically imported module');
      }
      customElements.define(tag, class extends LitElement {});
    },
  });
  return state;
}

@customElement('sf-lazy-parent')
class LazyParent extends SupplierElement {
  child = '';
  override render() {
    const element = this.child ? document.createElement(this.child) : null;
    return html`<p>${element}</p>`;
  }
}

describe('lazy tags (the script-tag build loads elements on demand)', () => {
  it('loads a tag added to the page, once, however many instances appear', async () => {
    const probe = lazyTag();
    const observer = observeTags(document)!;
    try {
      await fixture(html`<div><span></span></div>`).then((div) => {
        div.append(document.createElement(probe.tag), document.createElement(probe.tag));
      });
      await waitUntil(() => customElements.get(probe.tag), 'defined after it appeared');
      expect(probe.loads).to.equal(1);
    } finally {
      observer.disconnect();
    }
  });

  it("finds a tag in a Supplier Flow element's shadow root, where a page-wide observer cannot see", async () => {
    const probe = lazyTag();
    const parent = await fixture<LazyParent>(html`<sf-lazy-parent></sf-lazy-parent>`);
    parent.child = probe.tag;
    parent.requestUpdate();
    await waitUntil(() => customElements.get(probe.tag), 'defined from inside the shadow root');
    expect(parent.shadowRoot!.querySelector(probe.tag)!.matches(':defined')).to.equal(true);
  });

  it("loads what is already in a root when asked (a host's own shadow root)", async () => {
    const probe = lazyTag();
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement(probe.tag));
    expect(probe.loads).to.equal(0);
    discoverTags(root);
    await waitUntil(() => customElements.get(probe.tag));
  });

  it('says so and tries again next time when the code cannot be fetched', async () => {
    const probe = lazyTag({ fail: 1 });
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await loadTag(probe.tag);
      expect(customElements.get(probe.tag)).to.equal(undefined);
      expect(String(errors[0]?.[0])).to.contain(`<${probe.tag}> could not be loaded`);
      await loadTag(probe.tag);
      expect(customElements.get(probe.tag)).not.to.equal(undefined);
      expect(probe.loads).to.equal(2);
    } finally {
      console.error = original;
    }
  });

  it('leaves tags it does not know alone', () => {
    expect(loadTag('sf-not-lazy')).to.equal(undefined);
  });
});
