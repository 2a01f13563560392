/**
 * React wrapper of `<supplier-provider>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<supplier-provider>` and no other element:
 *
 * ```tsx
 * import { SupplierProvider } from 'supplier-flow/react/supplier-provider';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SupplierProvider as SupplierProviderElement } from '../elements/supplier-provider/supplier-provider.js';

export const SupplierProvider = createComponent({
  react: React,
  tagName: 'supplier-provider',
  elementClass: SupplierProviderElement,
});
