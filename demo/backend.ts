/**
 * The demo's backend: the in-browser memory adapter (default, persisted in IndexedDB), or with `?adapter=rest`
 * the REST adapter talking to the reference server that `npm start` runs behind `/api`.
 */
import { createMemoryAdapter } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import { createRestAdapter } from '../src/api/rest/index.js';

export interface DemoBackend {
  /** Which backend, for the demo bar's words ("the in-browser memory adapter", "the REST adapter … at <url>"). */
  readonly kind: 'memory' | 'rest';
  /** The REST adapter's base URL; empty for the memory adapter. */
  readonly url: string;
  readonly api: SupplierApi;
  reset(): Promise<void>;
  processPendingShipments(): Promise<void>;
  /** How many orders the backend holds (for the placeholder). */
  orderCount(): Promise<number>;
}

function memoryBackend(): DemoBackend {
  /** Demo orders in IndexedDB, so a reload keeps what the visitor did. */
  const memory = createMemoryAdapter({ persist: true });
  return {
    kind: 'memory',
    url: '',
    api: memory,
    reset: () => memory.reset(),
    processPendingShipments: () => memory.processPendingShipments(),
    orderCount: async () => {
      await memory.ready;
      return memory.orders().length;
    },
  };
}

function restBackend(baseUrl: string): DemoBackend {
  const control = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`, { method: 'POST' });
    if (!response.ok) throw new Error(`The reference server answered ${response.status} to ${path}.`);
  };
  const api = createRestAdapter({ baseUrl });
  return {
    kind: 'rest',
    url: baseUrl,
    api,
    reset: () => control('/__reset'),
    processPendingShipments: () => control('/__process-shipments'),
    orderCount: async () => (await api.listOrders({ limit: 1 })).counts.all,
  };
}

/** The backend the page's URL asks for: `?adapter=rest` (optionally `&api=<base URL>`), else memory. */
export function demoBackend(location: Location): DemoBackend {
  const params = new URLSearchParams(location.search);
  return params.get('adapter') === 'rest' ? restBackend(params.get('api') ?? '/api') : memoryBackend();
}
