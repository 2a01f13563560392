/**
 * Multi-row inserts that work the same on PGlite and on PostgreSQL: one statement per batch, every column
 * passed as one array parameter and spread by `unnest` (jsonb travels as text and is cast in SQL).
 */
import type { Queryable } from '../db/database.js';

export type ColumnType =
  'text' | 'integer' | 'bigint' | 'boolean' | 'date' | 'timestamptz' | 'double precision' | 'jsonb';

/** The columns of a table and their types, in the order of each row's values. */
export type Columns = Readonly<Record<string, ColumnType>>;

/** Rows per statement: large enough to amortise a round trip, small enough to keep parameters modest. */
const BATCH = 5_000;

/** Inserts `rows` (values in the order of `columns`); `suffix` is appended, e.g. `ON CONFLICT DO NOTHING`. */
export async function insertRows(
  q: Queryable,
  table: string,
  columns: Columns,
  rows: readonly (readonly unknown[])[],
  suffix = '',
): Promise<void> {
  const names = Object.keys(columns);
  const types = Object.values(columns);
  const arrays = types.map((type, index) => `$${index + 1}::${type === 'jsonb' ? 'text' : type}[]`);
  const selected = names.map((name, index) => (types[index] === 'jsonb' ? `${name}::jsonb` : name));
  const sql = `INSERT INTO ${table} (${names.join(', ')}) SELECT ${selected.join(', ')} FROM unnest(${arrays.join(', ')}) AS t(${names.join(', ')}) ${suffix}`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params = types.map((type, column) =>
      batch.map((row) => {
        const value = row[column];
        return type === 'jsonb' && value !== null && value !== undefined ? JSON.stringify(value) : (value ?? null);
      }),
    );
    await q.query(sql, params);
  }
}
