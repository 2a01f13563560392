/**
 * Orders as the contract's aggregate (`Order`): read whole in one query (the database builds the JSON, see
 * migration 002), written whole — the changed rows of the order and of its positions, documents, reports,
 * quality document versions, shipments and invoices — and inserted in bulk for seeds.
 */
import { entryOf } from '../../src/api/memory/index/summaries.js';
import type { DocumentRef, Invoice, Order, Position, Shipment } from '../../src/domain/types.js';
import type { Queryable } from '../db/database.js';
import { newDocumentId } from '../http/documents.js';
import { insertRows } from './insert-rows.js';
import type { Columns } from './insert-rows.js';

/** How answers carry a document's link until the HTTP layer makes it a signed URL: `stored-document:<public id>`. */
export const STORED_DOCUMENT_URL = 'stored-document:';

/** The order `id` of a tenant, or undefined; `lock` takes its row lock until the transaction ends (writes). */
export async function loadOrder(q: Queryable, tenant: string, id: string, lock = false): Promise<Order | undefined> {
  const rows = await q.query<{ aggregate: Order }>(
    `SELECT order_json(o) AS aggregate FROM orders o WHERE o.tenant_id = $1 AND o.id = $2${lock ? ' FOR UPDATE' : ''}`,
    [tenant, id],
  );
  return rows[0]?.aggregate;
}

/** The orders of a tenant that `where` (SQL over `o`) selects, in their tenant's order; `lock` as in loadOrder. */
export async function loadOrdersWhere(q: Queryable, tenant: string, where: string, lock = false): Promise<Order[]> {
  const rows = await q.query<{ aggregate: Order }>(
    `SELECT order_json(o) AS aggregate FROM orders o WHERE o.tenant_id = $1 AND (${where}) ORDER BY o.seq${lock ? ' FOR UPDATE' : ''}`,
    [tenant],
  );
  return rows.map((row) => row.aggregate);
}

/** What a search looks in: the order number, part names and part numbers, lower case, one per line. */
export const searchTextOf = (texts: readonly string[]): string => texts.map((text) => text.toLowerCase()).join('\n');

/** The My Orders columns of an order, from the domain rules (the same summaries the memory adapter lists). */
function listColumns(order: Order): unknown[] {
  const entry = entryOf(order);
  const { summary } = entry;
  return [
    summary.partsSummary,
    summary.totalQuantity,
    summary.value.amountMinor,
    entry.valueMajor,
    summary.stage,
    summary.nextAction,
    entry.needsAction,
    searchTextOf(entry.searchTexts),
  ];
}
const LIST_COLUMNS: Columns = {
  parts_summary: 'text',
  total_quantity: 'bigint',
  value_minor: 'bigint',
  value_major: 'double precision',
  stage: 'text',
  next_action: 'text',
  needs_action: 'boolean',
  search_text: 'text',
};

const ORDER_COLUMNS: Columns = {
  tenant_id: 'text',
  id: 'text',
  seq: 'integer',
  number: 'text',
  created_at: 'timestamptz',
  lead_time: 'date',
  time_zone: 'text',
  currency: 'text',
  kind: 'text',
  incoterm: 'text',
  payment_terms_days: 'integer',
  vat_rate_basis_points: 'integer',
  buyer: 'jsonb',
  confirmed_at: 'timestamptz',
  confirmed_at_application: 'boolean',
  line_acknowledgement: 'jsonb',
  quality_required: 'boolean',
  quality_blocks_shipping: 'boolean',
  ...LIST_COLUMNS,
};
const orderRow = (tenant: string, order: Order, seq: number): unknown[] => [
  tenant,
  order.id,
  seq,
  order.number,
  order.createdAt,
  order.leadTime,
  order.timeZone,
  order.currency,
  order.kind,
  order.incoterm,
  order.paymentTermsDays,
  order.vatRateBasisPoints,
  order.buyer ?? null,
  order.production.confirmedAt,
  order.production.confirmedAtApplication,
  order.production.lineAcknowledgement ?? null,
  order.quality.required,
  order.quality.blocksShipping,
  ...listColumns(order),
];

