/**
 * Entry of `dist/supplier-flow/rest-adapter.js`, the REST adapter for pages that
 * use the script-tag build. It shares its code with `dist/supplier-flow.js`.
 */
export { createRestAdapter } from './api/rest/index.js';
export type { RestAdapterOptions } from './api/rest/index.js';
