/**
 * Idempotency in the database: 50 parallel requests with one Idempotency-Key, sent to two servers that share
 * one database, create one shipment, and every request gets that shipment as its answer. With DATABASE_URL
 * set: two server processes on that PostgreSQL. Without: two servers in this process sharing one PGlite
 * (PGlite serves one process). The test's diagnostic says which ran.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { MIGRATIONS_DIRECTORY, loadReferenceServer } from '../../server/load.mjs';

const PARALLEL = 50;
const TO_SHIP = 'ord-000007'; // SF-10007: regular order (the platform arranges delivery), nothing shipped

/** A reference server in a process of its own on PostgreSQL `url`; resolves once it listens. */
function serverProcess(url) {
  const child = spawn(process.execPath, ['server/cli.mjs', '--port', '0', '--control'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let printed = '';
    child.stdout.on('data', (chunk) => {
      printed += chunk;
      const match = /server on (http:\/\/[\d.:]+)/.exec(printed);
      if (match)
        resolve({
          url: match[1],
          close: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))),
        });
    });
    child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before it listened`)));
  });
}

describe('idempotency keys in the database, across servers', () => {
  const servers = [];
  let database;
  let ranOn;

  before(async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      servers.push(...(await Promise.all([serverProcess(url), serverProcess(url)])));
      ranOn = `two server processes on PostgreSQL (${url.replace(/\/\/[^@]*@/, '//…@')})`;
    } else {
      const { openDatabase, startReferenceServer } = await loadReferenceServer();
      database = await openDatabase({ migrationsDirectory: MIGRATIONS_DIRECTORY });
      for (let index = 0; index < 2; index++) servers.push(await startReferenceServer({ database, control: true }));
      ranOn = `two servers in one process sharing one PGlite (${database.description})`;
    }
  });

  after(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await database?.close();
  });

  it(`creates one shipment for ${PARALLEL} parallel requests with one key, half of them to each server`, async (t) => {
    t.diagnostic(`ran against ${ranOn}`);
    const created = await (await fetch(`${servers[0].url}/__tenants`, { method: 'POST', body: '{}' })).json();
    const path = new URL(created.baseUrl).pathname;
    const bases = servers.map((server) => `${server.url}${path}`);
    const order = await (await fetch(`${bases[1]}/orders/${TO_SHIP}`)).json();
    const profile = await (await fetch(`${bases[1]}/company-profile`)).json();
    const shipment = {
      items: [{ positionId: order.positions[0].id, quantity: 1 }],
      package: { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 5 },
      photoId: null,
      delivery: { arrangedBy: 'platform', pickupAddress: profile.pickupAddress },
      termsAccepted: true,
    };
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, async (_, index) => {
        const response = await fetch(`${bases[index % 2]}/orders/${TO_SHIP}/shipments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'one-key-for-fifty-requests' },
          body: JSON.stringify(shipment),
        });
        return { status: response.status, body: await response.json() };
      }),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array(PARALLEL).fill(201),
    );
    assert.deepEqual(new Set(answers.map((answer) => answer.body.id)).size, 1, 'every answer names the same shipment');
    for (const base of bases) {
      const shipments = await (await fetch(`${base}/orders/${TO_SHIP}/shipments`)).json();
      assert.deepEqual(
        shipments.map((each) => each.id),
        [answers[0].body.id],
        'the order has exactly one shipment',
      );
    }
  });
});
