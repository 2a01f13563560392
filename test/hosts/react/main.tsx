/** A React 19 host: one wrapper entry per element it uses, My Orders and the chosen order's details. */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter } from 'supplier-flow/adapters/memory';
import { OrderDetails } from 'supplier-flow/react/order-details';
import { OrderList } from 'supplier-flow/react/order-list';
import { SupplierProvider } from 'supplier-flow/react/supplier-provider';

const adapter = createMemoryAdapter({ persist: false });

function App() {
  const [orderId, setOrderId] = useState('');
  return (
    <main className="supplier-area">
      <p>
        Selected order: <output id="selected">{orderId}</output>
      </p>
      <SupplierProvider adapter={adapter}>
        <OrderList onOrderSelect={(event) => setOrderId(event.detail.orderId)} />
        {orderId && <OrderDetails orderId={orderId} />}
      </SupplierProvider>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
