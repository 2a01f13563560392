/**
 * Idempotent writes in the database: the key, the request's fingerprint and the first answer are stored in
 * the write's own transaction. Writes with one key are serialised by a transaction-scoped advisory lock on
 * it, so of many requests with one key — on any number of servers sharing the database — the first does
 * the write, and every other one, once it holds the lock, finds the stored answer and gives it again.
 */
import { createHash } from 'node:crypto';
import { SupplierApiError } from '../../src/api/errors.js';
import { fingerprint } from '../../src/api/memory/backend/payload-fingerprint.js';
import type { Database, Queryable } from '../db/database.js';

/** A request's fingerprint: SHA-256 of its canonical JSON (so bank details are not stored in it). */
export const requestFingerprint = (payload: unknown): string =>
  createHash('sha256')
    .update(fingerprint(payload) ?? 'undefined')
    .digest('hex');

/**
 * Runs `write` once per (tenant, key): the first time in a transaction that also stores its answer; later
 * with the same fingerprint, answers the stored answer; with another, a conflict. A write that throws
 * stores nothing (the key stays free for a corrected request).
 */
export async function once<T>(
  db: Database,
  tenant: string,
  key: string,
  print: string,
  write: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${tenant}\n${key}`]);
    const [prior] = await tx.query<{ fingerprint: string; answer: T }>(
      'SELECT fingerprint, answer FROM idempotency_keys WHERE tenant_id = $1 AND key = $2',
      [tenant, key],
    );
    if (prior) {
      if (prior.fingerprint !== print)
        throw new SupplierApiError('conflict', 'This idempotency key was used for a different request.');
      return prior.answer;
    }
    const answer = await write(tx);
    await tx.query(
      'INSERT INTO idempotency_keys (tenant_id, key, fingerprint, answer) VALUES ($1, $2, $3, $4::text::jsonb)',
      [tenant, key, print, answer === undefined ? null : JSON.stringify(answer)],
    );
    return answer;
  });
}
