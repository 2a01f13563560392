/**
 * The plain tags in React 19's JSX (`supplier-flow/jsx`): what a host writes type-checks, and each
 * `@ts-expect-error` marks a mistake that must not.
 */
import type {} from 'supplier-flow/jsx';
import { useRef, useState } from 'react';
import { createMemoryAdapter } from 'supplier-flow/adapters/memory';
import type { OrderList, OrderSelectEvent } from 'supplier-flow/order-list';

const adapter = createMemoryAdapter({ persist: false });

export function Orders() {
  const [orderId, setOrderId] = useState('');
  const list = useRef<OrderList>(null);
  return (
    <supplier-provider adapter={adapter}>
      <order-list
        ref={list}
        sort="value"
        needsAction={false}
        className="orders"
        class="orders"
        id="orders"
        style={{ blockSize: '40rem' }}
        hidden={false}
        title="My Orders"
        onClick={(event) => console.log(event.clientX)}
        onorder-select={(event) => setOrderId(event.detail.orderId)}
        onorders-confirmed={(event) => console.log(event.detail.failed)}
      />
      <order-details order-id={orderId} stage="shipping" onstage-toggle={(event) => console.log(event.detail)} />
      <production-confirmation orderId={orderId} onorder-lines-answered={(event) => console.log(event.type)} />
    </supplier-provider>
  );
}

export const handler = (event: OrderSelectEvent): string => event.detail.orderId;
export const typedHandler = <order-list onorder-select={handler} />;

// @ts-expect-error `sort` takes lead-time, created or value
export const wrongSort = <order-list sort="alphabetical" />;
// @ts-expect-error a misspelled event: its listener's event has no type
export const misspelled = <order-list onorder-selct={(event) => event.detail.orderId} />;
// @ts-expect-error an event of another element
export const otherElements = <order-list onstage-toggle={(event) => event.detail} />;
// @ts-expect-error the event's detail has no `order`
export const wrongDetail = <order-list onorder-select={(event) => event.detail.order} />;
// @ts-expect-error the event is an OrderSelectEvent, not a MouseEvent
export const wrongEvent = <order-list onorder-select={(event: MouseEvent) => event.clientX} />;
// @ts-expect-error `needsAction` is a boolean
export const wrongBoolean = <order-list needsAction="yes" />;
// @ts-expect-error `style` is an object in React
export const wrongStyle = <order-list style="color: red" />;
