import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import { ShippingWizard, SupplierProvider } from '../../src/react/index.js';
import type { ShippingCancelEvent } from '../../src/elements/shipping-wizard/shipping-wizard.events.js';

/** Finds a button by its visible text anywhere below `root`, through shadow roots. */
function findButton(root: Element | ShadowRoot, name: string): HTMLButtonElement | null {
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLButtonElement && element.textContent?.trim() === name) return element;
    if (element.shadowRoot) {
      const found = findButton(element.shadowRoot, name);
      if (found) return found;
    }
  }
  return null;
}

describe('React 19 interop', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('mounts an element from React with a provider and receives its typed event as a React prop', async () => {
    const api = createMemoryAdapter({ persist: false });
    await api.ready;
    const orderId = api.orders().find((order) => order.number === 'SF-10006')!.id;
    const received: string[] = [];
    const onCancel = (event: ShippingCancelEvent) => received.push(event.detail.orderId);
    act(() => {
      root.render(
        React.createElement(
          SupplierProvider,
          { adapter: api },
          React.createElement(ShippingWizard, { orderId, onShippingCancel: onCancel }),
        ),
      );
    });
    await waitUntil(() => findButton(container, 'Cancel'), 'the wizard renders its Cancel button', { timeout: 5000 });
    findButton(container, 'Cancel')!.click();
    expect(received).to.deep.equal([orderId]);
  });
});
