import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi } from '../../src/api/port.js';
import '../../src/elements/quality-report/quality-report.js';
import type { QualityDocumentUploadedEvent, QualityReport } from '../../src/elements/quality-report/quality-report.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { accessibleName, chooseFiles, deepText, findByRole, findFileInput, pdfFile } from '../helpers/queries.js';
import { mountInProvider } from '../helpers/mount.js';

const MISSING_AND_REJECTED = orderIdOf(44); // SF-10045: inspection report missing, CoC rejected, mill certificate accepted (v2), photos optional
const NOT_BLOCKING = orderIdOf(46); // SF-10047: typed documents that do not block shipping

const mount = (api: SupplierApi, orderId: string, pollInterval = 15_000): Promise<QualityReport> =>
  mountInProvider(
    api,
    'quality-report',
    html`<quality-report order-id=${orderId} poll-interval=${pollInterval}></quality-report>`,
    '[part~="slots"]',
  );

const slot = (el: QualityReport, type: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="slot"][data-type="${type}"]`)!;
const status = (el: QualityReport) => deepText(el.shadowRoot!.querySelector('[role="status"]')!);
const slotOf = async (memory: MemoryAdapter, orderId: string, type: string) =>
  (await memory.getOrder(orderId)).quality.documents.find((each) => each.type === type)!;

describe('<quality-report> with typed quality documents', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    memory = createMemoryAdapter({ persist: false, qualityReviewDelayMs: null });
  });
  afterEach(() => memory.close());

  it('shows one slot per type with its state in words, required or optional, and the reviewer’s reason on a rejected one', async () => {
    const el = await mount(memory, MISSING_AND_REJECTED);
    expect(
      [...el.shadowRoot!.querySelectorAll('[part~="slot"]')].map((each) => each.getAttribute('data-type')),
    ).to.deep.equal(['inspection-report', 'certificate-of-conformance', 'material-certificate', 'photos']);
    expect(deepText(slot(el, 'inspection-report')))
      .to.include('Inspection report')
      .and.include('(required)')
      .and.include('Missing');
    expect(deepText(slot(el, 'photos')))
      .to.include('Photos')
      .and.include('(optional)');
    const rejected = slot(el, 'certificate-of-conformance');
    expect(accessibleName(rejected.querySelector('[part~="status-badge"]')!)).to.equal('Rejected');
    expect(deepText(rejected.querySelector('[part~="rejection"]')!))
      .to.include('Rejected by the platform:')
      .and.include('The declaration is not signed');
    expect(findByRole(rejected, 'button', 'Upload new version of Certificate of conformance')).to.exist;
    expect(
      accessibleName(slot(el, 'material-certificate').querySelector('.slot-head [part~="status-badge"]')!),
    ).to.equal('Accepted');
    expect(findByRole(slot(el, 'material-certificate'), 'button', /Upload new version/)).to.equal(null);
    expect(deepText(el.shadowRoot!)).to.include(
      'Shipping opens when every required document is uploaded and not rejected.',
    );
  });

  it('lists every version newest first with a safe link, its date and its state, and an older version’s reason', async () => {
    const el = await mount(memory, MISSING_AND_REJECTED);
    const versions = [...slot(el, 'material-certificate').querySelectorAll('[part~="version"]')];
    expect(versions).to.have.length(2);
    expect(deepText(versions[0]!))
      .to.include('Mill certificate SF-10045 1.4404.pdf')
      .and.include('Version 2, uploaded')
      .and.include('reviewed')
      .and.include('Accepted');
    expect(deepText(versions[1]!))
      .to.include('Version 1')
      .and.include('Rejected')
      .and.include('the drawing asks for 1.4404');
    for (const link of slot(el, 'material-certificate').querySelectorAll<HTMLAnchorElement>('[part~="document-link"]'))
      expect(link.href).to.match(/^blob:/);
  });

  it('uploads a PDF to a missing slot with progress, shows it in review, announces it and emits quality-document-uploaded', async () => {
    memory.setLatency(40);
    const el = await mount(memory, MISSING_AND_REJECTED);
    const input = findFileInput(el.shadowRoot!, /^Inspection report \(PDF\)$/)!;
    setTimeout(() => chooseFiles(input, [pdfFile('inspection SF-10045.pdf')]));
    await waitUntil(
      () => slot(el, 'inspection-report').querySelector('[part~="upload-progress"] progress'),
      'progress shown',
    );
    const event = (await oneEvent(el, 'quality-document-uploaded')) as QualityDocumentUploadedEvent;
    expect(event.detail.type).to.equal('inspection-report');
    expect(event.detail.slot.versions.map((version) => version.name)).to.deep.equal(['inspection SF-10045.pdf']);
    await waitUntil(() => deepText(slot(el, 'inspection-report')).includes('In review'), 'in review');
    expect(status(el)).to.equal(
      'inspection SF-10045.pdf uploaded as Inspection report, version 1. It is now in review.',
    );
    expect((await slotOf(memory, MISSING_AND_REJECTED, 'inspection-report')).versions).to.have.length(1);
  });

  it('opens "Upload new version" of a rejected document from the keyboard and keeps the rejected version', async () => {
    const el = await mount(memory, MISSING_AND_REJECTED);
    const button = findByRole(
      slot(el, 'certificate-of-conformance'),
      'button',
      'Upload new version of Certificate of conformance',
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('aria-label') === 'Certificate of conformance (PDF)',
      'focus on the file input',
    );
    chooseFiles(el.shadowRoot!.activeElement as HTMLInputElement, [pdfFile('CoC signed.pdf')]);
    await waitUntil(
      () => slot(el, 'certificate-of-conformance').querySelectorAll('[part~="version"]').length === 2,
      'two versions listed',
    );
    const versions = [...slot(el, 'certificate-of-conformance').querySelectorAll('[part~="version"]')].map((each) =>
      deepText(each),
    );
    expect(versions[0]).to.include('CoC signed.pdf').and.include('Version 2').and.include('In review');
    expect(versions[1]).to.include('Version 1').and.include('Rejected');
    const stored = await slotOf(memory, MISSING_AND_REJECTED, 'certificate-of-conformance');
    expect(stored.versions.map((version) => version.status)).to.deep.equal(['rejected', 'uploaded']);
  });

  it('shows the scripted reviewer’s verdict when it checks again, and announces it', async () => {
    memory.close();
    memory = createMemoryAdapter({ persist: false, qualityReviewDelayMs: 20 });
    const el = await mount(memory, NOT_BLOCKING, 100);
    expect(deepText(el.shadowRoot!)).to.include('Missing documents do not stop shipping');
    chooseFiles(findFileInput(el.shadowRoot!, /^Certificate of conformance \(PDF\)$/)!, [pdfFile('please-reject.pdf')]);
    await waitUntil(
      () => slot(el, 'certificate-of-conformance').querySelector('[part~="rejection"]'),
      'rejected after review',
      { timeout: 4000 },
    );
    expect(deepText(slot(el, 'certificate-of-conformance').querySelector('[part~="rejection"]')!)).to.include(
      'the file name contains “reject”',
    );
    expect(status(el)).to.equal('Certificate of conformance: version 1 rejected. Upload a new version.');
  });

  it('refuses a PDF for photos by its content, naming the file, and stores nothing', async () => {
    const el = await mount(memory, MISSING_AND_REJECTED);
    chooseFiles(findFileInput(el.shadowRoot!, /^Photos \(image\)$/)!, [pdfFile('<b>photo</b>.png')]);
    await waitUntil(() => slot(el, 'photos').querySelector('[role="alert"]'));
    expect(deepText(slot(el, 'photos').querySelector('[role="alert"]')!)).to.equal(
      '“<b>photo</b>.png” is not a JPEG, PNG or WebP image file.',
    );
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect((await slotOf(memory, MISSING_AND_REJECTED, 'photos')).versions).to.have.length(0);
  });

  it('turns a hostile upload answer into an error naming the field, and "Try again" resends the same file with the same key', async () => {
    const keys: string[] = [];
    let hostile = true;
    const api = new Proxy(memory, {
      get(target, property, receiver) {
        if (property === 'uploadQualityDocument') {
          return async (...args: Parameters<MemoryAdapter['uploadQualityDocument']>) => {
            keys.push(args[3].idempotencyKey);
            const answer = await target.uploadQualityDocument(...args);
            return hostile
              ? { ...answer, versions: answer.versions.map((version) => ({ ...version, url: 'javascript:alert(1)' })) }
              : answer;
          };
        }
        const original = Reflect.get(target, property, receiver);
        return typeof original === 'function' ? original.bind(target) : original;
      },
    });
    const el = await mount(api, MISSING_AND_REJECTED);
    chooseFiles(findFileInput(el.shadowRoot!, /^Inspection report \(PDF\)$/)!, [pdfFile('report.pdf')]);
    await waitUntil(() => slot(el, 'inspection-report').querySelector('[role="alert"]'), 'error shown');
    expect(deepText(slot(el, 'inspection-report').querySelector('[role="alert"]')!)).to.include('"versions.0.url"');
    hostile = false;
    findByRole(slot(el, 'inspection-report'), 'button', 'Try again')!.click();
    await waitUntil(() => deepText(slot(el, 'inspection-report')).includes('In review'), 'uploaded on retry');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect((await slotOf(memory, MISSING_AND_REJECTED, 'inspection-report')).versions).to.have.length(1);
  });

  it('shows the slots of an unconfirmed order without uploads until it is confirmed', async () => {
    const el = await mount(memory, orderIdOf(47));
    expect(deepText(el.shadowRoot!)).to.include('You can upload these documents once the order is confirmed.');
    expect(el.shadowRoot!.querySelectorAll('[part~="slot"]')).to.have.length(3);
    expect(el.shadowRoot!.querySelector('input[type="file"]')).to.equal(null);
  });

  it('is accessible', async () => {
    await expect(await mount(memory, MISSING_AND_REJECTED)).to.be.accessible();
  });
});
