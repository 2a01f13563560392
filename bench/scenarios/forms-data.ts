/** The adapter of the order-details, shipping-wizard and invoice-form scenarios: the default demo seed (48 orders). */
import { createMemoryAdapter, type MemoryAdapter } from '../../src/api/memory/index.js';
import { configure } from '../../src/configure.js';

let adapter: MemoryAdapter | undefined;

/** A fresh memory adapter with the seeded scenarios (src/api/memory/seed/scenarios.ts), given to every element; drafts cleared. */
export async function prepareForms(): Promise<void> {
  adapter?.close();
  adapter = createMemoryAdapter({ persist: false, seed: 1 });
  await adapter.ready;
  configure({ adapter });
  localStorage.clear();
}
