/**
 * Versioned migrations: the plain SQL files `NNN_name.sql` of a folder, applied in order, each in its own
 * transaction and recorded in `schema_migrations`. An advisory lock makes servers that start at once on one
 * database apply each migration exactly once; a recorded migration whose file changed stops the start.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/** Any number held by every server that migrates this schema: `pg_advisory_xact_lock` serialises them. */
const MIGRATION_LOCK = 4_711_019;

/** The migrations of a folder, by version; file names are `NNN_words.sql`. */
export function readMigrations(directory: string): Migration[] {
  const migrations = readdirSync(directory)
    .filter((name) => name.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d+)_([\w-]+)\.sql$/.exec(file);
      if (!match) throw new Error(`Migration file names are NNN_name.sql: ${file}`);
      const sql = readFileSync(join(directory, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2]!,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (index > 0 && migrations[index - 1]!.version === migration.version)
      throw new Error(`Two migrations have version ${migration.version}.`);
  });
  return migrations;
}

/** Applies the migrations not yet recorded; answers the versions it applied. */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<number[]> {
  const applied: number[] = [];
  await db
    .query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`,
    )
    .catch(async (error: unknown) => {
      // Two servers creating the table at once: one wins, the other finds it.
      if (!(await db.query(`SELECT to_regclass('schema_migrations') AS name`))[0]?.name) throw error;
    });
  for (const migration of migrations) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const [recorded] = await tx.query<{ checksum: string }>(
        'SELECT checksum FROM schema_migrations WHERE version = $1',
        [migration.version],
      );
      if (recorded) {
        if (recorded.checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.version}_${migration.name} was changed after it was applied; add a new migration instead.`,
          );
        }
        return;
      }
      await tx.execute(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      applied.push(migration.version);
    });
  }
  return applied;
}
