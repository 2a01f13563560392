/**
 * The HTTP part of the conformance kit: the contract's security rules (docs/CONTRACT.md, "Security rules") that
 * only show on the wire — document URLs need auth and are not guessable, documents are served inert, CORS does
 * not hand an unknown origin the supplier's data, malformed requests are refused, not crashed on. It uses `fetch`
 * alone; run it in Node (browsers do not let a page set `Origin`), against a backend seeded with orders.
 *
 * It writes: it uploads hostile files as e-invoice documents and package photos of the first order.
 */

/** How to reach the backend. */
export interface HttpConformanceOptions {
  /** The headers the API needs (e.g. `{ Authorization: 'Bearer …' }`); none for an open test backend. */
  readonly headers?: Readonly<Record<string, string>>;
  /** An origin the backend allows by CORS; when given, its answers must name it and vary by `Origin`. */
  readonly allowedOrigin?: string;
  /** An origin the backend does not allow (default `https://evil.example`). */
  readonly unknownOrigin?: string;
}

/** One rule checked: `problem` says how the backend broke it. */
export interface HttpCheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly problem?: string;
}

class HttpCheckFailure extends Error {
  override readonly name = 'HttpCheckFailure';
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new HttpCheckFailure(message);
}

const XHTML =
  '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><script>document.title = "pwned"</script></body></html>\n';
const HTML = '<!DOCTYPE html><html><body><script>document.title = "pwned"</script></body></html>\n';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>document.title = "pwned"</script></svg>\n';
const ACTIVE_TYPES =
  /^(?:text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|text\/javascript|application\/javascript)\b/i;

