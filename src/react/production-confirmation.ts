/**
 * React wrapper of `<production-confirmation>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<production-confirmation>` and no other element:
 *
 * ```tsx
 * import { ProductionConfirmation } from 'supplier-flow/react/production-confirmation';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ProductionConfirmation as ProductionConfirmationElement } from '../elements/production-confirmation/production-confirmation.js';
import type {
  OrderConfirmedEvent,
  OrderLinesAcknowledgedEvent,
  OrderLinesAnsweredEvent,
} from '../elements/production-confirmation/production-confirmation.events.js';

export const ProductionConfirmation = createComponent({
  react: React,
  tagName: 'production-confirmation',
  elementClass: ProductionConfirmationElement,
  events: {
    onOrderConfirmed: 'order-confirmed' as EventName<OrderConfirmedEvent>,
    onOrderLinesAcknowledged: 'order-lines-acknowledged' as EventName<OrderLinesAcknowledgedEvent>,
    onOrderLinesAnswered: 'order-lines-answered' as EventName<OrderLinesAnsweredEvent>,
  },
});
