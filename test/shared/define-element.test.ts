import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement, type ElementDefinition } from '../../src/elements/shared/define-element.js';
import { childTag, childTagName, prefixOf, staticHtml } from '../../src/elements/shared/lazy-tags.js';
import { SupplierElement } from '../../src/elements/shared/supplier-element.js';

class First extends HTMLElement {
  static supplierFlowVersion = '0.1.0';
}
class SameVersionCopy extends HTMLElement {
  static supplierFlowVersion = '0.1.0';
}
class OtherVersion extends HTMLElement {
  static supplierFlowVersion = '9.9.9';
}
class Foreign extends HTMLElement {}

const definitionOf = (
  tag: string,
  element: CustomElementConstructor,
  more: Partial<ElementDefinition> = {},
): ElementDefinition => ({
  tag,
  element,
  children: [],
  lazyChildren: {},
  ...more,
});

/** Runs `action` and returns what it wrote with console.warn. */
function warningsOf(action: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

class Leaf extends SupplierElement {
  override render() {
    return html`<p>leaf</p>`;
  }
}

/** A composite: renders `<sf-test-leaf>` (loaded on demand) under the prefix it was registered with. */
class Composite extends SupplierElement {
  override render() {
    const leaf = childTag(this, 'sf-test-leaf');
    return staticHtml`<${leaf}></${leaf}>`;
  }
}

let leafLoads = 0;
const leafDefinition = definitionOf('sf-test-leaf', Leaf);
const compositeDefinition = definitionOf('sf-test-composite', Composite, {
  lazyChildren: {
    'sf-test-leaf': async () => {
      leafLoads += 1;
      return { definition: leafDefinition };
    },
  },
});

describe('defineElement', () => {
  it('defines a tag once and tolerates defining the same element again', () => {
    defineElement(definitionOf('sf-test-define-a', First));
    defineElement(definitionOf('sf-test-define-a', First));
    expect(customElements.get('sf-test-define-a')).to.equal(First);
  });

  it('keeps the first copy when a second bundle of the same version loads, without a warning', () => {
    const warnings = warningsOf(() => defineElement(definitionOf('sf-test-define-a', SameVersionCopy)));
    expect(customElements.get('sf-test-define-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('warns when another version already owns the tag', () => {
    const warnings = warningsOf(() => defineElement(definitionOf('sf-test-define-a', OtherVersion)));
    expect(warnings[0]).to.include('0.1.0').and.include('9.9.9');
  });

  it('leaves a tag another library owns to it, and warns naming the tag and the prefix that avoids it, without throwing', () => {
    customElements.define('sf-test-define-b', Foreign);
    const warnings = warningsOf(() => defineElement(definitionOf('sf-test-define-b', First)));
    expect(customElements.get('sf-test-define-b')).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<sf-test-define-b> is already defined by another library');
    expect(warnings[0])
      .to.include('data-prefix="acme"')
      .and.include("defineSupplierFlow({ prefix: 'acme' })")
      .and.include('<acme-sf-test-define-b>');
  });

  it('registers under a prefix a subclass of the element, which its instances know', () => {
    class Prefixed extends HTMLElement {}
    defineElement(definitionOf('sf-test-define-c', Prefixed), { prefix: 'acme' });
    defineElement(definitionOf('sf-test-define-c', Prefixed), { prefix: 'acme-erp2' });
    const acme = document.createElement('acme-sf-test-define-c');
    expect(acme).to.be.instanceOf(Prefixed);
    expect(customElements.get('sf-test-define-c')).to.equal(undefined);
    expect(prefixOf(acme)).to.equal('acme');
    expect(childTagName(acme, 'order-list')).to.equal('acme-order-list');
    expect(childTagName(document.createElement('acme-erp2-sf-test-define-c'), 'order-list')).to.equal(
      'acme-erp2-order-list',
    );
  });

  it('registers a subclass when the element already has another tag, rather than throwing', () => {
    class Taken extends HTMLElement {}
    customElements.define('sf-test-host-name', Taken);
    defineElement(definitionOf('sf-test-define-d', Taken));
    expect(document.createElement('sf-test-define-d')).to.be.instanceOf(Taken);
    expect(customElements.get('sf-test-define-d')).not.to.equal(Taken);
  });

  it('refuses a prefix that would make tag names of anything but lowercase letters, digits and hyphens', () => {
    for (const prefix of ['Acme', '1acme', 'acme-', 'a b', 'acme"><script', 'acme_erp']) {
      expect(() => defineElement(definitionOf('sf-test-define-e', First), { prefix }), prefix).to.throw(
        TypeError,
        /tag prefix/,
      );
    }
    expect(customElements.get('sf-test-define-e')).to.equal(undefined);
  });

  it("registers a composite's on-demand child under the composite's prefix the first time it is rendered", async () => {
    defineElement(compositeDefinition, { prefix: 'acme' });
    expect(customElements.get('acme-sf-test-leaf')).to.equal(undefined);
    expect(leafLoads).to.equal(0);
    const composite = await fixture<Composite>(staticHtml`<acme-sf-test-composite></acme-sf-test-composite>`);
    const leaf = composite.shadowRoot!.querySelector('acme-sf-test-leaf')!;
    expect(leaf, 'rendered under the prefix').to.exist;
    await waitUntil(() => leaf.shadowRoot?.querySelector('p'), 'the child defined and rendered');
    expect(leaf).to.be.instanceOf(Leaf);
    expect(customElements.get('sf-test-leaf'), 'not under the plain name').to.equal(undefined);
    expect(leafLoads).to.equal(1);
  });

  it("registers a composite's children that come with it at once, under the same prefix", () => {
    class Child extends HTMLElement {}
    class Parent extends HTMLElement {}
    defineElement(definitionOf('sf-test-parent', Parent, { children: [definitionOf('sf-test-child', Child)] }), {
      prefix: 'acme',
    });
    expect(document.createElement('acme-sf-test-child')).to.be.instanceOf(Child);
  });
});
