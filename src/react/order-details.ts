/**
 * React wrapper of `<order-details>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<order-details>` and no other element:
 *
 * ```tsx
 * import { OrderDetails } from 'supplier-flow/react/order-details';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { OrderDetails as OrderDetailsElement } from '../elements/order-details/order-details.js';
import type { OrderLoadedEvent, StageToggleEvent } from '../elements/order-details/order-details.events.js';

export const OrderDetails = createComponent({
  react: React,
  tagName: 'order-details',
  elementClass: OrderDetailsElement,
  events: {
    onOrderLoaded: 'order-loaded' as EventName<OrderLoadedEvent>,
    onStageToggle: 'stage-toggle' as EventName<StageToggleEvent>,
  },
});
