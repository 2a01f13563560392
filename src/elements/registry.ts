/**
 * The one list of Supplier Flow's elements. Each line names an element whose code is the folder
 * `src/elements/<tag>/` (layout in docs/DEVELOPING.md). `npm run elements` writes, from this list and the
 * events in custom-elements.json, every place that names the elements: each element's definition
 * `src/elements/<tag>/<tag>.definition.ts` (its class and the tags it renders), src/define.ts, src/index.ts,
 * src/define-supplier-flow.ts,
 * src/bundle.ts (eager imports and on-demand loaders), src/public-api.ts (events), src/frameworks/element-props.ts
 * (JSX and Vue types), src/react/index.ts (wrappers and their `onX` event props), package.json `exports`
 * and README.md's tables. test/node/elements.test.mjs fails when any of them disagrees with this list.
 *
 * Data only: nothing at run time imports it (the generated files import the elements themselves).
 */
export interface ElementEntry {
  /** The tag; also its folder `src/elements/<tag>/`, its define file `<tag>.ts` and its package export `supplier-flow/<tag>`. */
  readonly tag: `${string}-${string}`;
  /** The class in `<tag>.component.ts`. */
  readonly className: string;
  /** In the script-tag build: `eager` is in `supplier-flow.js` itself, `lazy` a chunk fetched when the tag first appears. */
  readonly scriptTag: 'eager' | 'lazy';
  /**
   * The listed tags it renders in its shadow root. Registering it registers them too, under the same prefix: an
   * `eager` child with it (in its first load), a `lazy` one from its own chunk the first time it is rendered.
   */
  readonly renders?: readonly `${string}-${string}`[];
}

/** In this order everywhere; `supplier-provider` first, so it is defined before the elements inside it. */
export const ELEMENTS: readonly ElementEntry[] = [
  { tag: 'supplier-provider', className: 'SupplierProvider', scriptTag: 'eager' },
  { tag: 'supplier-portal', className: 'SupplierPortal', scriptTag: 'eager', renders: ['order-list', 'order-details'] },
  { tag: 'order-list', className: 'OrderList', scriptTag: 'eager' },
  {
    tag: 'order-details',
    className: 'OrderDetails',
    scriptTag: 'lazy',
    renders: [
      'production-confirmation',
      'quality-report',
      'shipping-wizard',
      'shipment-list',
      'invoice-form',
      'order-activity',
    ],
  },
  { tag: 'production-confirmation', className: 'ProductionConfirmation', scriptTag: 'lazy' },
  { tag: 'quality-report', className: 'QualityReport', scriptTag: 'lazy' },
  { tag: 'shipping-wizard', className: 'ShippingWizard', scriptTag: 'lazy' },
  { tag: 'shipment-list', className: 'ShipmentList', scriptTag: 'lazy' },
  { tag: 'invoice-form', className: 'InvoiceForm', scriptTag: 'lazy' },
  { tag: 'order-activity', className: 'OrderActivity', scriptTag: 'lazy' },
];
