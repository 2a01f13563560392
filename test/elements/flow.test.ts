import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import '../../src/define.js';
import { chooseFiles, findByRole, findFileInput, pdfFile } from '../helpers/queries.js';

/**
 * A supplier's first steps on an order, found only by roles and accessible names:
 * My Orders → Order Details → Download Production Order → Order Confirmation →
 * Confirm → upload the QC report.
 */
describe('the supplier flow, end to end on the memory adapter', () => {
  it('confirms an order and uploads its quality report', async function () {
    this.timeout(20_000);
    const memory = createMemoryAdapter({ persist: false });
    const page = await fixture<HTMLElement>(
      html`<supplier-provider .adapter=${memory}><supplier-portal></supplier-portal></supplier-provider>`,
    );
    const portal = page.querySelector('supplier-portal')!;
    const find = (role: Parameters<typeof findByRole>[1], name: string | RegExp) =>
      findByRole(portal.shadowRoot!, role, name);

    await waitUntil(() => find('textbox', /.*/), 'My Orders shows its search');
    const search = find('textbox', /.*/) as HTMLInputElement;
    search.value = 'SF-10002';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => find('button', /^Order Details SF-10002$/), 'the order is listed', { timeout: 5000 });
    find('button', /^Order Details SF-10002$/)!.click();

    await waitUntil(() => find('link', /Download Production Order/), 'the production stage offers the PDF', {
      timeout: 5000,
    });
    expect((find('link', /Download Production Order/) as HTMLAnchorElement).href).to.match(/^blob:/);
    find('button', 'Order Confirmation')!.click();
    await waitUntil(() => find('button', 'Confirm'), 'the confirm dialog is open');
    find('button', 'Confirm')!.click();
    // Production is done: the stage that needs the supplier next opens by itself.
    await waitUntil(
      () => find('button', /^Quality control\s+Action required$/)?.getAttribute('aria-expanded') === 'true',
      'quality control opens, needing the report',
      {
        timeout: 5000,
      },
    );
    expect(find('button', /^Production\s+Done$/)).to.exist;
    expect(
      (await memory.getOrder((portal as unknown as { orderId: string }).orderId)).production.confirmedAt,
    ).to.not.equal(null);
    await waitUntil(() => findFileInput(portal.shadowRoot!, /Quality control report/), 'the upload is offered');
    chooseFiles(findFileInput(portal.shadowRoot!, /Quality control report/)!, [pdfFile('final-inspection.pdf')]);
    await waitUntil(() => find('link', /final-inspection\.pdf/), 'the report is listed in the panel, still open', {
      timeout: 5000,
    });
    await waitUntil(() => find('button', /^Quality control\s+Done$/), 'quality control is done', { timeout: 5000 });
    memory.close();
  });
});
