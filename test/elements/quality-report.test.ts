import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import '../../src/elements/quality-report/quality-report.js';
import type { QualityReport, QualityReportUploadedEvent } from '../../src/elements/quality-report/quality-report.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { chooseFiles, deepText, findByRole, findFileInput, pdfFile } from '../helpers/queries.js';
import { mountInProvider, root } from '../helpers/mount.js';

const QC_PENDING = orderIdOf(3); // SF-10004: confirmed at application, QC required, nothing uploaded
const QC_NOT_REQUIRED = orderIdOf(0); // SF-10001
const SHIPPED_WITH_QC = orderIdOf(6); // SF-10007: QC done; ship something to lock the reports

const mount = (api: MemoryAdapter, orderId: string): Promise<QualityReport> =>
  mountInProvider(
    api,
    'quality-report',
    html`<quality-report order-id=${orderId}></quality-report>`,
    (el) => deepText(root(el)).length > 30 && !root(el).querySelector('[aria-busy]'),
  );

describe('<quality-report>', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    memory = createMemoryAdapter({ persist: false });
  });
  afterEach(() => memory.close());

  it('says QC is not required when the order does not require it', async () => {
    const el = await mount(memory, QC_NOT_REQUIRED);
    expect(deepText(el.shadowRoot!)).to.include('Quality control is not required for this order');
    expect(findFileInput(el.shadowRoot!, /report/i)).to.equal(null);
  });

  it('uploads a PDF, lists it with a download link, announces it and emits quality-report-uploaded', async () => {
    const el = await mount(memory, QC_PENDING);
    const input = findFileInput(el.shadowRoot!, /Quality control report/)!;
    setTimeout(() => chooseFiles(input, [pdfFile('inspection.pdf')]));
    const event = (await oneEvent(el, 'quality-report-uploaded')) as QualityReportUploadedEvent;
    expect(event.detail.report.name).to.equal('inspection.pdf');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="report"]'));
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="document-link"]')!.href).to.match(
      /^(blob|https?):/,
    );
    expect(deepText(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal('inspection.pdf uploaded.');
    expect(await memory.listQualityReports(QC_PENDING)).to.have.length(1);
  });

  it('refuses a file that is not a PDF by its content, naming the file as text', async () => {
    const el = await mount(memory, QC_PENDING);
    chooseFiles(findFileInput(el.shadowRoot!, /Quality control report/)!, [
      new File(['<img src=x onerror=alert(1)>'], '<b>report</b>.pdf', { type: 'application/pdf' }),
    ]);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(deepText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.include(
      '“<b>report</b>.pdf” is not a PDF file.',
    );
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(await memory.listQualityReports(QC_PENDING)).to.have.length(0);
  });

  it('replaces and removes a report until shipping starts', async () => {
    const el = await mount(memory, QC_PENDING);
    chooseFiles(findFileInput(el.shadowRoot!, /Quality control report/)!, [pdfFile('wrong.pdf')]);
    await waitUntil(() => findByRole(el.shadowRoot!, 'button', 'Replace wrong.pdf'));
    findByRole(el.shadowRoot!, 'button', 'Replace wrong.pdf')!.click();
    await el.updateComplete;
    chooseFiles(findFileInput(el.shadowRoot!, /Quality control report/)!, [pdfFile('right.pdf')]);
    await waitUntil(
      async () => (await memory.listQualityReports(QC_PENDING)).map((report) => report.name).join() === 'right.pdf',
      'replaced',
    );
    await waitUntil(() => findByRole(el.shadowRoot!, 'button', 'Remove right.pdf'));
    findByRole(el.shadowRoot!, 'button', 'Remove right.pdf')!.click();
    await waitUntil(async () => (await memory.listQualityReports(QC_PENDING)).length === 0, 'removed');
  });

  it('locks replace and remove once a shipment exists', async () => {
    const order = await memory.getOrder(SHIPPED_WITH_QC);
    const profile = await memory.getCompanyProfile();
    const photo = await memory.uploadPackagePhoto(
      order.id,
      { name: 'p.png', blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])]) },
      { idempotencyKey: 'p' },
    );
    await memory.createShipment(
      order.id,
      {
        items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
        package: { type: 'box', count: 1, lengthCm: 10, widthCm: 10, heightCm: 10, weightKg: 1 },
        photoId: photo.id,
        delivery: { arrangedBy: 'platform', pickupAddress: profile.pickupAddress },
        termsAccepted: true,
      },
      { idempotencyKey: 's' },
    );
    const el = await mount(memory, SHIPPED_WITH_QC);
    expect(deepText(el.shadowRoot!)).to.include('can no longer be replaced or removed');
    expect(findByRole(el.shadowRoot!, 'button', /^(Replace|Remove) /)).to.equal(null);
  });

  it('is accessible', async () => {
    await expect(await mount(memory, QC_PENDING)).to.be.accessible();
  });
});
