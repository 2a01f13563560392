/**
 * The reference server: the Supplier Flow HTTP contract on Node's http module, over PostgreSQL — embedded
 * PGlite by default (in memory, or in `dataDir` to keep every change across restarts), any PostgreSQL with
 * `databaseUrl` / `DATABASE_URL`. It proves the contract (the REST adapter's conformance and fault tests run
 * against it over real HTTP), backs the demo's `?adapter=rest`, and shows a host how the contract maps onto
 * a database (server/migrations, server/store, server/backend.ts).
 *
 * Each tenant (a supplier) is an isolated backend under `/t/<id>` (the default one at the root). With
 * `control: true`, tests create tenants and inject faults:
 *   POST /__tenants                 ← { token? } → { baseUrl } of a fresh tenant (requiring that bearer token)
 *   POST <base>/__faults            ← Fault[] (see faults.ts); DELETE clears those left
 *   POST <base>/__process-shipments   the platform processes pending shipments now
 *   POST <base>/__respond-lines     the platform responds to pending answers per line now
 *   POST <base>/__reset             back to the seed
 *   GET  <base>/__requests          → the requests the tenant received (method, path, idempotency key)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SupplierApiError } from '../../src/api/errors.js';
import type { ApiErrorKind } from '../../src/api/errors.js';
import { problemOf } from '../../src/api/rest/problem.js';
import { DatabaseBackend } from '../backend.js';
import type { BackendContext } from '../backend.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
export { openDatabase };
import { JobRunner } from '../platform/jobs.js';
import { documentByPublicId } from '../store/documents.js';
import { SearchCounts } from '../store/list-orders.js';
import { createTenant, findTenant } from '../store/tenants.js';
import { linkStoredDocuments } from './document-links.js';
import { DocumentLinkSigner, documentHeaders, signDocumentLinks } from './documents.js';
import { FaultQueue } from './faults.js';
import type { Fault } from './faults.js';
import { handleApiRequest } from './handler.js';
import type { Reply } from './handler.js';
import {
  API_SECURITY_HEADERS,
  DEFAULT_ALLOWED_ORIGINS,
  corsHeaders,
  hasBearerTokenDigest,
  parseRequestTarget,
  tokenDigest,
} from './security.js';

export interface ReferenceServerOptions {
  /** Port to listen on (default 0: any free port). */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1, loopback only). */
  readonly host?: string;
  /** Require `Authorization: Bearer <token>` on every API request of the default tenant. */
  readonly token?: string;
  /** Enable the test control endpoints (tenants, faults, request log). */
  readonly control?: boolean;
  /** Orders of each new tenant's seed (default 48). */
  readonly orderCount?: number;
  /** How long the platform takes to process a platform-arranged shipment (default 8 s). */
  readonly processingDelayMs?: number;
  /**
   * Origins whose pages may read the answers (CORS, with credentials); default the demo's dev server
   * (http://localhost:5173) and the test runner (http://localhost:8000). Others get no CORS headers.
   */
  readonly allowedOrigins?: readonly string[];
  /** How long a signed document link opens its document without the token (default 900 s). */
  readonly documentLinkTtlSeconds?: number;
  /** The server's clock (default the real one): the seed's dates, the records' times and the document links' expiry. */
  readonly now?: () => Date;
  /** A database to use (shared with other servers of this process; the caller closes it). */
  readonly database?: Database;
  /** PostgreSQL to use, `postgres://user:password@host:port/database` (default: the DATABASE_URL environment variable). */
  readonly databaseUrl?: string;
  /** Without a PostgreSQL URL: PGlite's data folder, kept across restarts (default: PGlite in memory). */
  readonly dataDir?: string;
  /** The SQL migrations applied at start (default server/migrations of the working directory). */
  readonly migrationsDirectory?: string;
}

export interface ReferenceServer {
  /** Base URL of the default tenant, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** The database it runs on, e.g. `PGlite (PostgreSQL 17.5) in memory`. */
  readonly database: string;
  close(): Promise<void>;
}

interface RequestRecord {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | null;
}

interface Tenant {
  readonly api: DatabaseBackend;
  readonly faults: FaultQueue;
  /** The path its base URL adds to the server's origin: `/t/<id>`, or nothing for the default tenant. */
  readonly prefix: string;
  readonly requests: RequestRecord[];
  /** SHA-256 of the bearer token its API requires; null: none. */
  readonly tokenSha256: string | null;
}

/** The id of the tenant served at the root. */
const DEFAULT_TENANT = 'default';
const DEFAULT_ORDER_COUNT = 48;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A problem answer of this status, in the words of the library's error kinds. */
const problemReply = (status: number, kind: ApiErrorKind, detail: string): Reply => ({
  status,
  headers: { 'Content-Type': 'application/problem+json' },
  json: { ...problemOf(new SupplierApiError(kind, detail)), status },
});

/** The body of a control request as JSON; undefined when it is not JSON. */
async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as unknown;
  } catch {
    return undefined;
  }
}

