import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/api/memory/index.js';
import { withFaults, type FaultOptions } from '../../src/api/faults.js';
import type { SupplierApi } from '../../src/api/port.js';

/** The toolbar's latency and fault choices (see .storybook/preview.ts). */
export function faultsFromGlobals(globals: Record<string, unknown>): FaultOptions {
  const latencyMs = Number(globals['latency'] ?? 0);
  const faults = String(globals['faults'] ?? 'none');
  return { latencyMs, failureRate: faults === 'flaky' ? 0.3 : 0, offline: faults === 'offline' };
}

/** A fresh memory adapter (nothing persisted) behind the toolbar's latency and faults. */
export function demoAdapter(globals: Record<string, unknown>, options: MemoryAdapterOptions = {}): SupplierApi {
  return withFaults(createMemoryAdapter({ persist: false, ...options }), faultsFromGlobals(globals));
}
