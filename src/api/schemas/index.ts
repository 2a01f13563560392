/**
 * The contract in zod/mini, one place to import it from: primitives (ids, dates, money), the entities, My Orders'
 * page, the answers per line, and which schema checks each adapter method's answer (`checked-api.ts`).
 */
export * from './primitives.js';
export * from './entities.js';
export * from './order-page.js';
export * from './line-acknowledgement.js';
export * from './responses.js';
