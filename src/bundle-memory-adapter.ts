/**
 * Entry of `dist/supplier-flow/memory-adapter.js`, the memory adapter for pages
 * that use the script-tag build: seeded demo data in the browser, no backend.
 * It shares its code with `dist/supplier-flow.js` (one copy of zod and the rules).
 */
export { createMemoryAdapter, DEMO_DATABASE_NAME } from './api/memory/index.js';
export type { MemoryAdapter, MemoryAdapterOptions } from './api/memory/index.js';
