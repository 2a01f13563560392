/**
 * The contract document (dist/openapi.json, from `npm run build`): a valid OpenAPI 3.1 document with an operation
 * for every route, and the reference server's real answers fit the schemas it names — so document, adapter
 * and server cannot drift apart.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadTypeScript } from '../../tools/load-ts.mjs';
import { loadReferenceServer } from '../../server/load.mjs';

const readDocument = () => JSON.parse(readFileSync('dist/openapi.json', 'utf8'));

describe('the HTTP contract document (dist/openapi.json)', () => {
  let document;
  let server;
  let validatorOf;

  before(async () => {
    assert.ok(existsSync('dist/openapi.json'), 'dist/openapi.json is missing: run `npm run build` first');
    document = readDocument();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://supplier-flow.invalid/contract', components: document.components });
    validatorOf = (operationId, status) => {
      const operation = Object.values(document.paths)
        .flatMap((item) => Object.values(item))
        .find((candidate) => candidate.operationId === operationId);
      const content = operation.responses[status].content;
      const schema = (content['application/json'] ?? content['application/problem+json']).schema;
      return ajv.compile({ $ref: `https://supplier-flow.invalid/contract${schema.$ref}` });
    };
    const { startReferenceServer } = await loadReferenceServer();
    server = await startReferenceServer();
  });

  after(async () => {
    await server?.close();
  });

  it('is a valid OpenAPI 3.1 document (checked by @apidevtools/swagger-parser)', async () => {
    const api = await SwaggerParser.validate(readDocument());
    assert.equal(api.openapi, '3.1.0');
  });

  it('has one operation per SupplierApi method, at the route the adapter calls', async () => {
    const { ROUTES } = await loadTypeScript('src/api/rest/routes.ts');
    for (const [operationId, route] of Object.entries(ROUTES)) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      assert.equal(operation?.operationId, operationId, `${route.method} ${route.path}`);
      const isWrite = route.method !== 'GET';
      assert.equal(
        operation.parameters?.some((parameter) => parameter.name === 'Idempotency-Key' && parameter.required) ?? false,
        isWrite,
        `${operationId}: Idempotency-Key`,
      );
    }
  });

  it('describes the reference server’s real answers: every read, a write and an error body', async () => {
    const get = async (path) => {
      const response = await fetch(`${server.url}${path}`);
      return { status: response.status, body: await response.json() };
    };
    const checks = [];
    const page = await get('/orders?limit=50&sort=created');
    checks.push(['listOrders', '200', page]);
    const ids = page.body.items.map((item) => item.id);
    for (const id of ids) checks.push(['getOrder', '200', await get(`/orders/${id}`)]);
    const shipped = (await Promise.all(ids.map((id) => get(`/orders/${id}`))))
      .map((answer) => answer.body)
      .find((order) => order.shipments.length > 0);
    checks.push(
      ['getProductionOrder', '200', await get(`/orders/${ids[0]}/production-order`)],
      ['listQualityReports', '200', await get(`/orders/${ids[0]}/quality-reports`)],
      ['listCarriers', '200', await get('/carriers')],
      ['getPackagingRules', '200', await get('/packaging-rules')],
      ['getCompanyProfile', '200', await get('/company-profile')],
      ['listShipments', '200', await get(`/orders/${shipped.id}/shipments`)],
      ['getTracking', '200', await get(`/orders/${shipped.id}/shipments/${shipped.shipments[0].id}/tracking`)],
      ['listInvoices', '200', await get(`/orders/${ids[0]}/invoices`)],
      ['getOrder', '404', await get('/orders/no-such-order')],
    );
    const confirm = await fetch(`${server.url}/orders/${ids.at(-1)}/confirmation`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'openapi-test' },
    });
    checks.push(['confirmOrder', '200', { status: confirm.status, body: await confirm.json() }]);
    const orders = (await Promise.all(ids.map((id) => get(`/orders/${id}`)))).map((answer) => answer.body);
    const typed = orders.find(
      (order) =>
        order.quality.documents.some((slot) => slot.versions.length === 0 && slot.type !== 'photos') &&
        order.production.confirmedAt,
    );
    assert.ok(typed, 'the reference server seeds an order with a missing typed quality document');
    const missing = typed.quality.documents.find((slot) => slot.versions.length === 0 && slot.type !== 'photos');
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'certificate.pdf');
    const uploaded = await fetch(`${server.url}/orders/${typed.id}/quality-documents/${missing.type}`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'openapi-quality' },
      body: form,
    });
    checks.push(['uploadQualityDocument', '201', { status: uploaded.status, body: await uploaded.json() }]);
    const open = orders.find(
      (order) => order.id !== ids.at(-1) && !order.production.confirmedAt && !order.production.confirmedAtApplication,
    );
    const acknowledge = async (answers, key) => {
      const response = await fetch(`${server.url}/orders/${open.id}/line-acknowledgement`, {
        method: 'POST',
        headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
      return { status: response.status, body: await response.json() };
    };
    const [first, ...rest] = open.positions;
    const accepted = rest.map((position) => ({ positionId: position.id, kind: 'accept' }));
    checks.push(
      [
        'acknowledgeOrderLines',
        '422',
        await acknowledge(
          [{ positionId: first.id, kind: 'decline', reason: 'other', note: null }, ...accepted],
          'openapi-lines-bad',
        ),
      ],
      [
        'acknowledgeOrderLines',
        '200',
        await acknowledge(
          [{ positionId: first.id, kind: 'decline', reason: 'capacity', note: null }, ...accepted],
          'openapi-lines',
        ),
      ],
    );
    for (const id of ids.slice(0, 20)) checks.push(['listOrderActivity', '200', await get(`/orders/${id}/activity`)]);
    const comment = await fetch(`${server.url}/orders/${ids[0]}/comments`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'openapi-comment', 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'When is the pickup?' }),
    });
    checks.push(['addOrderComment', '201', { status: comment.status, body: await comment.json() }]);
    const blank = await fetch(`${server.url}/orders/${ids[0]}/comments`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'openapi-blank', 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: '   ' }),
    });
    checks.push(['addOrderComment', '422', { status: blank.status, body: await blank.json() }]);
    for (const [operationId, status, answer] of checks) {
      assert.equal(String(answer.status), status, `${operationId} answered ${answer.status}`);
      const validate = validatorOf(operationId, status);
      assert.ok(validate(answer.body), `${operationId} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
    assert.ok(checks.length > 50);
  });
});
