/** Opens the database a server runs on (PostgreSQL when given a URL, else PGlite) and brings its schema up to date. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Database } from './database.js';
import { migrate, readMigrations } from './migrate.js';
import type { Migration } from './migrate.js';
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

/** Where in-memory PGlite databases start from: a migrated, empty data folder, one per set of migrations. */
const TEMPLATES = resolve('node_modules/.cache/supplier-flow');

/**
 * A fresh in-memory PGlite with the migrations applied. Creating a PostgreSQL data folder (initdb) and
 * migrating it is most of PGlite's start; the result is kept as a tarball and later databases start from it.
 */
async function migratedInMemory(migrations: readonly Migration[]): Promise<Database> {
  const key = createHash('sha256')
    .update(migrations.map((migration) => migration.checksum).join())
    .digest('hex')
    .slice(0, 16);
  const template = join(TEMPLATES, `pglite-template-${key}.tar`);
  if (existsSync(template)) {
    const db = await openPGlite(undefined, new Blob([readFileSync(template)]));
    await migrate(db, migrations);
    return db;
  }
  const db = await openPGlite();
  await migrate(db, migrations);
  try {
    mkdirSync(TEMPLATES, { recursive: true });
    const partial = `${template}.${process.pid}`;
    writeFileSync(partial, new Uint8Array(await (await db.dump()).arrayBuffer()));
    renameSync(partial, template);
  } catch {
    /* no cache: the next start makes its data folder again */
  }
  return db;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const migrations = readMigrations(options.migrationsDirectory ?? resolve('server/migrations'));
  if (!options.url && !options.dataDir) return migratedInMemory(migrations);
  const db = options.url ? await openPostgres(options.url) : await openPGlite(options.dataDir);
  try {
    await migrate(db, migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
