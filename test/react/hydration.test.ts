import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import { OrderDetails } from '../../src/elements/order-details/order-details.component.js';
import { OrderList } from '../../src/elements/order-list/order-list.component.js';
import { SupplierProvider } from '../../src/elements/supplier-provider/supplier-provider.component.js';
import { serverMarkup } from '../generated/react-server-markup.js';
import { deepText } from '../helpers/queries.js';
import { HYDRATION_ORDER_ID, HydrationApp } from './hydration-app.js';

type ConsoleMethod = 'error' | 'warn';

/** Records console.error and console.warn calls (React reports hydration mismatches there) while `run` goes on. */
async function consoleCalls(run: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const originals = { error: console.error, warn: console.warn };
  for (const method of ['error', 'warn'] as ConsoleMethod[]) {
    console[method] = (...args: unknown[]) => calls.push(`${method}: ${args.map(String).join(' ')}`);
  }
  try {
    await run();
  } finally {
    Object.assign(console, originals);
  }
  return calls;
}

describe('React server rendering, then hydration in the browser', () => {
  let container: HTMLElement;
  let root: Root | undefined;

  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    act(() => root?.unmount());
    container.remove();
  });

  it('upgrades the markup rendered in Node and hydrates it with no warning or error', async () => {
    // The markup as the browser receives it from the server, parsed as a page would be (the tags are defined already).
    const parsed = new DOMParser().parseFromString(`<body>${serverMarkup}</body>`, 'text/html');
    container.append(...parsed.body.childNodes);
    const serverNodes = [...container.querySelectorAll('*')];
    expect(serverNodes.map((node) => node.localName)).to.include.members([
      'order-list',
      'order-details',
      'supplier-portal',
      'invoice-form',
    ]);

    const api = createMemoryAdapter({ persist: false });
    await api.ready;
    expect(
      api.orders().some((order) => order.id === HYDRATION_ORDER_ID),
      'the order both sides render exists',
    ).to.equal(true);
    const recoverable: unknown[] = [];
    const orderDetails = container.querySelector('order-details')!;

    const calls = await consoleCalls(async () => {
      await act(async () => {
        root = hydrateRoot(container, React.createElement(HydrationApp, { adapter: api }), {
          onRecoverableError: (error) => recoverable.push(error),
        });
      });
      await waitUntil(
        () => deepText(orderDetails.shadowRoot ?? orderDetails).includes('SF-10006'),
        'order-details shows its order',
        { timeout: 5000 },
      );
    });

    expect(calls).to.deep.equal([]);
    expect(recoverable).to.deep.equal([]);
    // Hydration kept the server's nodes (a mismatch makes React render its own), upgraded, with React's properties set.
    expect([...container.querySelectorAll('*')]).to.have.ordered.members(serverNodes);
    expect(container.querySelector('supplier-provider')).to.be.instanceOf(SupplierProvider);
    expect((container.querySelector('supplier-provider') as SupplierProvider).adapter).to.equal(api);
    expect(container.querySelector('order-list')).to.be.instanceOf(OrderList);
    expect((container.querySelector('order-list') as OrderList).locale).to.equal('de');
    expect(orderDetails).to.be.instanceOf(OrderDetails);
    expect((orderDetails as OrderDetails).orderId).to.equal(HYDRATION_ORDER_ID);
  });
});
