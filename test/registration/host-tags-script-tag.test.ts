/**
 * The script-tag build (src/bundle.ts, loaded here by a `<script type="module">` as a host page would) on a page
 * that defines its own `<order-list>` first: with `data-prefix="acme"` it registers `<acme-…>` tags only, and its
 * composites render prefixed children, loading the on-demand ones under the same prefix.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import { configure } from '../../src/configure.js';
import { findByRole } from '../helpers/queries.js';

/** Whether `tag` is registered (a boolean, so a failure does not print a whole element class). */
const isDefined = (tag: string): boolean => customElements.get(tag) !== undefined;

class HostOrderList extends HTMLElement {}
customElements.define('order-list', HostOrderList);

/** Adds `<script type="module" src=…>` with the given data-prefix; resolves once it has run. */
function loadScriptTag(src: string, prefix: string): Promise<void> {
  const script = Object.assign(document.createElement('script'), { type: 'module', src });
  script.dataset['prefix'] = prefix;
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`${src} failed`)));
  });
  document.head.append(script);
  return loaded;
}

function consoleOf(method: 'warn' | 'error'): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[method] = original) };
}

describe('the script-tag build beside a host’s own <order-list>', () => {
  it('registers nothing, saying why, when data-prefix is not a valid prefix', async () => {
    const errors = consoleOf('error');
    try {
      await loadScriptTag('/src/bundle.ts?bad-prefix', 'ACME Corp');
    } finally {
      errors.restore();
    }
    expect(errors.messages.join('\n')).to.include('data-prefix="ACME Corp"').and.include('no tag is registered');
    expect(isDefined('supplier-portal')).to.equal(false);
    expect(customElements.get('order-list') === HostOrderList, 'the host keeps its <order-list>').to.equal(true);
  });

  it('with data-prefix="acme" registers <acme-…> tags only, without a warning, and runs portal → list → details', async () => {
    const warnings = consoleOf('warn');
    try {
      await loadScriptTag('/src/bundle.ts', 'acme');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(isDefined('supplier-portal'), 'no plain tag').to.equal(false);
    expect(customElements.get('order-list') === HostOrderList, 'the host keeps its <order-list>').to.equal(true);
    expect(isDefined('acme-order-details'), 'on demand').to.equal(false);
    const memory = createMemoryAdapter({ persist: false });
    configure({ adapter: memory });
    try {
      const portal = await fixture<HTMLElement>(html`${document.createElement('acme-supplier-portal')}`);
      const list = () => portal.shadowRoot!.querySelector('acme-order-list');
      await waitUntil(
        () => list()?.shadowRoot && findByRole(list()!.shadowRoot!, 'button', /^Order Details /),
        'the list shows orders',
        { timeout: 5000 },
      );
      findByRole(list()!.shadowRoot!, 'button', /^Order Details /)!.click();
      const details = () => portal.shadowRoot!.querySelector('acme-order-details');
      await waitUntil(() => details()?.shadowRoot?.querySelector('h2'), '<acme-order-details> loaded and shown', {
        timeout: 5000,
      });
      await waitUntil(
        () => details()!.shadowRoot!.querySelector('acme-order-activity')?.shadowRoot?.childElementCount,
        'and its <acme-order-activity>',
        { timeout: 5000 },
      );
      expect(isDefined('order-details'), 'loaded under the prefix only').to.equal(false);
    } finally {
      memory.close();
    }
  });
});
