/** PostgreSQL through `pg`: a connection pool; transactions on one pooled client. */
import pg from 'pg';
import type { Database, Queryable } from './database.js';
import { TYPE_OIDS } from './database.js';

const OWN_PARSERS: Readonly<Record<number, (value: string) => unknown>> = {
  [TYPE_OIDS.int8]: (value) => Number(value),
  [TYPE_OIDS.numeric]: (value) => Number(value),
  [TYPE_OIDS.date]: (value) => value,
};

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    OWN_PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Opens a pool on `url` (postgres://user:password@host:port/database). */
export async function openPostgres(url: string, maxConnections = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, types });
  pool.on('error', (error) => console.error('PostgreSQL pool:', error.message));
  const [{ version }] = (await pool.query<{ version: string }>("SELECT current_setting('server_version') AS version"))
    .rows as [{ version: string }];
  const query = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[] = []) =>
    (await client.query(sql, params as unknown[])).rows as Row[];
  return {
    description: `PostgreSQL ${version}`,
    query: (sql, params) => query(pool, sql, params),
    execute: async (script) => void (await pool.query(script)),
    async transaction(work) {
      const client = await pool.connect();
      const tx: Queryable = {
        query: (sql, params) => query(client, sql, params),
        execute: async (script) => void (await client.query(script)),
      };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
