/**
 * Entry of the script-tag build, `dist/supplier-flow.js` (lit and zod bundled in),
 * for a plain `<script type="module">` without a bundler.
 *
 * Loading it registers every tag, or with `data-prefix="acme"` on its script tag every tag
 * under that prefix (`<acme-order-list>`, …), beside the host's own. My Orders (`<supplier-portal>`, `<order-list>`,
 * `<supplier-provider>`) is in the file itself; every other element is a chunk
 * of its own in `dist/supplier-flow/`, fetched the first time its tag appears in
 * the page or inside one of our elements. A host that puts a tag inside its own
 * shadow root calls `loadElement(tag)` (or `discoverElements(root)`) first.
 *
 * The adapters are files of their own, sharing this one's code:
 * `dist/supplier-flow/rest-adapter.js` and `dist/supplier-flow/memory-adapter.js`.
 *
 * Node (server rendering, test runners) gets `dist/node/supplier-flow.js` instead, through the
 * `node` and `default` conditions of package.json (the script-tag file is the `browser` one): the same module built with lit external, so Node loads lit's
 * server build. There the page watch is skipped (no document) and importing it touches no DOM.
 */
import { isServer } from 'lit';
import { defineElement, defineLazily, type ElementDefinition } from './elements/shared/define-element.js';
import { discoverTags, loadTag, observeTags } from './elements/shared/lazy-tags.js';
import { scriptTagPrefix } from './script-tag-prefix.js';
// <elements:eager> generated from src/elements/registry.ts by `npm run elements`
import { definition as supplierProvider } from './elements/supplier-provider/supplier-provider.definition.js';
import { definition as supplierPortal } from './elements/supplier-portal/supplier-portal.definition.js';
import { definition as orderList } from './elements/order-list/order-list.definition.js';
// </elements:eager>

const EAGER: readonly ElementDefinition[] = [
  // <elements:eager-list>
  supplierProvider,
  supplierPortal,
  orderList,
  // </elements:eager-list>
];

const prefix = isServer ? '' : scriptTagPrefix(import.meta.url);
if (prefix !== undefined) {
  defineLazily(
    {
      // <elements:lazy>
      'order-details': () => import('./elements/order-details/order-details.definition.js'),
      'production-confirmation': () =>
        import('./elements/production-confirmation/production-confirmation.definition.js'),
      'quality-report': () => import('./elements/quality-report/quality-report.definition.js'),
      'shipping-wizard': () => import('./elements/shipping-wizard/shipping-wizard.definition.js'),
      'shipment-list': () => import('./elements/shipment-list/shipment-list.definition.js'),
      'invoice-form': () => import('./elements/invoice-form/invoice-form.definition.js'),
      'order-activity': () => import('./elements/order-activity/order-activity.definition.js'),
      // </elements:lazy>
    },
    { prefix },
  );
  // After the loaders: elements already in the page upgrade now, and watch for on-demand tags if there are some.
  for (const definition of EAGER) defineElement(definition, { prefix });
}
if (!isServer) observeTags(document);

/** Loads the code of an on-demand tag as the page writes it (`'shipping-wizard'`, `'acme-shipping-wizard'`) now; resolves once it is defined. */
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
