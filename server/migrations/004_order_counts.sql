-- How many orders of a tenant share lead time, time zone, stage and "needs action": a few thousand rows
-- at a million orders. Totals and filter counts of a list without a search are sums over them (overdue:
-- not completed and lead time before today in the zone), never a scan of the orders. Kept by a trigger;
-- a bulk load sets supplier_flow.bulk_load = 'on' for its transaction and recounts once at the end.
CREATE TABLE order_counts (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  lead_time date NOT NULL,
  time_zone text NOT NULL,
  stage text NOT NULL,
  needs_action boolean NOT NULL,
  orders integer NOT NULL CHECK (orders >= 0),
  PRIMARY KEY (tenant_id, lead_time, time_zone, stage, needs_action)
);

-- Bumped whenever a tenant's counts change: a server may keep a search's grouped counts until then.
-- (No foreign key: deleting a tenant deletes its orders, whose trigger still bumps this.)
CREATE TABLE order_revisions (
  tenant_id text PRIMARY KEY,
  revision bigint NOT NULL
);

CREATE FUNCTION count_orders() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF current_setting('supplier_flow.bulk_load', true) = 'on' THEN
      RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      UPDATE order_counts SET orders = orders - 1
      WHERE tenant_id = OLD.tenant_id AND lead_time = OLD.lead_time AND time_zone = OLD.time_zone
        AND stage = OLD.stage AND needs_action = OLD.needs_action;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO order_counts (tenant_id, lead_time, time_zone, stage, needs_action, orders)
      VALUES (NEW.tenant_id, NEW.lead_time, NEW.time_zone, NEW.stage, NEW.needs_action, 1)
      ON CONFLICT (tenant_id, lead_time, time_zone, stage, needs_action) DO UPDATE SET orders = order_counts.orders + 1;
    END IF;
    INSERT INTO order_revisions (tenant_id, revision) VALUES (coalesce(NEW.tenant_id, OLD.tenant_id), 1)
    ON CONFLICT (tenant_id) DO UPDATE SET revision = order_revisions.revision + 1;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER orders_counted_on_insert_or_delete AFTER INSERT OR DELETE ON orders
  FOR EACH ROW EXECUTE FUNCTION count_orders();
CREATE TRIGGER orders_counted_on_update AFTER UPDATE ON orders
  FOR EACH ROW
  WHEN ((OLD.lead_time, OLD.time_zone, OLD.stage, OLD.needs_action) IS DISTINCT FROM (NEW.lead_time, NEW.time_zone, NEW.stage, NEW.needs_action))
  EXECUTE FUNCTION count_orders();

-- Recounts a tenant's orders (after a bulk load).
CREATE FUNCTION recount_orders(tenant text) RETURNS void
  LANGUAGE sql
  AS $$
    DELETE FROM order_counts WHERE tenant_id = tenant;
    INSERT INTO order_counts (tenant_id, lead_time, time_zone, stage, needs_action, orders)
    SELECT tenant_id, lead_time, time_zone, stage, needs_action, count(*)
    FROM orders WHERE tenant_id = tenant
    GROUP BY tenant_id, lead_time, time_zone, stage, needs_action;
    INSERT INTO order_revisions (tenant_id, revision) VALUES (tenant, 1)
    ON CONFLICT (tenant_id) DO UPDATE SET revision = order_revisions.revision + 1;
  $$;
