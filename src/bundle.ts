/**
 * Entry of the single self-contained file `dist/supplier-flow.js` (lit, zod and the
 * memory adapter bundled in), for a plain `<script type="module">` without a bundler:
 * loading it registers every tag; its exports are the package's main entry
 * (element classes, `configure`, errors, domain types and rules) plus both adapters.
 */
import './define.js';

export * from './index.js';
export { createMemoryAdapter } from './api/memory/index.js';
export type { MemoryAdapter, MemoryAdapterOptions } from './api/memory/index.js';
export { createRestAdapter } from './api/rest/index.js';
export type { RestAdapterOptions } from './api/rest/index.js';
