/** Documents' rows: uploads (bytes in the table), generated PDFs, and the lookups the rules and the download route make. */
import { seedDocumentBytes } from '../../src/api/memory/backend/documents.js';
import type { UploadKind, UploadRecord } from '../../src/api/memory/store.js';
import type { DocumentRef } from '../../src/domain/types.js';
import type { Queryable } from '../db/database.js';
import { newDocumentId } from '../http/documents.js';
import type { StoredDocument } from '../http/documents.js';
import { STORED_DOCUMENT_URL } from './orders.js';

/** Stores an upload's bytes and metadata; answers its reference (linked by its new public id). */
export async function insertUpload(
  q: Queryable,
  tenant: string,
  upload: {
    id: string;
    orderId: string;
    kind: UploadKind;
    name: string;
    contentType: string;
    bytes: Uint8Array;
    createdAt: string;
  },
): Promise<DocumentRef> {
  const publicId = newDocumentId();
  await q.query(
    `INSERT INTO documents (tenant_id, id, public_id, order_id, kind, name, content_type, size_bytes, created_at, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      tenant,
      upload.id,
      publicId,
      upload.orderId,
      upload.kind,
      upload.name,
      upload.contentType,
      upload.bytes.length,
      upload.createdAt,
      upload.bytes,
    ],
  );
  return {
    id: upload.id,
    name: upload.name,
    contentType: upload.contentType,
    sizeBytes: upload.bytes.length,
    url: STORED_DOCUMENT_URL + publicId,
    createdAt: upload.createdAt,
  };
}

/** An upload by id as the rules look at it (kind, order, reference; no bytes), or undefined for none or a generated document. */
export async function findUpload(
  q: Queryable,
  tenant: string,
  id: string | null | undefined,
): Promise<UploadRecord | undefined> {
  if (typeof id !== 'string') return undefined;
  const [row] = await q.query<{ kind: UploadKind | 'generated'; order_id: string; ref: DocumentRef }>(
    'SELECT kind, order_id, document_ref(d) AS ref FROM documents d WHERE tenant_id = $1 AND id = $2',
    [tenant, id],
  );
  if (!row || row.kind === 'generated') return undefined;
  return { id, orderId: row.order_id, kind: row.kind, ref: row.ref, bytes: new Uint8Array() };
}

/** A document's reference by id, or undefined. */
export async function storedDocument(q: Queryable, tenant: string, id: string): Promise<DocumentRef | undefined> {
  const [row] = await q.query<{ ref: DocumentRef }>(
    'SELECT document_ref(d) AS ref FROM documents d WHERE tenant_id = $1 AND id = $2',
    [tenant, id],
  );
  return row?.ref;
}

/**
 * A generated document stored once with its bytes (the production order PDF): made by `make` the first
 * time, the stored one after (as the memory adapter serves the bytes it made first).
 */
export async function generatedDocument(
  q: Queryable,
  tenant: string,
  orderId: string,
  ref: Omit<DocumentRef, 'url' | 'sizeBytes'>,
  make: () => Uint8Array,
): Promise<DocumentRef> {
  const existing = await storedDocument(q, tenant, ref.id);
  if (existing) return existing;
  const bytes = make();
  await q.query(
    `INSERT INTO documents (tenant_id, id, public_id, order_id, kind, name, content_type, size_bytes, created_at, content)
     VALUES ($1, $2, $3, $4, 'generated', $5, $6, $7, $8, $9) ON CONFLICT (tenant_id, id) DO NOTHING`,
    [tenant, ref.id, newDocumentId(), orderId, ref.name, ref.contentType, bytes.length, ref.createdAt, bytes],
  );
  return (await storedDocument(q, tenant, ref.id))!;
}

/** The document behind a link's public id, with its bytes (made from the name for a seeded or platform-made PDF). */
export async function documentByPublicId(
  q: Queryable,
  tenant: string,
  publicId: string,
): Promise<StoredDocument | undefined> {
  const [row] = await q.query<{ name: string; content_type: string; content: Uint8Array | null }>(
    'SELECT name, content_type, content FROM documents WHERE tenant_id = $1 AND public_id = $2',
    [tenant, publicId],
  );
  if (!row) return undefined;
  return {
    name: row.name,
    contentType: row.content_type,
    bytes: row.content ? new Uint8Array(row.content) : seedDocumentBytes(row.name),
  };
}
