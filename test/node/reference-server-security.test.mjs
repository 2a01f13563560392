/**
 * The reference server as the model of the contract's security rules (docs/CONTRACT.md, "Security rules"):
 * the HTTP conformance kit passes against it, and hostile requests get a refusal (4xx), never a 500, a leak
 * or a document a browser would run.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { loadTypeScript } from '../../tools/load-ts.mjs';
import { loadReferenceServer } from '../../server/load.mjs';

const TOKEN = 'security-test-token';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const ALLOWED_ORIGIN = 'http://localhost:5173';
const EVIL_ORIGIN = 'https://evil.example';
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const UBL =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>RE-1</cbc:ID></ubl:Invoice>\n';

/** A raw request (any target, any header, a body or none), for what `fetch` will not send. */
function raw({ port, method = 'GET', path, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
    if (body === undefined) request.end();
    else request.end(body);
  });
}

/** A multipart body with one file part whose Content-Disposition is written as given. */
function multipart(disposition, contentType, content) {
  const boundary = 'security-test-boundary';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: ${contentType}\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return {
    body,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': Buffer.byteLength(body) },
  };
}

describe('the reference server’s security rules', () => {
  let server;
  let runHttpConformance;
  let clockOffsetMs = 0;
  let port;
  let orderId;

  const api = (path, init = {}) => fetch(`${server.url}${path}`, { ...init, headers: { ...AUTH, ...init.headers } });
  const upload = (path, name, content, type) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    return api(path, { method: 'POST', headers: { 'Idempotency-Key': `key-${Math.random()}` }, body: form });
  };
  const productionOrder = async () => await (await api(`/orders/${orderId}/production-order`)).json();

  before(async () => {
    ({ runHttpConformance } = await loadTypeScript('src/testing/http-conformance.ts'));
    const { startReferenceServer } = await loadReferenceServer();
    server = await startReferenceServer({
      token: TOKEN,
      control: true,
      now: () => new Date(Date.now() + clockOffsetMs),
    });
    port = new URL(server.url).port;
    orderId = (await (await api('/orders?limit=1')).json()).items[0].id;
  });

  after(async () => {
    await server?.close();
  });

  it('passes the HTTP conformance kit (auth, documents, CORS, malformed requests, hostile uploads)', async () => {
    const results = await runHttpConformance(server.url, { headers: AUTH, allowedOrigin: ALLOWED_ORIGIN });
    const failed = results.filter((result) => !result.ok).map((result) => `${result.name}: ${result.problem}`);
    assert.deepEqual(failed, []);
    assert.ok(results.length >= 10);
  });

  describe('documents', () => {
    it('are not served at the guessable id of an order, with or without auth', async () => {
      for (const headers of [{}, AUTH]) {
        const response = await fetch(`${server.url}/documents/${orderId}-production-order`, { headers });
        assert.ok([401, 404].includes(response.status), `answered ${response.status}`);
      }
    });

    it('are served at a random id of at least 128 bits, with a signature that opens them without a token', async () => {
      const { url } = await productionOrder();
      const { pathname, searchParams } = new URL(url);
      const id = pathname.split('/').at(-1);
      assert.match(id, /^[A-Za-z0-9_-]{22,}$/);
      assert.ok(searchParams.get('expires') && searchParams.get('signature'), url);
      const response = await fetch(url);
      assert.equal(response.status, 200);
      assert.ok((await response.text()).startsWith('%PDF-'));
    });

    it('need the bearer token without a signature', async () => {
      const bare = new URL((await productionOrder()).url);
      bare.search = '';
      assert.equal((await fetch(bare)).status, 401);
      assert.equal((await fetch(bare, { headers: { Authorization: 'Bearer wrong' } })).status, 401);
      assert.equal((await fetch(bare, { headers: AUTH })).status, 200);
    });

    it('refuse an expired signature, and one made for another document', async () => {
      const first = new URL((await productionOrder()).url);
      const other = (await (await api('/orders?limit=2')).json()).items[1].id;
      const second = new URL((await (await api(`/orders/${other}/production-order`)).json()).url);
      const swapped = new URL(first);
      swapped.search = second.search;
      const problem = await fetch(swapped);
      assert.equal(problem.status, 403);
      assert.equal(problem.headers.get('content-type'), 'application/problem+json');
      clockOffsetMs = 16 * 60 * 1000;
      try {
        assert.equal((await fetch(first)).status, 403, 'a 15-minute link is refused 16 minutes later');
        assert.equal((await fetch(new URL((await productionOrder()).url))).status, 200, 'a fresh answer signs anew');
      } finally {
        clockOffsetMs = 0;
      }
    });

    it('are served inert: nosniff, attachment with the encoded name, sandboxing CSP, no-store', async () => {
      const response = await fetch((await productionOrder()).url, { headers: { Origin: EVIL_ORIGIN } });
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.match(
        response.headers.get('content-disposition'),
        /^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''[^"]+\.pdf$/,
      );
      assert.equal(response.headers.get('content-security-policy'), "sandbox; default-src 'none'");
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });

    it('keep a hostile file name out of the headers: control characters and quotes are encoded, not written', async () => {
      const { body, headers } = multipart(
        `filename*=UTF-8''Rechnung%20%22M%C3%A4rz%22%0D%0ASet-Cookie%3A%20stolen%3D1.pdf`,
        'application/pdf',
        PDF,
      );
      const created = await raw({
        port,
        method: 'POST',
        path: `/orders/${orderId}/invoice-documents`,
        headers: { ...AUTH, ...headers, 'Idempotency-Key': 'hostile-name' },
        body,
      });
      assert.equal(created.status, 201, created.body);
      const document = JSON.parse(created.body);
      assert.equal(document.name, 'Rechnung "März" Set-Cookie: stolen=1.pdf');
      const served = await fetch(document.url);
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('set-cookie'), null);
      const disposition = served.headers.get('content-disposition');
      assert.equal(
        disposition,
        `attachment; filename="Rechnung _M_rz_ Set-Cookie_ stolen_1.pdf"; filename*=UTF-8''Rechnung%20%22M%C3%A4rz%22%20Set-Cookie%3A%20stolen%3D1.pdf`,
      );
      assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1]), document.name);
    });
  });

  describe('uploads are checked by content', () => {
    it('refuse an XHTML page as the e-invoice (422 wrong-type), as an invoice document of any name', async () => {
      const xhtml =
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><script>alert(document.domain)</script></body></html>';
      for (const name of ['e-invoice.xml', 'invoice.xhtml']) {
        const response = await upload(`/orders/${orderId}/invoice-documents`, name, xhtml, 'application/xml');
        assert.equal(response.status, 422);
        assert.deepEqual((await response.json()).fieldErrors, { file: 'wrong-type' });
      }
    });

    it('refuse XML with a DOCTYPE (entities), a stylesheet instruction, script namespaces inside an invoice, or no invoice root', async () => {
      const hostile = [
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol;</Invoice>',
        '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="data:,x"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></Invoice>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><s:svg xmlns:s="http&#58;//www.w3.org/2000/svg"/></Invoice>',
        '<Invoice xmlns="urn:example:not-an-invoice"/>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><unclosed></Invoice>',
      ];
      for (const xml of hostile) {
        const response = await upload(`/orders/${orderId}/invoice-documents`, 'e-invoice.xml', xml, 'application/xml');
        assert.equal(response.status, 422, xml);
      }
    });

    it('accept a UBL e-invoice and serve it back inert as application/xml', async () => {
      const response = await upload(`/orders/${orderId}/invoice-documents`, 'e-invoice.xml', UBL, 'application/xml');
      assert.equal(response.status, 201);
      const served = await fetch((await response.json()).url);
      assert.equal(served.headers.get('content-type'), 'application/xml');
      assert.equal(served.headers.get('content-security-policy'), "sandbox; default-src 'none'");
      assert.equal(await served.text(), UBL);
    });

    it(
      'answer a body announced larger than the limit with 413 at once, without reading it',
      { timeout: 5000 },
      async () => {
        const announced = await raw({
          port,
          method: 'POST',
          path: `/orders/${orderId}/invoice-documents`,
          headers: {
            ...AUTH,
            'Idempotency-Key': 'huge',
            'Content-Type': 'multipart/form-data; boundary=x',
            'Content-Length': String(50 * 1024 * 1024),
          },
          body: '',
        }).catch((error) => ({ status: error.code }));
        assert.equal(announced.status, 413);
        assert.equal(JSON.parse(announced.body).status, 413, 'the problem body says the status it came with');
      },
    );

    it('answer a multipart body cut off inside the file with a 422, and go on answering', async () => {
      const cut =
        '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4';
      const headers = {
        ...AUTH,
        'Idempotency-Key': 'cut',
        'Content-Type': 'multipart/form-data; boundary=b',
        'Content-Length': Buffer.byteLength(cut),
      };
      const response = await raw({
        port,
        method: 'POST',
        path: `/orders/${orderId}/invoice-documents`,
        headers,
        body: cut,
      });
      assert.equal(response.status, 422);
      assert.equal((await api('/carriers')).status, 200);
    });
  });

  describe('malformed requests', () => {
    it('answer a broken percent-encoding in the path or the query with a 400 problem', async () => {
      for (const path of [
        '/orders/%E0%A4%A',
        '/orders/%ED%A0%80',
        '/documents/%E0%A4%A',
        '/orders?search=%E0%A4%A',
        '/orders?sort=%',
      ]) {
        const response = await api(path);
        assert.equal(response.status, 400, path);
        assert.equal(response.headers.get('content-type'), 'application/problem+json', path);
        assert.equal((await response.json()).status, 400, path);
      }
    });

    it('answer a request target that is not a path with a 400', async () => {
      for (const path of ['*', 'http://evil.example/orders']) {
        const response = await raw({ port, path, headers: AUTH });
        assert.equal(response.status, 400, path);
      }
    });

    it('answer a body that is not JSON with a problem carrying the API’s security headers', async () => {
      const response = await api('/company-profile/bank-details', {
        method: 'PUT',
        headers: { 'Idempotency-Key': 'bad-json', 'Content-Type': 'application/json' },
        body: '{"iban":',
      });
      assert.equal(response.status, 422);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('cache-control'), 'no-store');
    });

    it('answer bad control requests (not JSON, a broken pattern) with a 400, not a 500', async () => {
      assert.equal((await fetch(`${server.url}/__tenants`, { method: 'POST', body: '{' })).status, 400);
      assert.equal(
        (await fetch(`${server.url}/__faults`, { method: 'POST', body: JSON.stringify([{ path: '(' }]) })).status,
        400,
      );
      assert.equal((await fetch(`${server.url}/__faults`, { method: 'POST', body: '"no list"' })).status, 400);
    });
  });

  describe('CORS', () => {
    it('answers an unknown origin without Access-Control-Allow-Origin or credentials, and its preflight with 403', async () => {
      const read = await api('/orders?limit=1', { headers: { Origin: EVIL_ORIGIN } });
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('access-control-allow-origin'), null);
      assert.equal(read.headers.get('access-control-allow-credentials'), null);
      assert.match(read.headers.get('vary'), /\bOrigin\b/);
      const preflight = await fetch(`${server.url}/orders`, {
        method: 'OPTIONS',
        headers: { Origin: EVIL_ORIGIN, 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.status, 403);
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    });

    it('answers an allowed origin by name, with credentials, and a preflight naming the contract’s headers; a look-alike origin gets nothing', async () => {
      const preflight = await fetch(`${server.url}/orders`, {
        method: 'OPTIONS',
        headers: {
          Origin: ALLOWED_ORIGIN,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, idempotency-key, content-type',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
      assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
      assert.match(preflight.headers.get('access-control-allow-headers'), /idempotency-key/i);
      assert.match(preflight.headers.get('vary'), /\bOrigin\b/);
      for (const lookAlike of [
        `${ALLOWED_ORIGIN}.evil.example`,
        `${ALLOWED_ORIGIN}0`,
        'null',
        ALLOWED_ORIGIN.toUpperCase(),
      ]) {
        const answer = await api('/carriers', { headers: { Origin: lookAlike } });
        assert.equal(answer.headers.get('access-control-allow-origin'), null, lookAlike);
      }
    });

    it('takes its allow-list from the options', async () => {
      const { startReferenceServer } = await loadReferenceServer();
      const other = await startReferenceServer({ allowedOrigins: ['https://host.example'] });
      try {
        const allowed = await fetch(`${other.url}/carriers`, { headers: { Origin: 'https://host.example' } });
        assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://host.example');
        const dropped = await fetch(`${other.url}/carriers`, { headers: { Origin: ALLOWED_ORIGIN } });
        assert.equal(dropped.headers.get('access-control-allow-origin'), null);
      } finally {
        await other.close();
      }
    });
  });
});
