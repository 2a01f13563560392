/**
 * The reference backend's schema migrations (server/migrations/NNN_name.sql): applied in order, each recorded in
 * schema_migrations with its checksum; a second run applies nothing; a migration changed after it was applied
 * stops the start; and the schema they make is the one the backend needs.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadTypeScript } from '../../tools/load-ts.mjs';
import { MIGRATIONS_DIRECTORY } from '../../server/load.mjs';

describe('the reference backend’s migrations', () => {
  let layer;
  let db;
  let folder;

  before(async () => {
    layer = await loadTypeScript('server/db/index.ts', { external: ['@electric-sql/pglite', 'pg'] });
    db = await layer.openPGlite();
    folder = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(MIGRATIONS_DIRECTORY, folder, { recursive: true });
  });

  after(async () => {
    await db?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies every file in version order and records each; a second run applies nothing', async () => {
    const files = readdirSync(MIGRATIONS_DIRECTORY)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    const migrations = layer.readMigrations(folder);
    assert.deepEqual(
      migrations.map((migration) => `${String(migration.version).padStart(3, '0')}_${migration.name}.sql`),
      files,
    );
    assert.deepEqual(
      await layer.migrate(db, migrations),
      migrations.map((migration) => migration.version),
    );
    const recorded = await db.query('SELECT version, name, checksum FROM schema_migrations ORDER BY version');
    assert.deepEqual(
      recorded,
      migrations.map(({ version, name, checksum }) => ({ version, name, checksum })),
    );
    assert.deepEqual(await layer.migrate(db, layer.readMigrations(folder)), []);
  });

  it('makes the tables, indexes and functions the backend queries', async () => {
    const tables = (
      await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    ).map((row) => row.tablename);
    for (const table of [
      'activity',
      'company_profiles',
      'documents',
      'idempotency_keys',
      'invoices',
      'order_counts',
      'orders',
      'platform_jobs',
      'positions',
      'quality_reports',
      'shipments',
      'tenants',
    ]) {
      assert.ok(tables.includes(table), `no table ${table}`);
    }
    const indexes = (await db.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'orders'`)).map(
      (row) => row.indexname,
    );
    for (const index of ['orders_by_lead_time', 'orders_by_created', 'orders_by_value', 'orders_search_trigrams'])
      assert.ok(indexes.includes(index), `no index ${index}`);
    assert.deepEqual(await db.query(`SELECT iso_instant('2026-11-25 10:00:00.5+01') AS instant`), [
      { instant: '2026-11-25T09:00:00.500Z' },
    ]);
  });

  it('adds a new migration file, and refuses to start when an applied one was changed', async () => {
    writeFileSync(join(folder, '999_later.sql'), 'CREATE TABLE later_table (id integer PRIMARY KEY);');
    assert.deepEqual(await layer.migrate(db, layer.readMigrations(folder)), [999]);
    writeFileSync(join(folder, '999_later.sql'), 'CREATE TABLE later_table (id bigint PRIMARY KEY);');
    await assert.rejects(layer.migrate(db, layer.readMigrations(folder)), /999_later was changed after it was applied/);
  });
});
