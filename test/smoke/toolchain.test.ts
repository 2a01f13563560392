import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fixture, expect } from '@open-wc/testing';
import * as z from 'zod/mini';

@customElement('x-smoke')
class XSmoke extends LitElement {
  @property() name = 'a';
  override render() {
    return html`<p>${this.name}</p>`;
  }
}

describe('toolchain', () => {
  it('renders a decorated element', async () => {
    const el = await fixture<XSmoke>(html`<x-smoke name="b"></x-smoke>`);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('b');
    expect(z.object({ a: z.number() }).safeParse({ a: 'x' }).success).to.equal(false);
  });
});
