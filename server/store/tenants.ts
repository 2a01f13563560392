/** Tenants (one supplier each): created with the demo seed, reset to it, looked up by id. */
import { seedActivity } from '../../src/api/memory/backend/activity.js';
import { generateOrder, seedCompanyProfile } from '../../src/api/memory/seed/generator.js';
import type { Order } from '../../src/domain/types.js';
import type { Queryable } from '../db/database.js';
import { insertRows } from './insert-rows.js';
import { insertOrders } from './orders.js';

export interface TenantRow {
  readonly id: string;
  readonly tokenSha256: string | null;
}

/** How a tenant is seeded: the memory adapter's generator (src/api/memory/seed/generator.ts), `count` orders relative to `now`. */
export interface SeedOptions {
  readonly seed: number;
  readonly count: number;
  readonly now: Date;
}

/** Orders generated and inserted per batch (bulk seeds of a million orders stay within memory). */
const SEED_BATCH = 5_000;

export async function findTenant(q: Queryable, id: string): Promise<TenantRow | undefined> {
  const [row] = await q.query<TenantRow>('SELECT id, token_sha256 AS "tokenSha256" FROM tenants WHERE id = $1', [id]);
  return row;
}

/** Inserts the seed's orders, their comments and the company profile into an empty tenant; `onBatch` hears progress. */
async function seedOrders(
  q: Queryable,
  tenant: string,
  options: SeedOptions,
  onBatch?: (done: number) => void,
): Promise<void> {
  const profile = seedCompanyProfile();
  await q.query('INSERT INTO company_profiles (tenant_id, profile) VALUES ($1, $2::text::jsonb)', [
    tenant,
    JSON.stringify(profile),
  ]);
  const bulk = options.count > SEED_BATCH;
  if (bulk) await q.query("SELECT set_config('supplier_flow.bulk_load', 'on', true)");
  for (let start = 0; start < options.count; start += SEED_BATCH) {
    const orders: Order[] = [];
    for (let index = start; index < Math.min(options.count, start + SEED_BATCH); index++)
      orders.push(generateOrder(options.seed, index, options.now, profile));
    await insertOrders(q, tenant, orders, start);
    const activity = seedActivity(orders, profile.legalName).map((item) => [
      tenant,
      item.orderId,
      item.entry.id,
      item.entry,
    ]);
    await insertRows(
      q,
      'activity',
      { tenant_id: 'text', order_id: 'text', entry_id: 'text', entry: 'jsonb' },
      activity,
    );
    onBatch?.(start + orders.length);
  }
  if (bulk) {
    await q.query("SELECT set_config('supplier_flow.bulk_load', 'off', true)");
    await q.query('SELECT recount_orders($1)', [tenant]);
  }
}

/** Creates a tenant with its seed (in the caller's transaction). */
export async function createTenant(
  q: Queryable,
  id: string,
  tokenSha256: string | null,
  options: SeedOptions,
  onBatch?: (done: number) => void,
): Promise<void> {
  await q.query('INSERT INTO tenants (id, token_sha256, seed, order_count, seeded_at) VALUES ($1, $2, $3, $4, $5)', [
    id,
    tokenSha256,
    options.seed,
    options.count,
    options.now.toISOString(),
  ]);
  await seedOrders(q, id, options, onBatch);
}

/** Back to the seed: every order, document, key and job of the tenant goes, and the seed comes again (dated `now`). */
export async function resetTenant(q: Queryable, id: string, now: Date): Promise<void> {
  const [tenant] = await q.query<{ seed: number; order_count: number }>(
    'SELECT seed, order_count FROM tenants WHERE id = $1 FOR UPDATE',
    [id],
  );
  if (!tenant) return;
  for (const table of ['platform_jobs', 'idempotency_keys', 'orders', 'company_profiles', 'order_counts'])
    await q.query(`DELETE FROM ${table} WHERE tenant_id = $1`, [id]);
  await q.query('UPDATE tenants SET seeded_at = $2 WHERE id = $1', [id, now.toISOString()]);
  await seedOrders(q, id, { seed: tenant.seed, count: tenant.order_count, now });
}
