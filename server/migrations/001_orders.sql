-- The supplier's orders and everything that hangs off them, one tenant (a supplier) per row of `tenants`.
-- Instants are timestamptz, calendar dates (in the order's time zone) are date; value objects that are
-- read and written whole (addresses, packages, deliveries, answers per line) are jsonb.

CREATE TABLE tenants (
  id text PRIMARY KEY,
  -- hex SHA-256 of the bearer token this tenant's API requires; NULL: the server's own token (or none)
  token_sha256 text,
  seed integer NOT NULL,
  order_count integer NOT NULL,
  seeded_at timestamptz NOT NULL
);

-- Keys every server of this database shares, e.g. the one that signs document links (so a link signed
-- by one server opens on another, and after a restart).
CREATE TABLE server_keys (
  name text PRIMARY KEY,
  key bytea NOT NULL
);

CREATE TABLE company_profiles (
  tenant_id text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  profile jsonb NOT NULL
);

CREATE TABLE orders (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL,
  -- the order's place in its tenant: ties of every sort key are broken by it (keyset paging)
  seq integer NOT NULL,
  number text NOT NULL,
  created_at timestamptz NOT NULL,
  lead_time date NOT NULL,
  time_zone text NOT NULL,
  currency text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('regular', 'test')),
  incoterm text NOT NULL,
  payment_terms_days integer NOT NULL,
  vat_rate_basis_points integer NOT NULL,
  buyer jsonb,
  confirmed_at timestamptz,
  confirmed_at_application boolean NOT NULL,
  line_acknowledgement jsonb,
  quality_required boolean NOT NULL,
  quality_blocks_shipping boolean NOT NULL,
  -- The My Orders row, computed by the domain rules (src/domain/stages.ts) whenever the order is written.
  parts_summary text NOT NULL,
  total_quantity bigint NOT NULL,
  value_minor bigint NOT NULL,
  -- the value in major units: what the "value" sort compares
  value_major double precision NOT NULL,
  stage text NOT NULL CHECK (stage IN ('production', 'quality', 'shipping', 'invoice', 'completed')),
  next_action text NOT NULL,
  needs_action boolean NOT NULL,
  -- lower-case order number, part names and part numbers, one per line: what a search looks in
  search_text text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, seq)
);

-- One index per sort key, ending in seq: a page is an index range scan from the cursor (keyset paging).
CREATE INDEX orders_by_lead_time ON orders (tenant_id, lead_time, seq);
CREATE INDEX orders_by_created ON orders (tenant_id, created_at, seq);
CREATE INDEX orders_by_value ON orders (tenant_id, value_major, seq);

CREATE TABLE positions (
  tenant_id text NOT NULL,
  order_id text NOT NULL,
  line_no integer NOT NULL,
  id text NOT NULL,
  part_number text NOT NULL,
  part_name text NOT NULL,
  material text NOT NULL,
  process text NOT NULL,
  quantity bigint NOT NULL CHECK (quantity > 0),
  unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
  PRIMARY KEY (tenant_id, order_id, line_no),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders ON DELETE CASCADE
);

-- Every file: uploaded (bytes in `content`) or made by the platform (`content` NULL: a PDF made again
-- from its name when served). URLs show only `public_id`, 128 random bits; `id` is what the API names.
CREATE TABLE documents (
  tenant_id text NOT NULL,
  id text NOT NULL,
  public_id text NOT NULL UNIQUE,
  order_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('generated', 'qc-report', 'package-photo', 'invoice', 'quality-document')),
  name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  created_at timestamptz NOT NULL,
  content bytea,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders ON DELETE CASCADE
);

CREATE TABLE quality_reports (
  tenant_id text NOT NULL,
  order_id text NOT NULL,
  position integer NOT NULL,
  document_id text NOT NULL,
  PRIMARY KEY (tenant_id, order_id, position),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, document_id) REFERENCES documents ON DELETE CASCADE
);

