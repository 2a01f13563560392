/**
 * Entry of the script-tag build, `dist/supplier-flow.js` (lit and zod bundled in),
 * for a plain `<script type="module">` without a bundler.
 *
 * Loading it registers every tag. My Orders (`<supplier-portal>`, `<order-list>`,
 * `<supplier-provider>`) is in the file itself; every other element is a chunk
 * of its own in `dist/supplier-flow/`, fetched the first time its tag appears in
 * the page or inside one of our elements. A host that puts a tag inside its own
 * shadow root calls `loadElement(tag)` (or `discoverElements(root)`) first.
 *
 * The adapters are files of their own, sharing this one's code:
 * `dist/supplier-flow/rest-adapter.js` and `dist/supplier-flow/memory-adapter.js`.
 *
 * Node (server rendering, test runners) gets `dist/node/supplier-flow.js` instead, through the
 * `node` condition of package.json: the same module built with lit external, so Node loads lit's
 * server build. There the page watch is skipped (no document) and importing it touches no DOM.
 */
// <elements:eager> generated from src/elements/registry.ts by `npm run elements`
import './elements/supplier-provider/supplier-provider.js';
import './elements/supplier-portal/supplier-portal.js';
import './elements/order-list/order-list.js';
// </elements:eager>
import { isServer } from 'lit';
import { discoverTags, loadTag, observeTags, registerLazyTags } from './elements/shared/lazy-tags.js';

registerLazyTags({
  // <elements:lazy>
  'order-details': () => import('./elements/order-details/order-details.js'),
  'production-confirmation': () => import('./elements/production-confirmation/production-confirmation.js'),
  'quality-report': () => import('./elements/quality-report/quality-report.js'),
  'shipping-wizard': () => import('./elements/shipping-wizard/shipping-wizard.js'),
  'shipment-list': () => import('./elements/shipment-list/shipment-list.js'),
  'invoice-form': () => import('./elements/invoice-form/invoice-form.js'),
  'order-activity': () => import('./elements/order-activity/order-activity.js'),
  // </elements:lazy>
});
if (!isServer) observeTags(document);

/** Loads the code of an on-demand tag (e.g. `'shipping-wizard'`) now; resolves once it is defined. */
export async function loadElement(tag: string): Promise<void> {
  await loadTag(tag);
  await customElements.whenDefined(tag);
}

/** Loads every on-demand tag used in `root` (e.g. a host's own shadow root), which the page-wide watch cannot see. */
export function discoverElements(root: ParentNode): void {
  discoverTags(root);
}

export * from './public-api.js';
// <elements:eager-classes>
export { SupplierProvider } from './elements/supplier-provider/supplier-provider.component.js';
export { SupplierPortal } from './elements/supplier-portal/supplier-portal.component.js';
export { OrderList } from './elements/order-list/order-list.component.js';
// </elements:eager-classes>
export type * from './domain/types.js';
