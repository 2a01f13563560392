import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupplierApi } from '../../src/api/port.js';
import { eInvoiceFor } from '../../src/domain/e-invoice/from-order.js';
import { writeXRechnung } from '../../src/domain/e-invoice/xrechnung.js';
import type { Order } from '../../src/domain/types.js';
import {
  DEFAULT_READ_BUDGET,
  setReadBudget,
  startReaderWorker,
} from '../../src/elements/invoice-form/e-invoice-reader.js';
import '../../src/elements/invoice-form/invoice-form.js';
import type { InvoiceForm } from '../../src/elements/invoice-form/invoice-form.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { makeCompanyProfile, makeShippedOrder } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import {
  CII_SAMPLE,
  deeplyNested,
  deflateBombPdf,
  nestedExtension,
  streamRecordsPdf,
  withFirstChild,
  zugferdPdf,
} from '../helpers/e-invoice-samples.js';
import { chooseFiles, deepText, findByRole, findFileInput } from '../helpers/queries.js';

const BANK = {
  accountHolder: 'Feinmechanik Huber GmbH',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  bankName: 'Commerzbank',
};
const RULES = {
  box: { maxWeightKg: 25, maxLengthCm: 120 },
  pallet: { maxWeightKg: 350, maxLengthCm: 240 },
  maxPhotoBytes: 10_000_000,
  maxDocumentBytes: 10_000_000,
};
const MIB = 1024 * 1024;

const root = (el: Element) => el.shadowRoot!;
const quantities = (el: Element) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input.qty')].map((input) => Number(input.value));
const importSection = (el: Element) => root(el).querySelector('[part~="e-invoice-import"]')!;
const alertText = (el: Element) =>
  deepText(importSection(el).querySelector('[role="alert"]') ?? document.createElement('p'));

/** The XRechnung (UBL) an ERP sends for every position of `order`, numbered `number`. */
function xRechnungFor(order: Order, number: string): string {
  const result = eInvoiceFor({
    order,
    profile: makeCompanyProfile(),
    bankDetails: BANK,
    number,
    invoiceDate: '2026-11-20',
    paymentDate: '2026-12-20',
    items: order.positions.map((position) => ({ positionId: position.id, quantity: position.quantity })),
  });
  if (!result.ok) throw new Error('test order cannot be e-invoiced');
  return writeXRechnung(result.invoice);
}

async function mount(order: Order, locale = 'en'): Promise<InvoiceForm> {
  const api: SupplierApi = createStubAdapter({
    getOrder: async () => order,
    getCompanyProfile: async () => makeCompanyProfile({ bankDetails: BANK }),
    getPackagingRules: async () => RULES,
  });
  const wrapper = await fixture<HTMLElement>(
    html`<supplier-provider .adapter=${api}
      ><invoice-form order-id=${order.id} locale=${locale}></invoice-form
    ></supplier-provider>`,
  );
  const el = wrapper.querySelector('invoice-form')!;
  await waitUntil(() => root(el).querySelector('input.qty'), 'positions shown', { timeout: 5000 });
  for (const input of root(el).querySelectorAll<HTMLInputElement>('input.qty')) {
    input.value = '0';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }
  return el;
}

/** Chooses `file` and waits for the reader's outcome: what was read, or why not (never "Reading…" for good). */
async function choose(el: InvoiceForm, file: File, expected: string | RegExp, timeout = 5000): Promise<void> {
  chooseFiles(findFileInput(root(el), /E-invoice|E-Rechnung/)!, [file]);
  const shows = () =>
    typeof expected === 'string'
      ? deepText(importSection(el)).includes(expected)
      : expected.test(deepText(importSection(el)));
  await waitUntil(shows, `shows ${String(expected)}`, { timeout });
  expect(deepText(importSection(el))).not.to.match(/Reading |wird gelesen/);
}

const xmlFile = (xml: string, name: string) => new File([xml], name, { type: 'application/xml' });

