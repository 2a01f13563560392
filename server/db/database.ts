/**
 * The one small database interface the backend uses: parameterised queries and transactions. Two engines
 * implement it: PGlite (PostgreSQL compiled to WASM, embedded, data in a folder or in memory; the default)
 * and PostgreSQL itself through `pg` (`DATABASE_URL=postgres://…`). The SQL and the migrations are the same.
 */

/** Runs SQL with `$1…$n` parameters; answers the rows. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (a migration). */
  execute(script: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Which engine this is, e.g. `PGlite 0.5 (PostgreSQL 17.5)` or `PostgreSQL 15.14`. */
  readonly description: string;
  /** Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The PostgreSQL error code of a failed query (e.g. `23505` unique violation), if it has one. */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;

/** Type OIDs whose text form both engines read the same way here: counts and sums as numbers, dates as `YYYY-MM-DD`. */
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082 } as const;
