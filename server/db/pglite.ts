/** The embedded engine: PGlite with pg_trgm, data in a folder (kept across restarts) or in memory. */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Queryable } from './database.js';
import { TYPE_OIDS } from './database.js';

const parsers = {
  [TYPE_OIDS.int8]: (value: string) => Number(value),
  [TYPE_OIDS.numeric]: (value: string) => Number(value),
  [TYPE_OIDS.date]: (value: string) => value,
};

/** A PGlite database, and how to save its data folder as a tarball (to start the next in-memory one from it). */
export interface PGliteDatabase extends Database {
  dump(): Promise<Blob>;
}

/** Opens PGlite: in `dataDir` (created when missing), or in memory — empty, or from a dumped data folder. */
export async function openPGlite(dataDir?: string, from?: Blob): Promise<PGliteDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(dataDir && { dataDir }),
    ...(from && { loadDataDir: from }),
    extensions: { pg_trgm },
    parsers,
  });
  const [{ version }] = (await db.query<{ version: string }>("SELECT current_setting('server_version') AS version"))
    .rows as [{ version: string }];
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<Row>(sql, params as unknown[])).rows,
    execute: async (script) => void (await target.exec(script)),
  });
  const plain = wrap(db);
  return {
    description: `PGlite (PostgreSQL ${version})${dataDir ? ` in ${dataDir}` : ' in memory'}`,
    query: plain.query,
    execute: plain.execute,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
    dump: () => db.dumpDataDir('none'),
  };
}