/** Writes an answer: the API's security headers, then the answer's own (a document's replace some of them). */
function write(response: ServerResponse, reply: Reply): void {
  for (const [name, value] of Object.entries({ ...API_SECURITY_HEADERS, ...reply.headers }))
    response.setHeader(name, value);
  if (reply.bytes) {
    response.writeHead(reply.status).end(reply.bytes);
  } else if (reply.json !== undefined) {
    if (!response.hasHeader('Content-Type')) response.setHeader('Content-Type', 'application/json');
    response.writeHead(reply.status).end(JSON.stringify(reply.json));
  } else {
    response.writeHead(reply.status).end();
  }
}

/** Whether a control request's body is a list of faults (a method, a pattern that compiles, …). */
function isFaultList(value: unknown): value is Fault[] {
  return (
    Array.isArray(value) &&
    value.every((fault) => {
      if (typeof fault !== 'object' || fault === null || typeof (fault as Fault).path !== 'string') return false;
      try {
        new RegExp((fault as Fault).path);
        return true;
      } catch {
        return false;
      }
    })
  );
}

/** The key that signs document links, shared by every server of the database (made by the first). */
async function linkSigningKey(db: Database): Promise<Uint8Array> {
  await db.query(`INSERT INTO server_keys (name, key) VALUES ('document-links', $1) ON CONFLICT (name) DO NOTHING`, [
    randomBytes(32),
  ]);
  const [row] = await db.query<{ key: Uint8Array }>(`SELECT key FROM server_keys WHERE name = 'document-links'`);
  return new Uint8Array(row!.key);
}

