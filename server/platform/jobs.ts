/**
 * The demo platform's delayed work as rows of `platform_jobs` (written in the transaction of the write that
 * causes it), so it survives a restart and runs once however many servers share the database: a server
 * claims a due job with FOR UPDATE SKIP LOCKED and does it in the same transaction that deletes it. Each
 * server wakes at the due times of the jobs it scheduled, and sweeps now and then for the others'.
 */
import type { Database, Queryable } from '../db/database.js';
import { processShipments, replyToComment, respondToLines, reviewVersion } from './effects.js';

export type JobKind = 'process-shipment' | 'review-quality-document' | 'respond-to-lines' | 'reply-to-comment';

interface JobRow {
  readonly tenant_id: string;
  readonly kind: JobKind;
  readonly ref: string;
  readonly order_id: string;
}

/** Records a job (a later one for the same thing replaces it); the caller wakes the runner after its commit. */
export async function scheduleJob(
  q: Queryable,
  tenant: string,
  kind: JobKind,
  ref: string,
  orderId: string,
  dueAt: number,
): Promise<void> {
  await q.query(
    `INSERT INTO platform_jobs (tenant_id, kind, ref, order_id, due_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, kind, ref) DO UPDATE SET due_at = excluded.due_at, order_id = excluded.order_id`,
    [tenant, kind, ref, orderId, new Date(dueAt).toISOString()],
  );
}

/** How often a server looks for jobs other servers (or an earlier run) scheduled. */
const SWEEP_MS = 5_000;

export class JobRunner {
  readonly #db: Database;
  readonly #now: () => Date;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #sweep: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(db: Database, now: () => Date) {
    this.#db = db;
    this.#now = now;
  }

  /** Runs what is due now and then every few seconds. */
  start(): void {
    this.#sweep = setInterval(() => this.runDue(), SWEEP_MS);
    this.#sweep.unref?.();
    this.runDue();
  }

  /** Runs the due jobs at `dueAt` (ms), e.g. right after a write scheduled one. */
  wakeAt(dueAt: number): void {
    if (this.#closed) return;
    const timer = setTimeout(
      () => {
        this.#timers.delete(timer);
        this.runDue();
      },
      Math.max(0, dueAt - Date.now()),
    );
    this.#timers.add(timer);
  }

  /** Runs every due job, one transaction each (one run at a time in this server). */
  runDue(): void {
    this.#running = this.#running
      .then(() => this.#drain())
      .catch((error: unknown) => {
        if (!this.#closed) console.error('platform jobs:', error);
      });
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#sweep);
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await this.#running;
  }

  async #drain(): Promise<void> {
    while (!this.#closed) {
      const done = await this.#db.transaction(async (tx) => {
        const [job] = await tx.query<JobRow>(
          `SELECT tenant_id, kind, ref, order_id FROM platform_jobs WHERE due_at <= $1 ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [new Date().toISOString()],
        );
        if (!job) return false;
        await tx.query('DELETE FROM platform_jobs WHERE tenant_id = $1 AND kind = $2 AND ref = $3', [
          job.tenant_id,
          job.kind,
          job.ref,
        ]);
        await perform(tx, job, this.#now());
        return true;
      });
      if (!done) return;
    }
  }
}

async function perform(tx: Queryable, job: JobRow, now: Date): Promise<void> {
  switch (job.kind) {
    case 'process-shipment':
      return processShipments(tx, job.tenant_id, now, { orderId: job.order_id, shipmentId: job.ref });
    case 'review-quality-document':
      return reviewVersion(tx, job.tenant_id, now, job.order_id, job.ref);
    case 'respond-to-lines':
      return respondToLines(tx, job.tenant_id, now, job.order_id);
    case 'reply-to-comment':
      return replyToComment(tx, job.tenant_id, now, job.order_id, job.ref);
  }
}
