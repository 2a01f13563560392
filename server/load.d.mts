/** Types of load.mjs, for the TypeScript configs that import it. */
import type { openDatabase, startReferenceServer } from './http/server.js';

/** The folder of the SQL migrations. */
export declare const MIGRATIONS_DIRECTORY: string;

export declare function loadReferenceServer(): Promise<{
  startReferenceServer: typeof startReferenceServer;
  openDatabase: typeof openDatabase;
}>;
