/** The database layer on its own (for tests and tools): open, migrate, read migrations. */
export { openDatabase } from './open.js';
export { migrate, readMigrations } from './migrate.js';
export { openPGlite } from './pglite.js';