const POSITION_COLUMNS: Columns = {
  tenant_id: 'text',
  order_id: 'text',
  line_no: 'integer',
  id: 'text',
  part_number: 'text',
  part_name: 'text',
  material: 'text',
  process: 'text',
  quantity: 'bigint',
  unit_price_minor: 'bigint',
};
const positionRow = (tenant: string, orderId: string, p: Position): unknown[] => [
  tenant,
  orderId,
  p.lineNo,
  p.id,
  p.partNumber,
  p.partName,
  p.material,
  p.process,
  p.quantity,
  p.unitPriceMinor,
];

const DOCUMENT_COLUMNS: Columns = {
  tenant_id: 'text',
  id: 'text',
  public_id: 'text',
  order_id: 'text',
  kind: 'text',
  name: 'text',
  content_type: 'text',
  size_bytes: 'integer',
  created_at: 'timestamptz',
};
/** A document the platform made (its bytes are made again from its name when served). */
const generatedDocumentRow = (tenant: string, orderId: string, ref: DocumentRef): unknown[] => [
  tenant,
  ref.id,
  newDocumentId(),
  orderId,
  'generated',
  ref.name,
  ref.contentType,
  ref.sizeBytes,
  ref.createdAt,
];

const REPORT_COLUMNS: Columns = { tenant_id: 'text', order_id: 'text', position: 'integer', document_id: 'text' };
const SLOT_COLUMNS: Columns = {
  tenant_id: 'text',
  order_id: 'text',
  type: 'text',
  position: 'integer',
  required: 'boolean',
};
const VERSION_COLUMNS: Columns = {
  tenant_id: 'text',
  order_id: 'text',
  type: 'text',
  version: 'integer',
  document_id: 'text',
  status: 'text',
  reviewed_at: 'timestamptz',
  rejection_reason: 'text',
};

const SHIPMENT_COLUMNS: Columns = {
  tenant_id: 'text',
  order_id: 'text',
  sequence: 'integer',
  id: 'text',
  number: 'text',
  created_at: 'timestamptz',
  items: 'jsonb',
  package: 'jsonb',
  photo_document_id: 'text',
  delivery: 'jsonb',
  status: 'text',
  label_document_id: 'text',
  slip_document_id: 'text',
};
const shipmentRow = (tenant: string, orderId: string, s: Shipment, sequence: number): unknown[] => [
  tenant,
  orderId,
  sequence,
  s.id,
  s.number,
  s.createdAt,
  s.items,
  s.package,
  s.photo?.id ?? null,
  s.delivery,
  s.status,
  s.documents[0]?.id ?? null,
  s.documents[1]?.id ?? null,
];

const INVOICE_COLUMNS: Columns = {
  tenant_id: 'text',
  order_id: 'text',
  sequence: 'integer',
  id: 'text',
  number: 'text',
  number_key: 'text',
  invoice_date: 'date',
  payment_date: 'date',
  currency: 'text',
  items: 'jsonb',
  net_minor: 'bigint',
  vat_minor: 'bigint',
  gross_minor: 'bigint',
  document_id: 'text',
  e_invoice_document_id: 'text',
  status: 'text',
  submitted_at: 'timestamptz',
  rejection_reason: 'text',
  paid_on: 'date',
  paid_amount_minor: 'bigint',
};
/** An invoice number as the uniqueness rule compares it (src/domain/invoice-rules.ts). */
export const invoiceNumberKey = (number: string): string => number.trim().toUpperCase();
const invoiceRow = (tenant: string, orderId: string, i: Invoice, sequence: number): unknown[] => [
  tenant,
  orderId,
  sequence,
  i.id,
  i.number,
  invoiceNumberKey(i.number),
  i.invoiceDate,
  i.paymentDate,
  i.currency,
  i.items,
  i.totals.netMinor,
  i.totals.vatMinor,
  i.totals.grossMinor,
  i.document.id,
  i.eInvoice?.id ?? null,
  i.status,
  i.submittedAt,
  i.rejectionReason,
  i.paidOn,
  i.paidAmountMinor,
];

