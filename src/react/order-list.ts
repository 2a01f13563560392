/**
 * React wrapper of `<order-list>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<order-list>` and no other element:
 *
 * ```tsx
 * import { OrderList } from 'supplier-flow/react/order-list';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { OrderList as OrderListElement } from '../elements/order-list/order-list.js';
import type { OrderSelectEvent, OrdersConfirmedEvent } from '../elements/order-list/order-list.events.js';

export const OrderList = createComponent({
  react: React,
  tagName: 'order-list',
  elementClass: OrderListElement,
  events: {
    onOrderSelect: 'order-select' as EventName<OrderSelectEvent>,
    onOrdersConfirmed: 'orders-confirmed' as EventName<OrdersConfirmedEvent>,
  },
});
