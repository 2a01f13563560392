/**
 * What the demo platform does to a tenant's orders (the memory adapter's simulations, on stored orders):
 * processes platform-arranged shipments (labels and packing slips appear), responds to answers per line,
 * reviews new quality document versions and answers comments. Each locks the orders it changes.
 */
import { platformReply } from '../../src/api/memory/backend/activity.js';
import { withProcessedShipments as processed } from '../../src/api/memory/backend/new-shipment.js';
import { hasPendingLines, respondToLines as respondedTo } from '../../src/api/memory/backend/line-responses.js';
import { SCRIPTED_REJECTION_REASON, scriptedVerdict, withReview } from '../../src/api/memory/backend/quality-review.js';
import { dateInZone } from '../../src/domain/dates.js';
import type { CommentActivity, Order } from '../../src/domain/types.js';
import type { Queryable } from '../db/database.js';
import { loadOrder, loadOrdersWhere, saveOrder } from '../store/orders.js';

/** Processes one shipment (a due job) or, without `shipmentId`, every processing shipment of the tenant (the control hook). */
export async function processShipments(
  q: Queryable,
  tenant: string,
  now: Date,
  target?: { orderId: string; shipmentId: string },
): Promise<void> {
  const orders = target
    ? [await loadOrder(q, tenant, target.orderId, true)].filter((order): order is Order => order !== undefined)
    : await loadOrdersWhere(
        q,
        tenant,
        `EXISTS (SELECT 1 FROM shipments s WHERE s.tenant_id = o.tenant_id AND s.order_id = o.id AND s.status = 'processing')`,
        true,
      );
  for (const order of orders)
    await saveOrder(q, tenant, order, processed(order, target?.shipmentId ?? null, now.toISOString()));
}

/** The platform responds to the pending lines of one order (a due job) or of every order (the control hook). */
export async function respondToLines(q: Queryable, tenant: string, now: Date, orderId?: string): Promise<void> {
  const orders = orderId
    ? [await loadOrder(q, tenant, orderId, true)].filter((order): order is Order => order !== undefined)
    : await loadOrdersWhere(q, tenant, 'o.line_acknowledgement IS NOT NULL', true);
  for (const order of orders.filter(hasPendingLines))
    await saveOrder(q, tenant, order, respondedTo(order, dateInZone(now, order.timeZone), now.toISOString()));
}

/** The scripted reviewer reviews a version still waiting for review (rejects names with "reject", accepts the rest). */
export async function reviewVersion(
  q: Queryable,
  tenant: string,
  now: Date,
  orderId: string,
  versionId: string,
): Promise<void> {
  const order = await loadOrder(q, tenant, orderId, true);
  const slot = order?.quality.documents.find((candidate) =>
    candidate.versions.some((version) => version.id === versionId),
  );
  const version = slot?.versions.find((candidate) => candidate.id === versionId);
  if (!order || !slot || version?.status !== 'uploaded') return;
  const status = scriptedVerdict(version.name);
  const reviewed = withReview(order, slot.type, {
    versionId,
    status,
    reason: status === 'rejected' ? SCRIPTED_REJECTION_REASON : null,
    at: now.toISOString(),
  });
  if (reviewed) await saveOrder(q, tenant, order, reviewed);
}

/** The platform's answer to a supplier's comment (once, however often it is asked). */
export async function replyToComment(
  q: Queryable,
  tenant: string,
  now: Date,
  orderId: string,
  commentId: string,
): Promise<void> {
  const [row] = await q.query<{ entry: CommentActivity }>(
    'SELECT entry FROM activity WHERE tenant_id = $1 AND order_id = $2 AND entry_id = $3',
    [tenant, orderId, commentId],
  );
  if (!row) return;
  const reply = platformReply(row.entry, now);
  await q.query(
    'INSERT INTO activity (tenant_id, order_id, entry_id, entry) VALUES ($1, $2, $3, $4::text::jsonb) ON CONFLICT DO NOTHING',
    [tenant, orderId, reply.id, JSON.stringify(reply)],
  );
}
