/**
 * The React wrappers, one entry per element (`supplier-flow/react/<tag>`) and all of them (`supplier-flow/react`):
 * what a host writes type-checks, and each `@ts-expect-error` marks a mistake that must not.
 */
import { useState } from 'react';
import { createMemoryAdapter } from 'supplier-flow/adapters/memory';
import type { OrderSelectEvent } from 'supplier-flow/order-list';
import * as all from 'supplier-flow/react';
import { OrderDetails } from 'supplier-flow/react/order-details';
import { OrderList } from 'supplier-flow/react/order-list';
import { ProductionConfirmation } from 'supplier-flow/react/production-confirmation';
import { SupplierProvider } from 'supplier-flow/react/supplier-provider';

const adapter = createMemoryAdapter({ persist: false });

export function Orders() {
  const [orderId, setOrderId] = useState('');
  return (
    <SupplierProvider adapter={adapter}>
      <OrderList
        sort="value"
        direction="desc"
        needsAction
        className="orders"
        style={{ blockSize: '40rem' }}
        onOrderSelect={(event) => setOrderId(event.detail.orderId)}
        onOrdersConfirmed={(event) => console.log(event.detail.confirmed.length)}
      />
      {orderId && <OrderDetails orderId={orderId} onStageToggle={(event) => console.log(event.detail)} />}
      <ProductionConfirmation orderId={orderId} onOrderLinesAcknowledged={(event: Event) => console.log(event.type)} />
    </SupplierProvider>
  );
}

export const handler = (event: OrderSelectEvent): string => event.detail.orderId;
export const fromAll = <all.OrderList onOrderSelect={handler} />;
export const sameWrapper: typeof OrderList = all.OrderList;

// @ts-expect-error `sort` takes lead-time, created or value
export const wrongSort = <OrderList sort="alphabetical" />;
// @ts-expect-error a misspelled event prop
export const misspelled = <OrderList onOrderSelct={handler} />;
// @ts-expect-error the event's detail has no `order`
export const wrongDetail = <OrderList onOrderSelect={(event) => event.detail.order} />;
// @ts-expect-error the event is an OrderSelectEvent, not a MouseEvent
export const wrongEvent = <OrderList onOrderSelect={(event: MouseEvent) => event.clientX} />;
// @ts-expect-error `adapter` takes a SupplierApi
export const wrongAdapter = <SupplierProvider adapter="memory" />;
// @ts-expect-error <order-list> has no `orderId`
export const wrongProp = <OrderList orderId="ord-1" />;