let keys = 0;
const newKey = () =>
  `http-conformance-${Date.now().toString(36)}-${(++keys).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

interface Context {
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly options: HttpConformanceOptions;
  readonly order: { readonly id: string; readonly number: string };
  readonly document: { readonly id: string; readonly url: string };
}

const header = (response: Response, name: string) => response.headers.get(name) ?? '';
const drain = (response: Response) => response.body?.cancel().catch(() => undefined);

/** A served document is inert: not sniffed, downloaded rather than shown, sandboxed if shown anyway. */
function expectInert(response: Response, what: string): void {
  expect(
    /^\s*nosniff\s*$/i.test(header(response, 'X-Content-Type-Options')),
    `${what}: X-Content-Type-Options is "${header(response, 'X-Content-Type-Options')}", not "nosniff".`,
  );
  expect(
    /^\s*attachment\s*(?:;|$)/i.test(header(response, 'Content-Disposition')),
    `${what}: Content-Disposition is "${header(response, 'Content-Disposition')}", not "attachment; filename*=…".`,
  );
  expect(
    /(?:^|;)\s*sandbox\b/i.test(header(response, 'Content-Security-Policy')),
    `${what}: Content-Security-Policy "${header(response, 'Content-Security-Policy')}" has no "sandbox".`,
  );
}

/** The answer to an upload of hostile content: refused (4xx), or served inert and not as an active type. */
async function expectRefusedOrInert(
  context: Context,
  path: string,
  name: string,
  content: string,
  type: string,
): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), name);
  const upload = await fetch(`${context.baseUrl}${path}`, {
    method: 'POST',
    headers: { ...context.headers, 'Idempotency-Key': newKey() },
    body: form,
  });
  expect(upload.status < 500, `uploading ${name} (${type}) answered ${upload.status}: a server error, not a refusal.`);
  if (upload.status >= 400) return void (await drain(upload));
  const url = ((await upload.json()) as { url?: unknown }).url;
  expect(typeof url === 'string', `uploading ${name} answered ${upload.status} without a document url.`);
  const served = await fetch(url, { headers: context.headers });
  expect(served.ok, `the uploaded ${name} answered ${served.status} at its url.`);
  await drain(served);
  expectInert(served, `the uploaded ${name}`);
  expect(
    !ACTIVE_TYPES.test(header(served, 'Content-Type')),
    `the uploaded ${name} is served as "${header(served, 'Content-Type')}", a type a browser runs scripts in.`,
  );
}

/** The CORS answer to an unknown origin names neither it nor, with credentials, any origin. */
function expectNotShared(response: Response, origin: string, what: string): void {
  const allowed = header(response, 'Access-Control-Allow-Origin');
  expect(allowed !== origin, `${what}: Access-Control-Allow-Origin reflects the unknown origin ${origin}.`);
  expect(
    !(allowed === '*' && /^\s*true\s*$/i.test(header(response, 'Access-Control-Allow-Credentials'))),
    `${what}: "*" with credentials.`,
  );
}

const CHECKS: readonly { readonly name: string; readonly run: (context: Context) => Promise<void> }[] = [
  {
    name: 'the API refuses a request without its auth (401)',
    run: async ({ baseUrl, headers }) => {
      if (Object.keys(headers).length === 0) return;
      const response = await fetch(`${baseUrl}/orders?limit=1`);
      await drain(response);
      expect(response.status === 401, `GET /orders without the auth headers answered ${response.status}, not 401.`);
    },
  },
  {
    name: 'API answers carry X-Content-Type-Options: nosniff and Cache-Control: no-store',
    run: async ({ baseUrl, headers }) => {
      const response = await fetch(`${baseUrl}/orders?limit=1`, { headers });
      await drain(response);
      expect(
        /^\s*nosniff\s*$/i.test(header(response, 'X-Content-Type-Options')),
        `GET /orders: X-Content-Type-Options is "${header(response, 'X-Content-Type-Options')}".`,
      );
      expect(
        /\bno-store\b/i.test(header(response, 'Cache-Control')),
        `GET /orders: Cache-Control is "${header(response, 'Cache-Control')}", without no-store.`,
      );
    },
  },
  {
    name: 'a document URL without its signature and without auth is refused (401, 403 or 404)',
    run: async ({ document }) => {
      const bare = new URL(document.url);
      bare.search = '';
      const response = await fetch(bare, { redirect: 'manual' });
      await drain(response);
      expect(
        response.status >= 400 && response.status < 500,
        `GET ${bare.pathname} without auth answered ${response.status}.`,
      );
    },
  },
  {
    name: 'a document URL with a tampered signature is refused',
    run: async ({ document }) => {
      const tampered = new URL(document.url);
      if (!tampered.search) return;
      for (const [name, value] of [...tampered.searchParams])
        tampered.searchParams.set(name, value.slice(0, -1) + (value.endsWith('A') ? 'B' : 'A'));
      const response = await fetch(tampered, { redirect: 'manual' });
      await drain(response);
      expect(
        response.status >= 400 && response.status < 500,
        `GET ${tampered.pathname} with a changed query answered ${response.status}.`,
      );
    },
  },
  {
    name: 'a document URL does not name its order (not guessable)',
    run: async ({ document, order }) => {
      const path = decodeURIComponent(new URL(document.url).pathname);
      expect(
        !path.includes(order.id) && !path.includes(order.number),
        `the document URL ${path} contains the order's id or number.`,
      );
    },
  },
  {
    name: 'a document is served with nosniff, Content-Disposition: attachment and a sandboxing CSP',
    run: async ({ document, headers }) => {
      const response = await fetch(document.url, { headers });
      await drain(response);
      expect(response.ok, `GET the production order document answered ${response.status}.`);
      expectInert(response, 'the production order');
    },
  },
  {
    name: 'CORS does not share answers with an unknown origin',
    run: async ({ baseUrl, headers, document, options }) => {
      const origin = options.unknownOrigin ?? 'https://evil.example';
      const preflight = await fetch(`${baseUrl}/orders?limit=1`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      await drain(preflight);
      expectNotShared(preflight, origin, 'the preflight of GET /orders');
      const read = await fetch(`${baseUrl}/orders?limit=1`, { headers: { ...headers, Origin: origin } });
      await drain(read);
      expectNotShared(read, origin, 'GET /orders');
      const served = await fetch(document.url, { headers: { ...headers, Origin: origin } });
      await drain(served);
      expectNotShared(served, origin, 'GET of a document');
    },
  },
  {
    name: 'CORS answers an allowed origin by name and varies by Origin',
    run: async ({ baseUrl, headers, options }) => {
      if (!options.allowedOrigin) return;
      const response = await fetch(`${baseUrl}/orders?limit=1`, {
        headers: { ...headers, Origin: options.allowedOrigin },
      });
      await drain(response);
      expect(
        header(response, 'Access-Control-Allow-Origin') === options.allowedOrigin,
        `GET /orders from ${options.allowedOrigin}: Access-Control-Allow-Origin is "${header(response, 'Access-Control-Allow-Origin')}".`,
      );
      expect(
        /(?:^|,)\s*origin\s*(?:,|$)/i.test(header(response, 'Vary')),
        `GET /orders from ${options.allowedOrigin}: Vary is "${header(response, 'Vary')}", without Origin.`,
      );
    },
  },
  {
    name: 'a malformed percent-encoding in the path is a 4xx, not a server error',
    run: async ({ baseUrl, headers }) => {
      for (const path of ['/orders/%E0%A4%A', '/orders/%', '/orders/%ED%A0%80/activity']) {
        const response = await fetch(`${baseUrl}${path}`, { headers });
        await drain(response);
        expect(response.status >= 400 && response.status < 500, `GET ${path} answered ${response.status}.`);
      }
    },
  },
  {
    name: 'a malformed percent-encoding in the query is not a server error',
    run: async ({ baseUrl, headers }) => {
      const response = await fetch(`${baseUrl}/orders?search=%E0%A4%A`, { headers });
      await drain(response);
      expect(response.status < 500, `GET /orders?search=%E0%A4%A answered ${response.status}.`);
    },
  },
  {
    name: 'an XHTML or HTML file uploaded as the e-invoice is refused or served inert',
    run: async (context) => {
      const path = `/orders/${encodeURIComponent(context.order.id)}/invoice-documents`;
      await expectRefusedOrInert(context, path, 'e-invoice.xml', XHTML, 'application/xml');
      await expectRefusedOrInert(context, path, 'invoice.html', HTML, 'text/html');
    },
  },
  {
    name: 'an SVG uploaded as a package photo is refused or served inert',
    run: (context) =>
      expectRefusedOrInert(
        context,
        `/orders/${encodeURIComponent(context.order.id)}/package-photos`,
        'photo.svg',
        SVG,
        'image/svg+xml',
      ),
  },
];

