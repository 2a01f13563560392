/** The memory adapter: seeded demo data in the browser, persisted in IndexedDB on request. */
export { createMemoryAdapter, DEMO_DATABASE_NAME } from './adapter.js';
export type { InvoiceStatusExtra, MemoryAdapter, MemoryAdapterOptions } from './adapter.js';
export { generateOrders, orderIdOf, orderNumberOf, seedCompanyProfile } from './seed/generator.js';
export type { GeneratorOptions } from './seed/generator.js';
export { CARRIERS, PACKAGING_RULES } from './seed/reference-data.js';
export { pdfBytes } from './backend/documents.js';
export type { DocumentServer } from './backend/documents.js';
