/** What `npm run bench:rest` needs from the server and the library, in one bundle (tools/bench-rest.mjs loads it). */
export { createMemoryAdapter } from '../src/api/memory/index.js';
export { PART_NAMES } from '../src/api/memory/seed/reference-data.js';
export { openDatabase } from './db/open.js';
export { startReferenceServer } from './http/server.js';
export { createTenant, findTenant } from './store/tenants.js';