CREATE TABLE quality_document_slots (
  tenant_id text NOT NULL,
  order_id text NOT NULL,
  type text NOT NULL,
  position integer NOT NULL,
  required boolean NOT NULL,
  PRIMARY KEY (tenant_id, order_id, type),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders ON DELETE CASCADE
);

-- Versions of a typed quality document, oldest first by `version`; never overwritten, only reviewed.
CREATE TABLE quality_document_versions (
  tenant_id text NOT NULL,
  order_id text NOT NULL,
  type text NOT NULL,
  version integer NOT NULL,
  document_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('uploaded', 'accepted', 'rejected')),
  reviewed_at timestamptz,
  rejection_reason text,
  PRIMARY KEY (tenant_id, order_id, type, version),
  FOREIGN KEY (tenant_id, order_id, type) REFERENCES quality_document_slots ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, document_id) REFERENCES documents ON DELETE CASCADE
);

CREATE TABLE shipments (
  tenant_id text NOT NULL,
  order_id text NOT NULL,
  sequence integer NOT NULL,
  id text NOT NULL,
  number text NOT NULL,
  created_at timestamptz NOT NULL,
  items jsonb NOT NULL,
  package jsonb NOT NULL,
  photo_document_id text,
  delivery jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('processing', 'ready')),
  label_document_id text,
  slip_document_id text,
  PRIMARY KEY (tenant_id, order_id, sequence),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, photo_document_id) REFERENCES documents ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, label_document_id) REFERENCES documents ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, slip_document_id) REFERENCES documents ON DELETE CASCADE
);

CREATE TABLE invoices (
  tenant_id text NOT NULL,
  order_id text NOT NULL,
  sequence integer NOT NULL,
  id text NOT NULL,
  number text NOT NULL,
  -- the number as the uniqueness rule compares it (trimmed, upper case)
  number_key text NOT NULL,
  invoice_date date NOT NULL,
  payment_date date NOT NULL,
  currency text NOT NULL,
  items jsonb NOT NULL,
  net_minor bigint NOT NULL,
  vat_minor bigint NOT NULL,
  gross_minor bigint NOT NULL,
  document_id text NOT NULL,
  e_invoice_document_id text,
  status text NOT NULL CHECK (status IN ('submitted', 'under-review', 'approved', 'rejected', 'paid')),
  submitted_at timestamptz NOT NULL,
  rejection_reason text,
  paid_on date,
  paid_amount_minor bigint,
  PRIMARY KEY (tenant_id, order_id, sequence),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, document_id) REFERENCES documents ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, e_invoice_document_id) REFERENCES documents ON DELETE CASCADE
);
CREATE INDEX invoices_by_number ON invoices (tenant_id, number_key);

-- What was said and recorded about an order (comments, invoice status changes); the rest of an order's
-- activity is derived from its state. `seq` keeps the order they were recorded in.
CREATE TABLE activity (
  tenant_id text NOT NULL,
  order_id text NOT NULL,
  entry_id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  entry jsonb NOT NULL,
  PRIMARY KEY (tenant_id, order_id, entry_id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders ON DELETE CASCADE
);

-- One row per write: written in the write's own transaction, so a key creates one thing however many
-- servers receive it. `key` is '<operation> <Idempotency-Key>'; `fingerprint` a SHA-256 of the request.
CREATE TABLE idempotency_keys (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  key text NOT NULL,
  fingerprint text NOT NULL,
  -- the first answer (document links as stored-document:<public id>, linked anew when answered again)
  answer jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key)
);

-- What the demo platform does later (process a shipment, review a document, respond per line, reply):
-- due jobs are claimed with FOR UPDATE SKIP LOCKED, so each runs once whichever server claims it.
CREATE TABLE platform_jobs (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('process-shipment', 'review-quality-document', 'respond-to-lines', 'reply-to-comment')),
  ref text NOT NULL,
  order_id text NOT NULL,
  due_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, kind, ref)
);
CREATE INDEX platform_jobs_due ON platform_jobs (due_at);

-- An instant exactly as JavaScript's Date#toISOString writes it (UTC, milliseconds).
CREATE FUNCTION iso_instant(instant timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT to_char(instant AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;
