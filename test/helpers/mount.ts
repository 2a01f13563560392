import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SupplierApi } from '../../src/api/port.js';

/** An element's shadow root (every Supplier Flow element has an open one). */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** What tells that a mounted element has loaded: a selector in its shadow root, or a condition on it. */
export type Ready<E extends Element> = string | ((el: E) => unknown);

/**
 * Renders `template` inside `<supplier-provider .adapter=${api}>` and returns the `tag` element in it; given `ready`,
 * first waits (up to 5 s) until its shadow root has a match for that selector or `ready(el)` is truthy.
 */
export async function mountInProvider<K extends keyof HTMLElementTagNameMap>(
  api: SupplierApi,
  tag: K,
  template: TemplateResult,
  ready?: Ready<HTMLElementTagNameMap[K]>,
): Promise<HTMLElementTagNameMap[K]>;
export async function mountInProvider(
  api: SupplierApi,
  tag: string,
  template: TemplateResult,
  ready?: Ready<HTMLElement>,
): Promise<HTMLElement>;
export async function mountInProvider(
  api: SupplierApi,
  tag: string,
  template: TemplateResult,
  ready?: Ready<HTMLElement>,
): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<supplier-provider .adapter=${api}>${template}</supplier-provider>`);
  const el = wrapper.querySelector<HTMLElement>(tag);
  if (!el) throw new Error(`<${tag}> is not in the mounted template`);
  if (ready !== undefined) {
    const loaded = typeof ready === 'string' ? () => root(el).querySelector(ready) : () => ready(el);
    await waitUntil(loaded, `<${tag}> loaded`, { timeout: 5000 });
  }
  return el;
}

/** `<order-details>` of `orderId` with its Shipping stage open, once its "Add shipping" button shows. */
export function mountShippingStage(api: SupplierApi, orderId: string): Promise<HTMLElementTagNameMap['order-details']> {
  return mountInProvider(
    api,
    'order-details',
    html`<order-details order-id=${orderId} stage="shipping"></order-details>`,
    '[part~="add-shipping"]',
  );
}
