/**
 * The reference server: the Supplier Flow HTTP contract over the memory adapter's rules, on Node's http module.
 * It proves the contract (the REST adapter's conformance and fault tests run against it over real HTTP) and
 * backs the demo's `?adapter=rest`.
 *
 * Each tenant is an isolated backend under `/t/<id>` (the default one at the root). With `control: true`,
 * tests create tenants and inject faults:
 *   POST /__tenants                 ← { token? } → { baseUrl } of a fresh tenant (requiring that bearer token)
 *   POST <base>/__faults            ← Fault[] (see faults.ts); DELETE clears those left
 *   POST <base>/__process-shipments   the platform processes pending shipments now
 *   POST <base>/__respond-lines     the platform responds to pending answers per line now
 *   POST <base>/__reset             back to the seed
 *   GET  <base>/__requests          → the requests the tenant received (method, path, idempotency key)
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import type { MemoryAdapter } from '../../src/api/memory/index.js';
import { FaultQueue } from './faults.js';
import type { Fault } from './faults.js';
import { handleApiRequest } from './handler.js';
import type { Reply } from './handler.js';

export interface ReferenceServerOptions {
  /** Port to listen on (default 0: any free port). */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1, loopback only). */
  readonly host?: string;
  /** Require `Authorization: Bearer <token>` on every API request. */
  readonly token?: string;
  /** Enable the test control endpoints (tenants, faults, request log). */
  readonly control?: boolean;
  /** Orders of each tenant's seed (default 48). */
  readonly orderCount?: number;
  /** How long the platform takes to process a platform-arranged shipment (default 8 s). */
  readonly processingDelayMs?: number;
}

export interface ReferenceServer {
  /** Base URL of the default tenant, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  close(): Promise<void>;
}

interface RequestRecord {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | null;
}

interface Tenant {
  readonly api: MemoryAdapter;
  readonly faults: FaultQueue;
  readonly documents: Map<string, { contentType: string; bytes: Uint8Array }>;
  readonly requests: RequestRecord[];
  readonly token: string | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function cors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
  response.setHeader('Vary', 'Origin');
  response.setHeader('Access-Control-Allow-Credentials', 'true');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? 'Content-Type, Idempotency-Key, Authorization');
  response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  response.setHeader('Access-Control-Max-Age', '600');
}

function write(response: ServerResponse, reply: Reply): void {
  for (const [name, value] of Object.entries(reply.headers ?? {})) response.setHeader(name, value);
  if (reply.bytes) {
    response.writeHead(reply.status).end(reply.bytes);
  } else if (reply.json !== undefined) {
    if (!response.hasHeader('Content-Type')) response.setHeader('Content-Type', 'application/json');
    response.writeHead(reply.status).end(JSON.stringify(reply.json));
  } else {
    response.writeHead(reply.status).end();
  }
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as unknown;
}

/** Starts the server; resolves once it listens. */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const tenants = new Map<string, Tenant>();
  let origin = '';

  const newTenant = (id: string, token: string | undefined): Tenant => {
    const documents = new Map<string, { contentType: string; bytes: Uint8Array }>();
    const prefix = id ? `/t/${id}` : '';
    const api = createMemoryAdapter({
      persist: false,
      ...(options.orderCount !== undefined && { orderCount: options.orderCount }),
      ...(options.processingDelayMs !== undefined && { processingDelayMs: options.processingDelayMs }),
      serveDocument: (documentId, contentType, bytes) => {
        documents.set(documentId, { contentType, bytes });
        return `${origin}${prefix}/documents/${encodeURIComponent(documentId)}`;
      },
    });
    const tenant = { api, faults: new FaultQueue(), documents, requests: [], token };
    tenants.set(id, tenant);
    return tenant;
  };
  newTenant('', options.token);

  const control = async (tenant: Tenant, path: string, request: IncomingMessage): Promise<Reply | null> => {
    if (!options.control) return null;
    if (path === '/__faults' && request.method === 'POST') {
      tenant.faults.add((await readJsonBody(request)) as Fault[]);
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

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    cors(request, response);
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (options.control && url.pathname === '/__tenants' && request.method === 'POST') {
      const id = randomUUID().slice(0, 8);
      const { token } = ((await readJsonBody(request)) ?? {}) as { token?: string };
      await newTenant(id, token).api.ready;
      write(response, { status: 201, json: { baseUrl: `${origin}/t/${id}` } });
      return;
    }
    const tenantMatch = /^\/t\/([\w-]+)(\/.*)?$/.exec(url.pathname);
    const tenant = tenants.get(tenantMatch ? tenantMatch[1]! : '');
    const path = tenantMatch ? (tenantMatch[2] ?? '/') : url.pathname;
    if (!tenant) {
      write(response, { status: 404, json: { title: 'not-found', detail: 'No such tenant.' } });
      return;
    }
    const controlled = await control(tenant, path, request);
    if (controlled) {
      write(response, controlled);
      return;
    }
    const document = /^\/documents\/([^/]+)$/.exec(path);
    if (document && request.method === 'GET') {
      const stored = tenant.documents.get(decodeURIComponent(document[1]!));
      write(response, stored ? { status: 200, headers: { 'Content-Type': stored.contentType }, bytes: stored.bytes } : { status: 404 });
      return;
    }
    const key = request.headers['idempotency-key'];
    tenant.requests.push({ method: request.method ?? 'GET', path, idempotencyKey: typeof key === 'string' ? key : null });
    const fault = tenant.faults.take(request.method ?? 'GET', path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.drop === 'before') {
      request.socket.destroy();
      return;
    }
    if (fault?.status) {
      write(response, { status: fault.status, headers: { 'Content-Type': 'application/json', ...fault.headers }, json: fault.body ?? {} });
      return;
    }
    const aborted = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) aborted.abort();
    });
    const reply = await handleApiRequest(tenant.api, request, url, path, { token: tenant.token }, aborted.signal);
    if (fault?.drop === 'after') {
      request.socket.destroy();
      return;
    }
    if (!response.destroyed) write(response, reply);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent || response.destroyed) return;
      if ((error as { name?: string } | null)?.name === 'AbortError') return;
      console.error('reference server:', error);
      write(response, { status: 500, headers: { 'Content-Type': 'application/problem+json' }, json: { title: 'server', status: 500, detail: 'The reference server failed.' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  origin = `http://${address.address}:${address.port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        for (const tenant of tenants.values()) tenant.api.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
