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
 *
 * A chunk of its own: `ApiController` loads it with an element's first call other than `listOrders`.
 */
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
  for (
    let current: Node | null = node;
    current;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)
  ) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The loads of one adapter, shared by every element using it. */
class OrderLoads {
  private readonly loads = new Map<string, Load>();

  constructor(private readonly adapter: SupplierApi) {}

  /** The order, from a load in flight, a recent answer of an element around `host` (unless `fresh`), or a new load. */
  get(orderId: string, fresh: boolean, signal: AbortSignal | undefined, host: Element): Promise<Order> {
    let load = this.loads.get(orderId);
    if (
      load &&
      load.settledAt !== null &&
      (fresh ||
        performance.now() - load.settledAt > RECENT_MS ||
        ![...load.owners].some((owner) => within(owner, host)))
    ) {
      this.loads.delete(orderId);
      load = undefined;
    }
    load ??= this.start(orderId);
    load.owners.add(host);
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

/** What one element's calls share: its host, and the orders it has loaded before (it asks the adapter again for those). */
export interface Caller {
  readonly host: Element;
  readonly loaded: Set<string>;
}

/**
 * One call of `method` (`implementation`, the adapter's own) for `caller`: `getOrder` through the shared loads,
 * a write forgetting them before and after, any other read straight to the adapter.
 */
export async function sharedCall(
  adapter: SupplierApi,
  caller: Caller,
  method: string,
  implementation: (...args: unknown[]) => unknown,
  args: unknown[],
): Promise<unknown> {
  let loads = loadsByAdapter.get(adapter);
  if (!loads) loadsByAdapter.set(adapter, (loads = new OrderLoads(adapter)));
  if (method === 'getOrder') {
    const [orderId, options] = args as [string, CallOptions | undefined];
    const fresh = caller.loaded.has(orderId);
    caller.loaded.add(orderId);
    return loads.get(orderId, fresh, options?.signal, caller.host);
  }
  if (method.startsWith('get') || method.startsWith('list')) return implementation.apply(adapter, args);
  loads.forget();
  try {
    return await implementation.apply(adapter, args);
  } finally {
    loads.forget();
  }
}