/** The checks' names, in the order they run. */
export const HTTP_CONFORMANCE_CHECKS: readonly string[] = CHECKS.map((check) => check.name);

async function contextOf(base: string, options: HttpConformanceOptions): Promise<Context> {
  const baseUrl = base.replace(/\/+$/, '');
  const headers = options.headers ?? {};
  const page = await fetch(`${baseUrl}/orders?limit=1`, { headers });
  if (!page.ok)
    throw new HttpCheckFailure(`GET /orders?limit=1 answered ${page.status}: check the base URL and the auth headers.`);
  const first = ((await page.json()) as { items?: { id: string; number: string }[] }).items?.[0];
  if (!first) throw new HttpCheckFailure('GET /orders?limit=1 answered no order: seed the backend with orders.');
  const production = await fetch(`${baseUrl}/orders/${encodeURIComponent(first.id)}/production-order`, { headers });
  if (!production.ok)
    throw new HttpCheckFailure(`GET /orders/${first.id}/production-order answered ${production.status}.`);
  const document = (await production.json()) as { id: string; url: string };
  return { baseUrl, headers, options, order: { id: first.id, number: first.number }, document };
}

/**
 * Runs every HTTP check against the backend at `baseUrl` (the adapter's base URL) and answers one result per
 * check; rejects only when the backend cannot be used at all (no orders, wrong auth).
 */
export async function runHttpConformance(
  baseUrl: string,
  options: HttpConformanceOptions = {},
): Promise<readonly HttpCheckResult[]> {
  const context = await contextOf(baseUrl, options);
  const results: HttpCheckResult[] = [];
  for (const check of CHECKS) {
    try {
      await check.run(context);
      results.push({ name: check.name, ok: true });
    } catch (error) {
      results.push({ name: check.name, ok: false, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
