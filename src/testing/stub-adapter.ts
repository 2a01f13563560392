import { SupplierApiError } from '../api/errors.js';
import { SUPPLIER_API_METHODS } from '../api/methods.js';
import type { SupplierApi, SupplierApiMethod } from '../api/port.js';

const METHODS = new Set<string>(SUPPLIER_API_METHODS);

/**
 * An adapter for tests and stories where each method is given explicitly; a
 * method not given rejects with a `server` error naming it. `calls` records every call.
 */
export function createStubAdapter(
  methods: Partial<SupplierApi>,
): SupplierApi & { readonly calls: { method: SupplierApiMethod; args: unknown[] }[] } {
  const calls: { method: SupplierApiMethod; args: unknown[] }[] = [];
  return new Proxy({ calls } as SupplierApi & { calls: typeof calls }, {
    get(target, property) {
      if (property === 'calls') return calls;
      if (typeof property !== 'string' || !METHODS.has(property))
        return (target as unknown as Record<PropertyKey, unknown>)[property];
      const method = property as SupplierApiMethod;
      const implementation = methods[method] as ((...args: unknown[]) => unknown) | undefined;
      return (...args: unknown[]) => {
        calls.push({ method, args });
        if (!implementation) return Promise.reject(new SupplierApiError('server', `stub: ${method} is not stubbed`));
        return implementation(...args);
      };
    },
    has: (target, property) => (typeof property === 'string' && METHODS.has(property)) || property in target,
  });
}

/** A promise that never settles but rejects with AbortError when the signal aborts: a "loading forever" stub answer. */
export function pending<T>(signal?: AbortSignal): Promise<T> {
  return new Promise<T>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
  });
}
