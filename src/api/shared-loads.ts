/**
 * One load of an order for every element showing it. Opening an order renders `<order-details>`, the open
 * stage's element and `<order-activity>`, and each asks for the same order: on a REST backend that was four
 * `GET /orders/{id}` for one click. Elements on the same adapter now share:
 *
 * - a load in flight: a second caller joins it (it is cancelled only when every caller has cancelled);
 * - a recent answer (`RECENT_MS`) of an element around it: an element's *first* load of an order takes the
 *   answer an enclosing element (through shadow roots) loaded, so `<order-details>` and the stage and activity
 *   elements it renders share one load. An element's later loads of the same order (a poll, "Try again", a
 *   reload after a conflict) always ask the adapter, and so does an element elsewhere on the page.
 *
 * Every write (any method that is not `get…`/`list…`) forgets the shared answers when it is sent and when it
 * settles, so nothing read after a write predates it. A new adapter object starts afresh.
 */
import { SUPPLIER_API_METHODS } from './methods.js';
import type { CallOptions, SupplierApi } from './port.js';
import type { Order } from '../domain/types.js';

/** How long a settled answer is shared with elements loading the order for the first time. */
export const RECENT_MS = 3_000;

interface Load {
  readonly promise: Promise<Order>;
  readonly controller: AbortController;
  /** The elements that asked for this load. */
  readonly owners: Set<Element>;
  callers: number;
  settledAt: number | null;
}

/** True when `node` is `ancestor` or inside it, through shadow roots. */
function within(ancestor: Element, node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The loads of one adapter, shared by every element using it. */
class OrderLoads {
  private readonly loads = new Map<string, Load>();

  constructor(private readonly adapter: SupplierApi) {}

  /** The order, from a load in flight, a recent answer of an element around `host` (unless `fresh`), or a new load. */
  get(orderId: string, fresh: boolean, signal: AbortSignal | undefined, host: Element | undefined): Promise<Order> {
    let load = this.loads.get(orderId);
    if (load && load.settledAt !== null && !(!fresh && host && performance.now() - load.settledAt <= RECENT_MS && [...load.owners].some((owner) => within(owner, host)))) {
      this.loads.delete(orderId);
      load = undefined;
    }
    load ??= this.start(orderId);
    if (host) load.owners.add(host);
    return this.join(orderId, load, signal);
  }

  forget(): void {
    this.loads.clear();
  }

  private start(orderId: string): Load {
    const controller = new AbortController();
    const promise = this.adapter.getOrder(orderId, { signal: controller.signal });
    const load: Load = { promise, controller, owners: new Set(), callers: 0, settledAt: null };
    this.loads.set(orderId, load);
    promise.then(
      () => (load.settledAt = performance.now()),
      () => {
        if (this.loads.get(orderId) === load) this.loads.delete(orderId);
      },
    );
    return load;
  }

  /** `load`'s answer for one caller: its own cancel rejects its promise, and the load's once no caller is left. */
  private join(orderId: string, load: Load, signal: AbortSignal | undefined): Promise<Order> {
    if (signal?.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    load.callers += 1;
    return new Promise<Order>((resolve, reject) => {
      const leave = () => {
        signal?.removeEventListener('abort', onAbort);
        load.callers -= 1;
      };
      const onAbort = () => {
        leave();
        reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
        if (load.callers === 0 && load.settledAt === null) {
          load.controller.abort();
          if (this.loads.get(orderId) === load) this.loads.delete(orderId);
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      load.promise.then(
        (order) => {
          leave();
          resolve(order);
        },
        (error: unknown) => {
          leave();
          reject(error);
        },
      );
    });
  }
}

const loadsByAdapter = new WeakMap<SupplierApi, OrderLoads>();
const isRead = (method: string) => method.startsWith('get') || method.startsWith('list');

/**
 * `adapter` for one element (`host`): its `getOrder` shares loads with the other elements on the same adapter
 * (the element's first load of an order may take a recent answer of an element around it, later ones ask
 * afresh); its writes forget the shared answers. Methods the adapter lacks stay missing, so the schema
 * boundary still names them.
 */
export function withSharedOrderLoads(adapter: SupplierApi, host?: Element): SupplierApi {
  let loads = loadsByAdapter.get(adapter);
  if (!loads) loadsByAdapter.set(adapter, (loads = new OrderLoads(adapter)));
  const shared = loads;
  /** Orders this element has loaded before: it asks the adapter again for them. */
  const loaded = new Set<string>();
  const wrapped: Record<string, unknown> = {};
  for (const method of SUPPLIER_API_METHODS) {
    const implementation = (adapter as unknown as Record<string, unknown>)[method];
    if (typeof implementation !== 'function') continue;
    const call = (...args: unknown[]) => (implementation as (...a: unknown[]) => Promise<unknown>).apply(adapter, args);
    wrapped[method] = isRead(method)
      ? call
      : async (...args: unknown[]) => {
          shared.forget();
          try {
            return await call(...args);
          } finally {
            shared.forget();
          }
        };
  }
  if (typeof wrapped['getOrder'] === 'function') {
    wrapped['getOrder'] = (orderId: string, options?: CallOptions) => {
      const fresh = loaded.has(orderId);
      loaded.add(orderId);
      return shared.get(orderId, fresh, options?.signal, host);
    };
  }
  return wrapped as unknown as SupplierApi;
}
