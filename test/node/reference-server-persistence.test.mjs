/**
 * The reference server keeps every change in its database: with a PGlite data folder (what `npm start` uses), a
 * confirmation, a comment and an uploaded document made before a restart are there after it, and a document link
 * signed before the restart still opens (the signing key is in the database too).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadReferenceServer } from '../../server/load.mjs';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const UNCONFIRMED = 'ord-000001'; // SF-10001 waits for the supplier's confirmation
const TO_SHIP = 'ord-000007';

describe('the reference server across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reference-server-data-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps a confirmation, a comment and an uploaded document, and its signed link opens after the restart', async () => {
    const { startReferenceServer } = await loadReferenceServer();
    const first = await startReferenceServer({ dataDir });
    const post = (path, init) => fetch(`${first.url}${path}`, { method: 'POST', ...init });
    let confirmed;
    let comment;
    let document;
    try {
      confirmed = await (
        await post(`/orders/${UNCONFIRMED}/confirmation`, { headers: { 'Idempotency-Key': 'before-restart-1' } })
      ).json();
      comment = await (
        await post(`/orders/${UNCONFIRMED}/comments`, {
          headers: { 'Idempotency-Key': 'before-restart-2', 'Content-Type': 'application/json' },
          body: JSON.stringify({ text: 'Kept?' }),
        })
      ).json();
      const form = new FormData();
      form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'invoice.pdf');
      document = await (
        await post(`/orders/${TO_SHIP}/invoice-documents`, {
          headers: { 'Idempotency-Key': 'before-restart-3' },
          body: form,
        })
      ).json();
    } finally {
      await first.close();
    }
    assert.ok(confirmed.production.confirmedAt, 'the confirmation was made');

    const second = await startReferenceServer({ dataDir });
    try {
      const order = await (await fetch(`${second.url}/orders/${UNCONFIRMED}`)).json();
      assert.equal(order.production.confirmedAt, confirmed.production.confirmedAt);
      const activity = await (await fetch(`${second.url}/orders/${UNCONFIRMED}/activity`)).json();
      assert.ok(
        activity.some((entry) => entry.id === comment.id && entry.text === 'Kept?'),
        'the comment is in the activity',
      );
      const link = new URL(document.url);
      const opened = await fetch(`${second.url}${link.pathname}${link.search}`);
      assert.equal(opened.status, 200, 'the link signed before the restart opens');
      assert.equal(await opened.text(), PDF);
      const again = await fetch(`${second.url}/orders/${TO_SHIP}/invoice-documents`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'before-restart-3' },
        body: (() => {
          const form = new FormData();
          form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'invoice.pdf');
          return form;
        })(),
      });
      assert.equal((await again.json()).id, document.id, 'the key used before the restart answers the same document');
    } finally {
      await second.close();
    }
  });
});