describe('<invoice-form> e-invoice reader on hostile files', () => {
  const order = makeShippedOrder({ number: 'ORD-4711' });
  let restoreBudget = () => {};
  let started = 0;
  let terminated = 0;

  /** The real worker, counted as it starts and stops. */
  const countedWorker = () => {
    const worker = startReaderWorker();
    started += 1;
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      terminated += 1;
      terminate();
    };
    return worker;
  };

  beforeEach(() => {
    localStorage.clear();
    started = 0;
    terminated = 0;
    restoreBudget = setReadBudget({ startWorker: countedWorker });
  });
  afterEach(() => restoreBudget());

  it('reads in a worker: a file over the main thread’s limits still fills in the form', async () => {
    setReadBudget({ mainThreadLimits: { ...DEFAULT_READ_BUDGET.mainThreadLimits, maxMarkupChars: 100 } });
    const el = await mount(order);
    await choose(
      el,
      xmlFile(xRechnungFor(order, 'RE-W1'), 'erp.xml'),
      'Invoice RE-W1 read from erp.xml: 2 positions filled in.',
    );
    expect(quantities(el)).to.deep.equal(order.positions.map((position) => position.quantity));
    expect(started).to.equal(1);
    expect(terminated).to.equal(1);
  });

  it('reads a valid XRechnung whose extensions nest 120 elements deep', async () => {
    const el = await mount(order);
    const xml = withFirstChild(xRechnungFor(order, 'RE-120'), nestedExtension(120, '<erp:note>deep</erp:note>'));
    await choose(el, xmlFile(xml, 'nested.xml'), 'Invoice RE-120 read from nested.xml: 2 positions filled in.');
    expect(quantities(el)).to.deep.equal(order.positions.map((position) => position.quantity));
  });

  it('reads elements named __proto__, constructor and prototype as plain data', async () => {
    const el = await mount(order);
    const inside =
      '<erp:__proto__><erp:polluted>yes</erp:polluted></erp:__proto__><erp:constructor>x</erp:constructor><erp:prototype><erp:polluted>yes</erp:polluted></erp:prototype>';
    const xml = withFirstChild(
      CII_SAMPLE,
      `<rsm:__proto__ xmlns:erp="urn:example:erp">${inside}</rsm:__proto__>${inside.replaceAll('erp:', 'ram:')}`,
    );
    await choose(el, xmlFile(xml, 'proto.xml'), 'Invoice RE-77 read from proto.xml: 2 positions filled in.');
    expect(quantities(el)).to.deep.equal([10, 4]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('refuses 200,000 nested elements with a clear message and a way on by hand', async () => {
    const el = await mount(order);
    await choose(
      el,
      xmlFile(deeplyNested(200_000), 'deep.xml'),
      'deep.xml nests its elements more than 256 levels deep',
    );
    expect(alertText(el)).to.include('Nothing was filled in: enter the quantities yourself, or choose another file.');
    expect(quantities(el)).to.deep.equal([0, 0]);
    findByRole(importSection(el), 'button', 'Fill in by hand')!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(root(el).querySelector('input.qty'));
    expect(importSection(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('stops inflating a deflate bomb at the size budget', async () => {
    setReadBudget({ workerLimits: { ...DEFAULT_READ_BUDGET.workerLimits, maxXmlBytes: 1 * MIB } });
    const el = await mount(order);
    await choose(
      el,
      await deflateBombPdf(16 * MIB),
      'bomb.pdf holds more invoice data than can be read here (1 MB at most).',
    );
  });

  it('scans a PDF of stream records in linear time', async () => {
    const el = await mount(order);
    await choose(el, streamRecordsPdf(1_000_000), 'records.pdf is a PDF without e-invoice data attached.');
  });

  it('stops the worker when the time budget runs out, and says so', async () => {
    setReadBudget({
      startTimer: (_ms, onTimeout) => {
        // A clock that runs out right after the file is handed over: before the worker can answer.
        queueMicrotask(onTimeout);
        return () => {};
      },
    });
    const el = await mount(order);
    await choose(
      el,
      xmlFile(xRechnungFor(order, 'RE-SLOW'), 'slow.xml'),
      'slow.xml could not be read within 5 seconds.',
    );
    expect(started).to.equal(1);
    expect(terminated).to.equal(1);
    expect(quantities(el)).to.deep.equal([0, 0]);
    expect(findByRole(importSection(el), 'button', 'Fill in by hand')).to.exist;
  });

  it('says a file could not be read when the worker answers nonsense', async () => {
    setReadBudget({
      startWorker: () =>
        new Worker(
          URL.createObjectURL(
            new Blob(['postMessage({ ready: true }); onmessage = () => postMessage({ result: 42 });'], {
              type: 'text/javascript',
            }),
          ),
        ),
    });
    const el = await mount(order);
    await choose(el, xmlFile(xRechnungFor(order, 'RE-X'), 'odd.xml'), 'odd.xml could not be read.');
  });

  it('reads on the main thread, within its tighter limits, where no worker can start', async () => {
    setReadBudget({
      startWorker: () => {
        throw new TypeError('Trusted Types: policy "supplier-flow" disallowed');
      },
    });
    const el = await mount(order);
    await choose(
      el,
      await zugferdPdf(CII_SAMPLE),
      'Invoice RE-77 read from invoice-zugferd.pdf: 2 positions filled in.',
    );
    expect(quantities(el)).to.deep.equal([10, 4]);
    await choose(
      el,
      xmlFile(deeplyNested(100_000), 'deep.xml'),
      'deep.xml nests its elements more than 256 levels deep',
    );
    await choose(
      el,
      xmlFile(`${xRechnungFor(order, 'RE-BIG')}<!--${' '.repeat(5 * MIB)}-->`, 'big.xml'),
      'big.xml holds more invoice data than can be read here (4 MB at most).',
    );
  });

  it('reads on the main thread when the worker’s script does not load', async () => {
    setReadBudget({ startWorker: () => new Worker(new URL('/no-such-worker.js', location.href), { type: 'module' }) });
    const el = await mount(order);
    await choose(
      el,
      xmlFile(xRechnungFor(order, 'RE-F1'), 'erp.xml'),
      'Invoice RE-F1 read from erp.xml: 2 positions filled in.',
    );
  });

  it('says what went wrong in German, with the way on by hand', async () => {
    const el = await mount(order, 'de');
    await choose(
      el,
      xmlFile(deeplyNested(1_000), 'tief.xml'),
      'tief.xml verschachtelt seine Elemente tiefer als 256 Ebenen',
    );
    expect(alertText(el)).to.include('Es wurde nichts übernommen');
    expect(findByRole(importSection(el), 'button', 'Von Hand ausfüllen')).to.exist;
    await expect(el).to.be.accessible();
  });
});
