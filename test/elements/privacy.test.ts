import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { orderIdOf } from '../../src/api/memory/index.js';
import { createRestAdapter } from '../../src/api/rest/index.js';
import '../../src/elements/invoice-form/invoice-form.js';
import type { InvoiceForm } from '../../src/elements/invoice-form/invoice-form.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { newTenant } from '../api/rest/reference-server.js';
import { chooseFiles, deepText, findByRole, findFileInput } from '../helpers/queries.js';

const READY_TO_INVOICE = orderIdOf(10); // SF-10011: fully shipped, nothing invoiced
const TOKEN = 'tok-3b9f0c1e-privacy';
const SECRETS = {
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  token: TOKEN,
  fileContent: 'SIGNED-INVOICE-CONTENT-7f3a',
};

const text = (value: unknown) =>
  typeof value === 'string'
    ? value
    : JSON.stringify(value, (_key, inner: unknown) =>
        inner instanceof ArrayBuffer || ArrayBuffer.isView(inner)
          ? new TextDecoder().decode(inner as ArrayBuffer)
          : inner,
      );

/** Every value in localStorage, sessionStorage and every IndexedDB database of this origin, as text. */
async function everythingStored(): Promise<string> {
  const parts: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let index = 0; index < storage.length; index++)
      parts.push(storage.key(index)!, storage.getItem(storage.key(index)!)!);
  }
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of db.objectStoreNames) {
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const value of values) parts.push(value instanceof Blob ? await value.text() : text(value));
    }
    db.close();
  }
  return parts.join('\n');
}

describe('privacy: what the elements write to browser storage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('keeps the invoice draft, but never bank details, the access token or the uploaded file’s content', async () => {
    const baseUrl = await newTenant(TOKEN);
    const api = createRestAdapter({ baseUrl, getHeaders: () => ({ Authorization: `Bearer ${TOKEN}` }) });
    const wrapper = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${api}
        ><invoice-form order-id=${READY_TO_INVOICE}></invoice-form
      ></supplier-provider>`,
    );
    const el = wrapper.querySelector<InvoiceForm>('invoice-form')!;
    const root = el.shadowRoot!;
    const heading = () => deepText(root.querySelector('#step-heading') ?? root);
    await waitUntil(() => root.querySelector('#step-heading'), 'loaded', { timeout: 5000 });
    findByRole(root, 'button', 'Continue')!.click();
    await waitUntil(() => heading() === 'Details', 'on details', { timeout: 5000 });
    const type = (id: string, value: string) => {
      const field = root.querySelector<HTMLInputElement>(`#${id}`)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
      field.dispatchEvent(new Event('blur'));
    };
    type('bank-accountHolder', 'Feinmechanik Huber GmbH');
    type('bank-iban', SECRETS.iban);
    type('bank-bic', SECRETS.bic);
    type('bank-bankName', 'Commerzbank');
    type('invoice-number', 'RE-PRIV-0001');
    await el.updateComplete;
    findByRole(root, 'button', 'Continue')!.click();
    await waitUntil(() => heading() === 'Review & Save', 'on review', { timeout: 5000 });
    const file = new File([`%PDF-1.4\n% ${SECRETS.fileContent}\n%%EOF\n`], 'signed.pdf', { type: 'application/pdf' });
    chooseFiles(findFileInput(root, /Signed invoice/)!, [file]);
    await waitUntil(() => deepText(root).includes('Uploaded: signed.pdf'), 'uploaded', { timeout: 5000 });

    const stored = await everythingStored();
    expect(stored, 'the draft is stored (so this test reads real data)').to.include('RE-PRIV-0001');
    for (const [what, secret] of Object.entries(SECRETS))
      expect(stored.includes(secret), `${what} found in browser storage`).to.equal(false);
  });
});
