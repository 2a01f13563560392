/**
 * React wrapper of `<shipment-list>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<shipment-list>` and no other element:
 *
 * ```tsx
 * import { ShipmentList } from 'supplier-flow/react/shipment-list';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ShipmentList as ShipmentListElement } from '../elements/shipment-list/shipment-list.js';
import type { PrintDocumentsEvent } from '../elements/shipment-list/shipment-list.events.js';

export const ShipmentList = createComponent({
  react: React,
  tagName: 'shipment-list',
  elementClass: ShipmentListElement,
  events: {
    onPrintDocuments: 'print-documents' as EventName<PrintDocumentsEvent>,
  },
});
