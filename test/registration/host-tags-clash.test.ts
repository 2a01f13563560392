/**
 * The script-tag build (src/bundle.ts, loaded by a `<script type="module">`) on a page that already defines
 * `<order-list>`, without a prefix: it loads (it used to throw and register nothing), warns naming the tag and
 * the way out, and registers every other tag.
 */
import { expect } from '@open-wc/testing';

/** Whether `tag` is registered (a boolean, so a failure does not print a whole element class). */
const isDefined = (tag: string): boolean => customElements.get(tag) !== undefined;

class HostOrderList extends HTMLElement {}
customElements.define('order-list', HostOrderList);

describe('the script-tag build on a page that defines <order-list> itself', () => {
  it('loads without an error, warns naming <order-list> and data-prefix, and registers the other tags', async () => {
    const warnings: string[] = [];
    const errors: unknown[] = [];
    const original = console.warn;
    const onError = (event: ErrorEvent) => errors.push(event.error);
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    try {
      await new Promise<void>((resolve, reject) => {
        const script = Object.assign(document.createElement('script'), { type: 'module', src: '/src/bundle.ts' });
        script.addEventListener('load', () => resolve());
        script.addEventListener('error', () => reject(new Error('the script failed')));
        document.head.append(script);
      });
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('order-list') === HostOrderList, 'the host keeps its <order-list>').to.equal(true);
    expect(isDefined('supplier-portal')).to.equal(true);
    expect(isDefined('supplier-provider')).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.include('<order-list> is already defined by another library')
      .and.include('data-prefix="acme"')
      .and.include('<acme-order-list>');
  });
});