/** Every document an order refers to. */
function documentsOf(order: Order): DocumentRef[] {
  return [
    ...order.quality.reports,
    ...order.quality.documents.flatMap((slot) => slot.versions),
    ...order.shipments.flatMap((shipment) => [...(shipment.photo ? [shipment.photo] : []), ...shipment.documents]),
    ...order.invoices.flatMap((invoice) => [invoice.document, ...(invoice.eInvoice ? [invoice.eInvoice] : [])]),
  ];
}

/** The rows of whole orders, table by table. */
function rowsOf(tenant: string, orders: readonly Order[], firstSeq: number) {
  const rows = {
    orders: [] as unknown[][],
    positions: [] as unknown[][],
    documents: [] as unknown[][],
    reports: [] as unknown[][],
    slots: [] as unknown[][],
    versions: [] as unknown[][],
    shipments: [] as unknown[][],
    invoices: [] as unknown[][],
  };
  orders.forEach((order, index) => {
    rows.orders.push(orderRow(tenant, order, firstSeq + index));
    for (const position of order.positions) rows.positions.push(positionRow(tenant, order.id, position));
    const seen = new Set<string>();
    for (const ref of documentsOf(order)) {
      if (seen.has(ref.id)) continue;
      seen.add(ref.id);
      rows.documents.push(generatedDocumentRow(tenant, order.id, ref));
    }
    order.quality.reports.forEach((report, position) => rows.reports.push([tenant, order.id, position, report.id]));
    order.quality.documents.forEach((slot, position) => {
      rows.slots.push([tenant, order.id, slot.type, position, slot.required]);
      slot.versions.forEach((version, at) =>
        rows.versions.push([
          tenant,
          order.id,
          slot.type,
          at + 1,
          version.id,
          version.status,
          version.reviewedAt,
          version.rejectionReason,
        ]),
      );
    });
    order.shipments.forEach((shipment, at) => rows.shipments.push(shipmentRow(tenant, order.id, shipment, at + 1)));
    order.invoices.forEach((invoice, at) => rows.invoices.push(invoiceRow(tenant, order.id, invoice, at + 1)));
  });
  return rows;
}

/** Inserts new orders of a tenant whole (seeds); `firstSeq` is the first order's place in the tenant. */
export async function insertOrders(
  q: Queryable,
  tenant: string,
  orders: readonly Order[],
  firstSeq: number,
): Promise<void> {
  const rows = rowsOf(tenant, orders, firstSeq);
  await insertRows(q, 'orders', ORDER_COLUMNS, rows.orders);
  await insertRows(q, 'positions', POSITION_COLUMNS, rows.positions);
  await insertRows(q, 'documents', DOCUMENT_COLUMNS, rows.documents);
  await insertRows(q, 'quality_reports', REPORT_COLUMNS, rows.reports);
  await insertRows(q, 'quality_document_slots', SLOT_COLUMNS, rows.slots);
  await insertRows(q, 'quality_document_versions', VERSION_COLUMNS, rows.versions);
  await insertRows(q, 'shipments', SHIPMENT_COLUMNS, rows.shipments);
  await insertRows(q, 'invoices', INVOICE_COLUMNS, rows.invoices);
}

const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
/** `ON CONFLICT (key) DO UPDATE` of every other column. */
const upsert = (columns: Columns, key: readonly string[]) =>
  `ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${Object.keys(columns)
    .filter((name) => !key.includes(name))
    .map((name) => `${name} = excluded.${name}`)
    .join(', ')}`;

