/** Fault injection around any adapter: latency, offline, random server errors and time-outs, and writes whose answer is lost. */
import { SupplierApiError } from './errors.js';
import { SUPPLIER_API_METHODS } from './methods.js';
import type { SupplierApi, SupplierApiMethod } from './port.js';
import { sleep, throwIfAborted } from './abort.js';

/** What goes wrong, and how often. */
export interface FaultOptions {
  /** Extra latency of every call, in ms (abortable). */
  readonly latencyMs?: number;
  /** Share (0..1) of calls that fail with a 'server' error before reaching the adapter. */
  readonly failureRate?: number;
  /** Share (0..1) of calls that fail with a 'timeout' error before reaching the adapter. */
  readonly timeoutRate?: number;
  /** Every call fails with a 'network' error. */
  readonly offline?: boolean;
  /** Source of randomness (default Math.random); pass a seeded one for repeatable runs. */
  readonly random?: () => number;
  /** The next N writes reach the adapter and succeed there, then fail with a 'network' error ("the connection dropped"). */
  readonly dropAfterWrite?: number;
}

/** An adapter with faults, whose options can change while it runs (the demo toolbar does so). */
export type FaultyApi = SupplierApi & {
  setOptions(partial: FaultOptions): void;
  readonly options: Readonly<FaultOptions>;
};

/** Methods that change state; their second-to-last argument is WriteOptions with an idempotency key. */
export const WRITE_METHODS: ReadonlySet<SupplierApiMethod> = new Set<SupplierApiMethod>([
  'confirmOrder',
  'uploadQualityReport',
  'removeQualityReport',
  'saveBankDetails',
  'uploadPackagePhoto',
  'createShipment',
  'uploadInvoiceDocument',
  'createInvoice',
  'addOrderComment',
  'uploadQualityDocument',
  'acknowledgeOrderLines',
]);

const signalOf = (args: readonly unknown[]): AbortSignal | undefined => {
  const last = args[args.length - 1] as { signal?: unknown } | undefined;
  return last && typeof last === 'object' && last.signal instanceof AbortSignal ? last.signal : undefined;
};

/** Wraps an adapter so that its calls are slow, fail, time out or lose their answer, as configured. */
export function withFaults(adapter: SupplierApi, options: FaultOptions): FaultyApi {
  let current: FaultOptions = { ...options };
  const wrapped: Record<string, unknown> = {
    setOptions(partial: FaultOptions) {
      current = { ...current, ...partial };
    },
    get options() {
      return { ...current };
    },
  };
  for (const method of SUPPLIER_API_METHODS) {
    wrapped[method] = async (...args: unknown[]) => {
      const signal = signalOf(args);
      throwIfAborted(signal);
      if (current.latencyMs) await sleep(current.latencyMs, signal);
      if (current.offline) throw new SupplierApiError('network', 'You are offline (simulated).');
      const random = current.random ?? Math.random;
      if (random() < (current.timeoutRate ?? 0))
        throw new SupplierApiError('timeout', 'The request timed out (simulated).');
      if (random() < (current.failureRate ?? 0)) throw new SupplierApiError('server', 'The server failed (simulated).');
      const implementation = (adapter as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method];
      const answer = await (implementation as (...a: unknown[]) => Promise<unknown>).apply(adapter, args);
      if (WRITE_METHODS.has(method) && (current.dropAfterWrite ?? 0) > 0) {
        current = { ...current, dropAfterWrite: (current.dropAfterWrite ?? 0) - 1 };
        throw new SupplierApiError('network', 'The connection dropped after the request was sent (simulated).');
      }
      return answer;
    };
  }
  return wrapped as unknown as FaultyApi;
}
