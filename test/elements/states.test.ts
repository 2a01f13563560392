import { expect, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { SupplierApiError } from '../../src/api/errors.js';
import { RESPONSE_SCHEMAS } from '../../src/api/schemas/responses.js';
import type { SupplierApi, SupplierApiMethod } from '../../src/api/port.js';
import '../../src/define.js';
import { ELEMENTS } from '../../src/elements/registry.js';
import { createStubAdapter, pending } from '../../src/testing/stub-adapter.js';
import { mountInProvider } from '../helpers/mount.js';

/** Every element on the list but the provider, which renders no view of its own. */
const TAGS = ELEMENTS.map((element) => element.tag).filter((tag) => tag !== 'supplier-provider');
const METHODS = Object.keys(RESPONSE_SCHEMAS) as SupplierApiMethod[];

/** Every method answers the same way: never (loading) or with an error. */
function everyMethod(answer: (options?: { signal?: AbortSignal }) => Promise<never>): SupplierApi {
  const methods: Record<string, unknown> = {};
  for (const method of METHODS)
    methods[method] = (...args: unknown[]) =>
      answer(
        args.find((arg) => typeof arg === 'object' && arg !== null && 'signal' in arg) as { signal?: AbortSignal },
      );
  return createStubAdapter(methods as Partial<SupplierApi>);
}

const mount = (tag: string, api: SupplierApi): Promise<Element> =>
  mountInProvider(api, tag, staticHtml`<${unsafeStatic(tag)} order-id="ord-000001"></${unsafeStatic(tag)}>`);

const deepFind = (root: ParentNode, selector: string): Element | null => {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepFind(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
};

describe('every element’s loading and error states', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows a busy skeleton while loading, and is accessible`, async () => {
      const el = await mount(
        tag,
        everyMethod((options) => pending(options?.signal)),
      );
      await waitUntil(() => deepFind(el.shadowRoot!, '[aria-busy="true"]'), 'a skeleton', { timeout: 3000 });
      await expect(el).to.be.accessible();
    });

    it(`<${tag}> shows an error with "Try again", and is accessible`, async () => {
      const el = await mount(
        tag,
        everyMethod(() => Promise.reject(new SupplierApiError('network', 'offline'))),
      );
      await waitUntil(() => deepFind(el.shadowRoot!, '[role="alert"] button'), 'an error with a retry', {
        timeout: 3000,
      });
      expect(deepFind(el.shadowRoot!, '[role="alert"]')!.textContent).to.include('No connection to the server');
      await expect(el).to.be.accessible();
    });
  }
});
