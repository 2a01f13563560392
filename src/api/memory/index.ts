/** The memory adapter: seeded demo data in the browser, persisted in IndexedDB on request. */
export { createMemoryAdapter, DEMO_DATABASE_NAME } from './adapter.js';
export type { InvoiceStatusExtra, MemoryAdapter, MemoryAdapterOptions } from './adapter.js';
export { generateOrders, orderIdOf, orderNumberOf, seedCompanyProfile } from './generator.js';
export type { GeneratorOptions } from './generator.js';
export { CARRIERS, PACKAGING_RULES } from './catalog.js';
export { pdfBytes } from './documents.js';
export type { DocumentServer } from './documents.js';