/**
 * Writes the changes from `before` to `after` (the same order, changed by the rules): the order's row with
 * its My Orders columns, and every child row that is new or changed. Uploaded documents are stored by the
 * upload itself; documents the platform made (labels, slips) are added here.
 */
export async function saveOrder(q: Queryable, tenant: string, before: Order, after: Order): Promise<void> {
  await q.query(
    `UPDATE orders SET confirmed_at = $3, confirmed_at_application = $4, line_acknowledgement = $5::text::jsonb, quality_required = $6, quality_blocks_shipping = $7,
       parts_summary = $8, total_quantity = $9, value_minor = $10, value_major = $11, stage = $12, next_action = $13, needs_action = $14, search_text = $15
     WHERE tenant_id = $1 AND id = $2`,
    [
      tenant,
      after.id,
      after.production.confirmedAt,
      after.production.confirmedAtApplication,
      after.production.lineAcknowledgement ? JSON.stringify(after.production.lineAcknowledgement) : null,
      after.quality.required,
      after.quality.blocksShipping,
      ...listColumns(after),
    ],
  );
  const positions = after.positions.filter((position, index) => changed(position, before.positions[index]));
  await insertRows(
    q,
    'positions',
    POSITION_COLUMNS,
    positions.map((position) => positionRow(tenant, after.id, position)),
    upsert(POSITION_COLUMNS, ['tenant_id', 'order_id', 'line_no']),
  );
  const known = new Set(documentsOf(before).map((ref) => ref.id));
  const added = [
    ...new Map(
      documentsOf(after)
        .filter((ref) => !known.has(ref.id))
        .map((ref) => [ref.id, ref]),
    ).values(),
  ];
  await insertRows(
    q,
    'documents',
    DOCUMENT_COLUMNS,
    added.map((ref) => generatedDocumentRow(tenant, after.id, ref)),
    'ON CONFLICT (tenant_id, id) DO NOTHING',
  );
  if (
    changed(
      before.quality.reports.map((report) => report.id),
      after.quality.reports.map((report) => report.id),
    )
  ) {
    await q.query('DELETE FROM quality_reports WHERE tenant_id = $1 AND order_id = $2', [tenant, after.id]);
    await insertRows(
      q,
      'quality_reports',
      REPORT_COLUMNS,
      after.quality.reports.map((report, position) => [tenant, after.id, position, report.id]),
    );
  }
  const versions: unknown[][] = [];
  for (const slot of after.quality.documents) {
    const previous = before.quality.documents.find((candidate) => candidate.type === slot.type)?.versions ?? [];
    slot.versions.forEach((version, at) => {
      if (changed(version, previous[at]))
        versions.push([
          tenant,
          after.id,
          slot.type,
          at + 1,
          version.id,
          version.status,
          version.reviewedAt,
          version.rejectionReason,
        ]);
    });
  }
  await insertRows(
    q,
    'quality_document_versions',
    VERSION_COLUMNS,
    versions,
    upsert(VERSION_COLUMNS, ['tenant_id', 'order_id', 'type', 'version']),
  );
  const shipments = after.shipments.flatMap((shipment, at) =>
    changed(shipment, before.shipments[at]) ? [shipmentRow(tenant, after.id, shipment, at + 1)] : [],
  );
  await insertRows(
    q,
    'shipments',
    SHIPMENT_COLUMNS,
    shipments,
    upsert(SHIPMENT_COLUMNS, ['tenant_id', 'order_id', 'sequence']),
  );
  const invoices = after.invoices.flatMap((invoice, at) =>
    changed(invoice, before.invoices[at]) ? [invoiceRow(tenant, after.id, invoice, at + 1)] : [],
  );
  await insertRows(
    q,
    'invoices',
    INVOICE_COLUMNS,
    invoices,
    upsert(INVOICE_COLUMNS, ['tenant_id', 'order_id', 'sequence']),
  );
}
