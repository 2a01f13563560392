-- My Orders' default order (sort=lead-time) walks three groups, always in this order: orders owing the supplier's
-- action, those waiting for the platform, then completed ones; within a group by lead time in the direction asked
-- (CONTRACT.md, "My Orders"). The group is a stored column so that a page is one range scan of this index.
ALTER TABLE orders ADD COLUMN action_group smallint
  GENERATED ALWAYS AS (CASE WHEN needs_action THEN 0 WHEN stage = 'completed' THEN 2 ELSE 1 END) STORED;
CREATE INDEX orders_by_action_group ON orders (tenant_id, action_group, lead_time, seq);
