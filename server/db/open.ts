/** Opens the database a server runs on (PostgreSQL when given a URL, else PGlite) and brings its schema up to date. */
import { resolve } from 'node:path';
import type { Database } from './database.js';
import { migrate, readMigrations } from './migrate.js';
import { openPGlite } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface OpenOptions {
  /** postgres://… : PostgreSQL through `pg`. */
  readonly url?: string | undefined;
  /** Without a URL: PGlite's data folder (default: in memory). */
  readonly dataDir?: string | undefined;
  /** Folder of the NNN_name.sql migrations (default server/migrations of the working directory). */
  readonly migrationsDirectory?: string | undefined;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const db = options.url ? await openPostgres(options.url) : await openPGlite(options.dataDir);
  try {
    await migrate(db, readMigrations(options.migrationsDirectory ?? resolve('server/migrations')));
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
