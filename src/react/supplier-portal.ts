/**
 * React wrapper of `<supplier-portal>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<supplier-portal>` and no other element:
 *
 * ```tsx
 * import { SupplierPortal } from 'supplier-flow/react/supplier-portal';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { SupplierPortal as SupplierPortalElement } from '../elements/supplier-portal/supplier-portal.js';
import type { RouteChangeEvent } from '../elements/supplier-portal/supplier-portal.events.js';

export const SupplierPortal = createComponent({
  react: React,
  tagName: 'supplier-portal',
  elementClass: SupplierPortalElement,
  events: {
    onRouteChange: 'route-change' as EventName<RouteChangeEvent>,
  },
});