/** Starts the server; resolves once the database is migrated, the default tenant seeded and the port listens. */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const now = options.now ?? (() => new Date());
  const db =
    options.database ??
    (await openDatabase({
      url: options.databaseUrl ?? process.env['DATABASE_URL'],
      dataDir: options.dataDir,
      migrationsDirectory: options.migrationsDirectory,
    }));
  const jobs = new JobRunner(db, now);
  const context: BackendContext = {
    db,
    now,
    processingDelayMs: options.processingDelayMs ?? 8_000,
    qualityReviewDelayMs: 5_000,
    lineResponseDelayMs: 5_000,
    replyDelayMs: 4_000,
    wakeAt: (dueAt) => jobs.wakeAt(dueAt),
    searchCounts: new SearchCounts(),
  };
  const orderCount = options.orderCount ?? DEFAULT_ORDER_COUNT;
  const tenants = new Map<string, Tenant>();
  const allowedOrigins = new Set(options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);
  const signer = new DocumentLinkSigner({
    key: await linkSigningKey(db),
    ...(options.documentLinkTtlSeconds !== undefined && { ttlSeconds: options.documentLinkTtlSeconds }),
    now,
  });
  let origin = '';

  const tenantOf = (id: string, tokenSha256: string | null): Tenant => {
    const tenant: Tenant = {
      api: new DatabaseBackend(id, context),
      faults: new FaultQueue(),
      prefix: id === DEFAULT_TENANT ? '' : `/t/${id}`,
      requests: [],
      tokenSha256,
    };
    tenants.set(id, tenant);
    return tenant;
  };
  /** A tenant of this server, or one another server (or an earlier run) created in the database. */
  const lookUp = async (id: string): Promise<Tenant | undefined> => {
    const known = tenants.get(id);
    if (known || id === DEFAULT_TENANT) return known;
    const row = await findTenant(db, id);
    return row ? (tenants.get(id) ?? tenantOf(id, row.tokenSha256)) : undefined;
  };

  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', ['supplier-flow default tenant']);
    if (!(await findTenant(tx, DEFAULT_TENANT)))
      await createTenant(tx, DEFAULT_TENANT, null, { seed: 1, count: orderCount, now: now() });
  });
  tenantOf(DEFAULT_TENANT, options.token === undefined ? null : tokenDigest(options.token));
  jobs.start();

  const control = async (tenant: Tenant, path: string, request: IncomingMessage): Promise<Reply | null> => {
    if (!options.control) return null;
    if (path === '/__faults' && request.method === 'POST') {
      const faults = await readJsonBody(request);
      if (!isFaultList(faults))
        return problemReply(400, 'validation', 'Send a JSON list of faults, each with a `path` pattern that compiles.');
      tenant.faults.add(faults);
      return { status: 204 };
    }
    if (path === '/__faults' && request.method === 'DELETE') {
      tenant.faults.clear();
      return { status: 204 };
    }
    if (path === '/__process-shipments' && request.method === 'POST') {
      await tenant.api.processPendingShipments();
      return { status: 204 };
    }
    if (path === '/__respond-lines' && request.method === 'POST') {
      await tenant.api.respondToLineAcknowledgements();
      return { status: 204 };
    }
    if (path === '/__reset' && request.method === 'POST') {
      await tenant.api.reset();
      tenant.requests.length = 0;
      tenant.faults.clear();
      return { status: 204 };
    }
    if (path === '/__requests' && request.method === 'GET') return { status: 200, json: tenant.requests };
    return null;
  };

  const createTenantReply = async (request: IncomingMessage): Promise<Reply> => {
    const read = await readJsonBody(request);
    const body = read === null ? {} : read;
    const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined;
    if (typeof body !== 'object' || body === null || (token !== undefined && typeof token !== 'string')) {
      return problemReply(400, 'validation', 'Send `{ "token"?: string }` as JSON.');
    }
    const id = randomUUID().slice(0, 8);
    const tokenSha256 = token === undefined ? null : tokenDigest(token);
    await db.transaction((tx) => createTenant(tx, id, tokenSha256, { seed: 1, count: orderCount, now: now() }));
    tenantOf(id, tokenSha256);
    return { status: 201, json: { baseUrl: `${origin}/t/${id}` } };
  };

  /**
   * A document: opened by the API's bearer token, or by a link's valid, unexpired signature; its id alone
   * opens nothing. Refusals come before the lookup, so they do not tell which ids exist.
   */
  const serveDocument = async (
    tenantId: string,
    tenant: Tenant,
    id: string,
    url: URL,
    request: IncomingMessage,
  ): Promise<Reply> => {
    const bearer =
      tenant.tokenSha256 !== null && hasBearerTokenDigest(request.headers.authorization, tenant.tokenSha256);
    const link = signer.check(url.pathname, url.searchParams);
    if (!bearer && link === 'missing')
      return problemReply(401, 'unauthorized', 'Sign in again: the access token is missing or not valid.');
    if (!bearer && link !== 'valid')
      return problemReply(
        403,
        'forbidden',
        'The document link is not valid or has expired: reload the page for a fresh one.',
      );
    const stored = await documentByPublicId(db, tenantId, id);
    if (!stored) return problemReply(404, 'not-found', 'No such document.');
    return { status: 200, headers: documentHeaders(stored), bytes: stored.bytes };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestOrigin = request.headers.origin;
    for (const [name, value] of Object.entries(
      corsHeaders(requestOrigin, allowedOrigins, request.headers['access-control-request-headers']),
    ))
      response.setHeader(name, value);
    if (request.method === 'OPTIONS') {
      if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin))
        write(response, problemReply(403, 'forbidden', 'This origin is not allowed.'));
      else response.writeHead(204).end();
      return;
    }
    const target = parseRequestTarget(request.url, origin);
    if ('problem' in target) {
      write(response, problemReply(400, 'validation', target.problem));
      return;
    }
    const { url } = target;
    if (options.control && url.pathname === '/__tenants' && request.method === 'POST') {
      write(response, await createTenantReply(request));
      return;
    }
    const tenantMatch = /^\/t\/([\w-]+)(\/.*)?$/.exec(url.pathname);
    const tenantId = tenantMatch ? tenantMatch[1]! : DEFAULT_TENANT;
    const tenant = tenantId === DEFAULT_TENANT && tenantMatch ? undefined : await lookUp(tenantId);
    const path = tenantMatch ? (tenantMatch[2] ?? '/') : url.pathname;
    if (!tenant) {
      write(response, problemReply(404, 'not-found', 'No such tenant.'));
      return;
    }
    const controlled = await control(tenant, path, request);
    if (controlled) {
      write(response, controlled);
      return;
    }
    const document = /^\/documents\/([^/]+)$/.exec(path);
    if (document && request.method === 'GET') {
      write(response, await serveDocument(tenantId, tenant, decodeURIComponent(document[1]!), url, request));
      return;
    }
    const key = request.headers['idempotency-key'];
    tenant.requests.push({
      method: request.method ?? 'GET',
      path,
      idempotencyKey: typeof key === 'string' ? key : null,
    });
    const fault = tenant.faults.take(request.method ?? 'GET', path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.drop === 'before') {
      request.socket.destroy();
      return;
    }
    if (fault?.status) {
      write(response, {
        status: fault.status,
        headers: { 'Content-Type': 'application/json', ...fault.headers },
        json: fault.body ?? {},
      });
      return;
    }
    const aborted = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) aborted.abort();
    });
    const authorize =
      tenant.tokenSha256 === null
        ? undefined
        : (authorization: string | undefined) => hasBearerTokenDigest(authorization, tenant.tokenSha256!);
    const reply = await handleApiRequest(tenant.api, request, url, path, { authorize }, aborted.signal);
    if (fault?.drop === 'after') {
      request.socket.destroy();
      return;
    }
    const documentBase = `${origin}${tenant.prefix}/documents/`;
    if (!response.destroyed)
      write(
        response,
        reply.json === undefined
          ? reply
          : { ...reply, json: signDocumentLinks(linkStoredDocuments(reply.json, documentBase), documentBase, signer) },
      );
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent || response.destroyed) return;
      if ((error as { name?: string } | null)?.name === 'AbortError') return;
      console.error('reference server:', error);
      write(response, problemReply(500, 'server', 'The reference server failed.'));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  origin = `http://${address.address}:${address.port}`;
  return {
    url: origin,
    database: db.description,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.close();
      if (!options.database) await db.close();
    },
  };
}
