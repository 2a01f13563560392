/** Loads the reference server (TypeScript, importing the library's sources) into Node. */
import { fileURLToPath } from 'node:url';
import { loadTypeScript } from '../tools/load-ts.mjs';

/** The SQL migrations, applied in order when the server starts. */
export const MIGRATIONS_DIRECTORY = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * The module `http/server.ts` exports: `startReferenceServer(options)` (with the migrations of this folder unless
 * told otherwise). busboy, PGlite (WASM files beside its module) and pg (CommonJS) stay external.
 */
export async function loadReferenceServer() {
  const module = await loadTypeScript('server/http/server.ts', { external: ['busboy', '@electric-sql/pglite', 'pg'] });
  return {
    ...module,
    startReferenceServer: (options = {}) =>
      module.startReferenceServer({ migrationsDirectory: MIGRATIONS_DIRECTORY, ...options }),
  };
}
