import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import { SupplierApiError } from '../../src/api/errors.js';
import { withFaults } from '../../src/api/faults.js';
import type { SupplierApi, UploadFile } from '../../src/api/port.js';
import { orderToday } from '../../src/domain/deadlines.js';
import { remainingQuantity } from '../../src/domain/quantities.js';
import type { Order } from '../../src/domain/types.js';
import { createDraftStore } from '../../src/elements/shared/drafts.js';
import {
  DRAFT_VERSION,
  isShippingDraft,
  migrateShippingDraft,
  type ShippingDraft,
} from '../../src/elements/shipping-wizard/draft.js';
import '../../src/elements/shipping-wizard/shipping-wizard.js';
import type { ShippingWizard } from '../../src/elements/shipping-wizard/shipping-wizard.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { mountInProvider, root } from '../helpers/mount.js';
import { setViewport } from '../helpers/viewport.js';

/** Seeded orders (see src/api/memory/seed/scenarios.ts): all confirmed, shipping open. */
const PLATFORM_DUE_TODAY = orderIdOf(6); // regular order, lead time tomorrow → shipping info due today
const SUPPLIER_DAP = orderIdOf(18); // DAP terms, partly shipped, lead time in 14 days
const TEST_OVERDUE = orderIdOf(17); // test order, lead time 2 days ago → deadline passed

const drafts = createDraftStore<ShippingDraft>('shipping', DRAFT_VERSION, isShippingDraft, migrateShippingDraft);
const storageKey = (orderId: string) => `supplier-flow:draft:shipping:${orderId}`;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const text = (node: Element | ShadowRoot | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: Element) => text($(el, '#step-heading'));
const button = (el: Element, name: RegExp) =>
  [...root(el).querySelectorAll('button')].find((candidate) => name.test(text(candidate)))!;
const statusOf = (el: Element, id: string) => text($(el, `#${CSS.escape(id)}-status`));

function type(el: Element, id: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${CSS.escape(id)}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(el: Element, id: string): void {
  const input = $<HTMLInputElement>(el, `#${CSS.escape(id)}`)!;
  input.click();
}

function select(el: Element, id: string, value: string): void {
  const element = $<HTMLSelectElement>(el, `#${CSS.escape(id)}`)!;
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function dropFile(el: Element, file: File): void {
  const input = $<HTMLInputElement>(el, '#package-photo')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function imageFile(
  width: number,
  height: number,
  name = 'package.png',
  mime = 'image/png',
  quality?: number,
): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#c96');
  gradient.addColorStop(1, '#369');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  for (let i = 0; i < 400; i++) {
    context.fillStyle = `hsl(${(i * 37) % 360} 60% 50%)`;
    context.fillRect((i * 97) % width, (i * 53) % height, 40 + (i % 90), 30 + (i % 70));
  }
  const blob = await canvas.convertToBlob(quality === undefined ? { type: mime } : { type: mime, quality });
  return new File([blob], name, { type: mime });
}

/** Wraps an adapter to record calls of some methods (and optionally replace them). */
function recording(api: SupplierApi, overrides: Partial<SupplierApi> = {}) {
  const calls: { method: string; args: unknown[]; result?: unknown }[] = [];
  const proxy = new Proxy(api, {
    get(target, property) {
      const original =
        (overrides as Record<PropertyKey, unknown>)[property] ??
        (target as unknown as Record<PropertyKey, unknown>)[property];
      if (typeof original !== 'function') return original;
      return (...args: unknown[]) => {
        const call: (typeof calls)[number] = { method: String(property), args };
        calls.push(call);
        call.result = (original as (...a: unknown[]) => unknown).apply(target, args);
        return call.result;
      };
    },
  });
  return { api: proxy, calls, of: (method: string) => calls.filter((call) => call.method === method) };
}

async function mount(api: SupplierApi, orderId: string): Promise<{ el: ShippingWizard; wrapper: HTMLElement }> {
  const el = await mountInProvider(
    api,
    'shipping-wizard',
    html`<shipping-wizard order-id=${orderId}></shipping-wizard>`,
    '#step-heading',
  );
  return { el, wrapper: el.parentElement! };
}

async function fillPackage(el: ShippingWizard): Promise<void> {
  choose(el, 'package-type-box');
  type(el, 'package-count', '1');
  type(el, 'package-lengthCm', '40');
  type(el, 'package-widthCm', '30');
  type(el, 'package-heightCm', '20');
  type(el, 'package-weightKg', '5');
  dropFile(el, await imageFile(64, 48));
  await waitUntil(() => text($(el, '[part~="thumbnail"]')).includes('Photo uploaded'), 'the photo is uploaded', {
    timeout: 5000,
  });
}

/** A complete draft at step 3, with a photo really uploaded to the adapter. */
async function seedDraft(
  api: MemoryAdapter,
  order: Order,
  overrides: Partial<ShippingDraft> = {},
): Promise<ShippingDraft> {
  const photo = await api.uploadPackagePhoto(
    order.id,
    { name: 'box.png', blob: await imageFile(32, 32) },
    { idempotencyKey: `seed-${Math.random()}` },
  );
  const first = order.positions.find((position) => remainingQuantity(order, position) > 0)!;
  const draft: ShippingDraft = {
    step: 2,
    quantities: { [first.id]: '1' },
    package: { type: 'box', count: '1', lengthCm: '40', widthCm: '30', heightCm: '20', weightKg: '5' },
    photo: { id: photo.id, name: photo.name },
    delivery: { carrierId: '', trackingNumbers: [''], expectedShipDate: '' },
    termsAccepted: true,
    idempotencyKey: `draft-key-${Math.random().toString(36).slice(2)}`,
    ...overrides,
  };
  drafts.save(order.id, draft);
  return draft;
}

describe('<shipping-wizard>', () => {
  let memory: MemoryAdapter;

  beforeEach(() => {
    localStorage.clear();
    memory = createMemoryAdapter({ persist: false });
  });

  afterEach(() => {
    memory.close();
    localStorage.clear();
  });

  it('platform arranges: parts → package with photo → pickup address and terms → Publish; each step axe-clean; draft cleared', async () => {
    const { el } = await mount(memory, PLATFORM_DUE_TODAY);
    expect(heading(el)).to.equal('Which parts do you ship now?');
    expect(text($(el, '.stepper'))).to.include('Step 1 of 3');
    await expect(el).to.be.accessible();

    button(el, /^Continue$/).click();
    await waitUntil(() => heading(el) === 'Package');
    await el.updateComplete;
    expect(root(el).activeElement?.id, 'focus on the new step heading').to.equal('step-heading');
    await fillPackage(el);
    await expect(el).to.be.accessible();

    button(el, /^Continue$/).click();
    await waitUntil(() => heading(el) === 'Delivery');
    const profile = await memory.getCompanyProfile();
    expect(text($(el, '[part~="pickup-address"]'))).to.include(profile.pickupAddress.street);
    expect(text($(el, '[part~="pickup-address"]'))).to.include('If this address is not correct, contact the platform');
    expect($(el, '#delivery-carrierId'), 'no carrier choice when the platform arranges').to.equal(null);
    await expect(el).to.be.accessible();

    button(el, /^Publish$/).click();
    await el.updateComplete;
    expect(statusOf(el, 'termsAccepted')).to.include('Accept the terms');
    expect(root(el).activeElement?.id).to.equal('termsAccepted');

    choose(el, 'termsAccepted');
    const published = oneEvent(el, 'shipment-published');
    button(el, /^Publish$/).click();
    const event = await published;
    expect(event.detail.orderId).to.equal(PLATFORM_DUE_TODAY);
    expect(event.detail.shipment.delivery.arrangedBy).to.equal('platform');
    expect(event.detail.shipment.photo).to.not.equal(null);
    expect(localStorage.getItem(storageKey(PLATFORM_DUE_TODAY)), 'draft cleared').to.equal(null);
    await el.updateComplete;
    expect(text($(el, '[part="announcer"]'))).to.include(`Shipment ${event.detail.shipment.number} has been published`);
  });

  it('supplier arranges: logistic operator, tracking number (optional), expected date, terms → Publish', async () => {
    const order = await memory.getOrder(SUPPLIER_DAP);
    const { el } = await mount(memory, SUPPLIER_DAP);
    button(el, /^Continue$/).click();
    await waitUntil(() => heading(el) === 'Package');
    await fillPackage(el);
    button(el, /^Continue$/).click();
    await waitUntil(() => heading(el) === 'Delivery');
    expect($(el, '[part~="pickup-address"]')).to.equal(null);

    button(el, /^Publish$/).click();
    await el.updateComplete;
    expect(statusOf(el, 'delivery-carrierId')).to.include('Choose a logistic operator');
    expect(statusOf(el, 'delivery-expectedShipDate')).to.include('Enter the expected shipment date');
    expect(root(el).activeElement?.id, 'first invalid field focused').to.equal('delivery-carrierId');
    await expect(el).to.be.accessible();

    select(el, 'delivery-carrierId', 'dpd');
    type(el, 'delivery-expectedShipDate', orderToday(order, Date.now()));
    choose(el, 'termsAccepted');
    const published = oneEvent(el, 'shipment-published');
    button(el, /^Publish$/).click();
    const { detail } = await published;
    expect(detail.shipment.delivery).to.deep.include({
      arrangedBy: 'supplier',
      carrierId: 'dpd',
      trackingNumbers: [],
      expectedShipDate: orderToday(order, Date.now()),
    });
  });

  it('refuses more than the remaining quantity, naming it, and focuses the field on Continue', async () => {
    const order = await memory.getOrder(PLATFORM_DUE_TODAY);
    const position = order.positions[0]!;
    const remaining = remainingQuantity(order, position);
    const { el } = await mount(memory, PLATFORM_DUE_TODAY);
    const id = `items-${position.id}`;
    type(el, id, String(remaining + 1));
    await el.updateComplete;
    expect(statusOf(el, id)).to.match(new RegExp(`(At most|Only) ${remaining} piece`));
    expect($(el, `#${CSS.escape(id)}`)!.getAttribute('aria-invalid')).to.equal('true');
    button(el, /^Continue$/).click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Which parts do you ship now?');
    expect(root(el).activeElement?.id).to.equal(id);
  });

  it('refuses a shipment with no parts at all', async () => {
    const { el } = await mount(memory, PLATFORM_DUE_TODAY);
    for (const input of root(el).querySelectorAll<HTMLInputElement>('input[type=number]')) type(el, input.id, '0');
    button(el, /^Continue$/).click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Which parts do you ship now?');
    expect(statusOf(el, 'items')).to.include('Enter a quantity for at least one part');
  });

  it('restores the draft after a reload in step 2, and Back keeps what was entered', async () => {
    const order = await memory.getOrder(PLATFORM_DUE_TODAY);
    const position = order.positions[0]!;
    const { el, wrapper } = await mount(memory, PLATFORM_DUE_TODAY);
    type(el, `items-${position.id}`, '1');
    button(el, /^Continue$/).click();
    await waitUntil(() => heading(el) === 'Package');
    choose(el, 'package-type-pallet');
    type(el, 'package-lengthCm', '55');
    await el.updateComplete;
    el.remove();

    const again = document.createElement('shipping-wizard');
    again.orderId = PLATFORM_DUE_TODAY;
    wrapper.append(again);
    await waitUntil(() => $(again, '#step-heading'), 'restored', { timeout: 5000 });
    expect(heading(again)).to.equal('Package');
    expect($<HTMLInputElement>(again, '#package-lengthCm')!.value).to.equal('55');
    expect($<HTMLInputElement>(again, '#package-type-pallet')!.checked).to.equal(true);
    button(again, /^Back$/).click();
    await waitUntil(() => heading(again) === 'Which parts do you ship now?');
    expect($<HTMLInputElement>(again, `#${CSS.escape(`items-${position.id}`)}`)!.value).to.equal('1');
    expect(localStorage.getItem(storageKey(PLATFORM_DUE_TODAY))).to.not.include('base64');
  });

  it('creates one shipment when Publish is double-clicked', async () => {
    const order = await memory.getOrder(PLATFORM_DUE_TODAY);
    await seedDraft(memory, order);
    const before = order.shipments.length;
    const recorder = recording(memory);
    const { el } = await mount(recorder.api, PLATFORM_DUE_TODAY);
    expect(heading(el)).to.equal('Delivery');
    const published = oneEvent(el, 'shipment-published');
    const publish = button(el, /^Publish$/);
    publish.click();
    publish.click();
    await published;
    await el.updateComplete;
    await Promise.allSettled(recorder.of('createShipment').map((call) => call.result));
    expect(recorder.of('createShipment'), 'one write for a double click').to.have.length(1);
    expect((await memory.getOrder(PLATFORM_DUE_TODAY)).shipments).to.have.length(before + 1);
  });

  it('keeps the draft after a network fault on Publish, and the retry sends the same key (one shipment)', async () => {
    const order = await memory.getOrder(PLATFORM_DUE_TODAY);
    const draft = await seedDraft(memory, order);
    const faulty = withFaults(memory, {});
    const recorder = recording(faulty);
    const { el } = await mount(recorder.api, PLATFORM_DUE_TODAY);
    faulty.setOptions({ dropAfterWrite: 1 });
    button(el, /^Publish$/).click();
    await waitUntil(() => $(el, '[role=alert]'), 'the error is shown');
    expect(text($(el, '[role=alert]'))).to.include('No connection to the server');
    expect(drafts.load(PLATFORM_DUE_TODAY)?.idempotencyKey, 'draft kept').to.equal(draft.idempotencyKey);
    expect(heading(el)).to.equal('Delivery');

    const published = oneEvent(el, 'shipment-published');
    button(el, /^Try again$/).click();
    await published;
    const keys = recorder
      .of('createShipment')
      .map((call) => (call.args[2] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.deep.equal([draft.idempotencyKey, draft.idempotencyKey]);
    expect((await memory.getOrder(PLATFORM_DUE_TODAY)).shipments).to.have.length(order.shipments.length + 1);
  });

  it('maps a validation error of the adapter onto the field and its step', async () => {
    const order = await memory.getOrder(PLATFORM_DUE_TODAY);
    await seedDraft(memory, order);
    const recorder = recording(memory, {
      createShipment: () =>
        Promise.reject(
          new SupplierApiError('validation', 'Too heavy', { fieldErrors: { 'package.weightKg': 'too-heavy' } }),
        ),
    });
    const { el } = await mount(recorder.api, PLATFORM_DUE_TODAY);
    button(el, /^Publish$/).click();
    await waitUntil(() => heading(el) === 'Package');
    await el.updateComplete;
    expect(statusOf(el, 'package-weightKg')).to.include('A box may weigh at most 25 kg');
    expect($(el, '#package-weightKg')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('package-weightKg');
  });

  it('refuses a photo by its content: a .jpg name with text inside is not uploaded', async () => {
    const order = await memory.getOrder(PLATFORM_DUE_TODAY);
    await seedDraft(memory, order, { step: 1, photo: null });
    const recorder = recording(memory);
    const { el } = await mount(recorder.api, PLATFORM_DUE_TODAY);
    dropFile(el, new File(['just some text, not a photo'], 'photo.jpg', { type: 'image/jpeg' }));
    await waitUntil(() => statusOf(el, 'package-photo').includes('is not a JPEG, PNG or WebP image'), 'refused');
    expect(statusOf(el, 'package-photo')).to.include('“photo.jpg”');
    expect(recorder.of('uploadPackagePhoto')).to.have.length(0);
  });

  it('downscales a 4000×3000 photo before upload (≤ 2000 px, fewer bytes), with progress, and shows a thumbnail', async () => {
    const order = await memory.getOrder(PLATFORM_DUE_TODAY);
    await seedDraft(memory, order, { step: 1, photo: null });
    const progress: number[] = [];
    const recorder = recording(memory, {
      uploadPackagePhoto: (orderId, file, options) =>
        memory.uploadPackagePhoto(orderId, file, {
          ...options,
          onProgress: (p) => (progress.push(p.loaded), options.onProgress?.(p)),
        }),
    });
    const { el } = await mount(recorder.api, PLATFORM_DUE_TODAY);
    const original = await imageFile(4000, 3000, 'big.jpg', 'image/jpeg', 0.95);
    dropFile(el, original);
    await waitUntil(() => $(el, '[part~="thumbnail"] img'), 'thumbnail', { timeout: 10_000 });
    const [call] = recorder.of('uploadPackagePhoto');
    const uploaded = (call!.args[1] as UploadFile).blob;
    const bitmap = await createImageBitmap(uploaded);
    expect(Math.max(bitmap.width, bitmap.height)).to.be.at.most(2000);
    expect(bitmap.width / bitmap.height).to.be.closeTo(4 / 3, 0.01);
    expect(uploaded.size).to.be.below(original.size);
    expect(progress.length).to.be.greaterThan(0);
    expect($<HTMLImageElement>(el, '[part~="thumbnail"] img')!.src).to.match(/^blob:/);
  });

  it('warns when the shipping deadline is near, and says plainly when it has passed', async () => {
    const near = (await mount(memory, PLATFORM_DUE_TODAY)).el;
    expect(text($(near, '[part~="deadline"]'))).to.include(
      'Please upload shipping information at least one day before the lead time day',
    );
    expect($(near, '[part~="deadline-warning"]')).to.not.equal(null);
    expect($(near, '[part~="deadline-passed"]')).to.equal(null);

    const passed = (await mount(memory, TEST_OVERDUE)).el;
    const notice = $(passed, '[part~="deadline-passed"]');
    expect(notice).to.not.equal(null);
    expect(notice!.classList.contains('danger')).to.equal(true);
    expect(text(notice)).to.include('The shipping deadline has passed');
    // The warning stays on every step.
    button(passed, /^Continue$/).click();
    await waitUntil(() => heading(passed) === 'Package');
    expect($(passed, '[part~="deadline-passed"]')).to.not.equal(null);
  });

  it('warns when the tracking number does not fit the chosen carrier, without blocking Publish', async () => {
    const order = await memory.getOrder(SUPPLIER_DAP);
    await seedDraft(memory, order, {
      delivery: { carrierId: 'dhl', trackingNumbers: [''], expectedShipDate: orderToday(order, Date.now()) },
    });
    const { el } = await mount(memory, SUPPLIER_DAP);
    type(el, 'delivery-trackingNumbers-0', '1Z999AA10123456784');
    await el.updateComplete;
    expect(statusOf(el, 'delivery-trackingNumbers-0')).to.include('looks like a UPS number, not a DHL number');
    expect($(el, '[part~="field-warning"]')).to.not.equal(null);
    const published = oneEvent(el, 'shipment-published');
    button(el, /^Publish$/).click();
    const { detail } = await published;
    expect(detail.shipment.delivery).to.deep.include({ carrierId: 'dhl', trackingNumbers: ['1Z999AA10123456784'] });
  });

  it('proposes the carrier a tracking number fits, and takes it on "Use …"', async () => {
    const order = await memory.getOrder(SUPPLIER_DAP);
    await seedDraft(memory, order, {
      delivery: { carrierId: '', trackingNumbers: [''], expectedShipDate: orderToday(order, Date.now()) },
    });
    const { el } = await mount(memory, SUPPLIER_DAP);
    expect($(el, '[part~="carrier-proposal"]')).to.equal(null);
    type(el, 'delivery-trackingNumbers-0', '1Z999AA10123456784');
    await el.updateComplete;
    expect(text($(el, '[part~="carrier-proposal"]'))).to.include('The number fits the format of UPS.');
    button(el, /^Use UPS$/).click();
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#delivery-carrierId')!.value).to.equal('ups');
    expect($(el, '[part~="carrier-proposal"]'), 'nothing left to propose').to.equal(null);
    type(el, 'delivery-trackingNumbers-0', 'not a known format');
    await el.updateComplete;
    expect($(el, '[part~="carrier-proposal"]')).to.equal(null);
  });

  it('emits shipping-cancel on Cancel and keeps the draft', async () => {
    const order = await memory.getOrder(PLATFORM_DUE_TODAY);
    const { el } = await mount(memory, PLATFORM_DUE_TODAY);
    type(el, `items-${order.positions[0]!.id}`, '1');
    const cancelled = oneEvent(el, 'shipping-cancel');
    button(el, /^Cancel$/).click();
    expect((await cancelled).detail).to.deep.equal({ orderId: PLATFORM_DUE_TODAY });
    expect(drafts.load(PLATFORM_DUE_TODAY)?.quantities[order.positions[0]!.id]).to.equal('1');
  });

  describe('several tracking numbers', () => {
    const UPS_A = '1Z999AA10123456784';
    const UPS_B = '1Z5R89390357567127';

    async function mountDelivery(
      numbers: readonly string[] = [''],
      carrierId = 'ups',
    ): Promise<{ el: ShippingWizard; order: Order }> {
      const order = await memory.getOrder(SUPPLIER_DAP);
      await seedDraft(memory, order, {
        delivery: { carrierId, trackingNumbers: numbers, expectedShipDate: orderToday(order, Date.now()) },
      });
      const { el } = await mount(memory, SUPPLIER_DAP);
      return { el, order };
    }

    const labelOf = (el: Element, id: string) => text($(el, `label[for="${id}"]`));
    const trackingInputs = (el: Element) => [
      ...root(el).querySelectorAll<HTMLInputElement>('[part~="tracking-numbers"] input'),
    ];

    it('"Add tracking number" adds a labelled field and focuses it; "Remove" takes one away and focus stays in the list', async () => {
      const { el } = await mountDelivery([UPS_A]);
      expect($(el, '[part~="remove-tracking-button"]'), 'no Remove while there is one field').to.equal(null);
      button(el, /Add tracking number/).click();
      await el.updateComplete;
      expect(trackingInputs(el)).to.have.length(2);
      expect(root(el).activeElement?.id, 'the new field is focused').to.equal('delivery-trackingNumbers-1');
      expect(labelOf(el, 'delivery-trackingNumbers-1')).to.match(/^Tracking number 2/);
      type(el, 'delivery-trackingNumbers-1', UPS_B);
      button(el, /Add tracking number/).click();
      await el.updateComplete;
      expect(labelOf(el, 'delivery-trackingNumbers-2')).to.match(/^Tracking number 3/);
      const removeButtons = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="remove-tracking-button"]')];
      expect(removeButtons.map((candidate) => candidate.getAttribute('aria-label'))).to.deep.equal([
        'Remove tracking number 1',
        'Remove tracking number 2',
        'Remove tracking number 3',
      ]);
      removeButtons[0]!.click();
      await el.updateComplete;
      expect(trackingInputs(el).map((input) => input.value)).to.deep.equal([UPS_B, '']);
      expect(root(el).activeElement?.id, 'focus on the field that took its place').to.equal(
        'delivery-trackingNumbers-0',
      );
      expect(text($(el, '[part~="announcer"]'))).to.include('Tracking number 1 removed.');
      expect(drafts.load(SUPPLIER_DAP)?.delivery.trackingNumbers, 'the draft follows').to.deep.equal([UPS_B, '']);
      await expect(el).to.be.accessible();
    });

    it('is keyboard reachable: Tab goes from a field to its Remove button and on to "Add tracking number"', async () => {
      const { el } = await mountDelivery([UPS_A, UPS_B]);
      $<HTMLInputElement>(el, '#delivery-trackingNumbers-1')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Remove tracking number 2');
      await sendKeys({ press: 'Tab' });
      expect(text(root(el).activeElement)).to.include('Add tracking number');
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => root(el).activeElement?.id === 'delivery-trackingNumbers-2',
        'focus on the new tracking number field',
      );
    });

    it('checks each number on its own: a duplicate is an error that blocks Publish, a number of no known format only warns', async () => {
      const { el } = await mountDelivery([UPS_A, '12345', ` ${UPS_A.toLowerCase()} `]);
      button(el, /^Publish$/).click();
      await el.updateComplete;
      expect(statusOf(el, 'delivery-trackingNumbers-0'), 'a fitting number is fine').to.not.include('look');
      expect(statusOf(el, 'delivery-trackingNumbers-1')).to.include('does not look like a UPS tracking number');
      expect($(el, '#delivery-trackingNumbers-1-status[part~="field-warning"]')).to.not.equal(null);
      expect(statusOf(el, 'delivery-trackingNumbers-2')).to.include(
        'You entered this tracking number already, as tracking number 1.',
      );
      expect($<HTMLInputElement>(el, '#delivery-trackingNumbers-2')!.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).activeElement?.id, 'the duplicate is focused').to.equal('delivery-trackingNumbers-2');
      expect((await memory.listShipments(SUPPLIER_DAP)).length, 'nothing published').to.equal(
        (await memory.getOrder(SUPPLIER_DAP)).shipments.length,
      );
      await expect(el).to.be.accessible();

      type(el, 'delivery-trackingNumbers-2', UPS_B);
      const published = oneEvent(el, 'shipment-published');
      button(el, /^Publish$/).click();
      const { detail } = await published;
      expect(detail.shipment.delivery).to.deep.include({ carrierId: 'ups', trackingNumbers: [UPS_A, '12345', UPS_B] });
    });

    it('leaves empty fields out of the published shipment', async () => {
      const { el } = await mountDelivery(['', UPS_A, '  ']);
      const published = oneEvent(el, 'shipment-published');
      button(el, /^Publish$/).click();
      const { detail } = await published;
      expect(detail.shipment.delivery).to.deep.include({ trackingNumbers: [UPS_A] });
    });

    it('proposes the carrier from the numbers: "Use UPS" when every number is a UPS number', async () => {
      const { el } = await mountDelivery([UPS_A, ''], 'dhl');
      type(el, 'delivery-trackingNumbers-1', UPS_B);
      await el.updateComplete;
      expect(text($(el, '[part~="carrier-proposal"]'))).to.include('The number fits the format of UPS.');
      button(el, /^Use UPS$/).click();
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#delivery-carrierId')!.value).to.equal('ups');
      expect($(el, '[part~="carrier-proposal"]')).to.equal(null);
    });

    it('loads a draft saved before several numbers existed (version 1, one trackingNumber) with its number in the first field', async () => {
      const order = await memory.getOrder(SUPPLIER_DAP);
      const current = await seedDraft(memory, order, {
        delivery: { carrierId: 'ups', trackingNumbers: [UPS_A], expectedShipDate: orderToday(order, Date.now()) },
      });
      const { trackingNumbers: _numbers, ...delivery } = current.delivery;
      const old = { ...current, delivery: { ...delivery, trackingNumber: UPS_A } };
      localStorage.setItem(storageKey(SUPPLIER_DAP), JSON.stringify({ version: 1, savedAt: Date.now(), value: old }));
      const { el } = await mount(memory, SUPPLIER_DAP);
      expect(heading(el)).to.equal('Delivery');
      expect(trackingInputs(el).map((input) => input.value)).to.deep.equal([UPS_A]);
      expect(drafts.load(SUPPLIER_DAP)?.idempotencyKey, 'the same draft, key kept').to.equal(current.idempotencyKey);
    });

    it('drops a stored draft of an unknown newer version rather than misreading it', async () => {
      const order = await memory.getOrder(SUPPLIER_DAP);
      const current = await seedDraft(memory, order, { step: 2 });
      localStorage.setItem(
        storageKey(SUPPLIER_DAP),
        JSON.stringify({ version: DRAFT_VERSION + 1, savedAt: Date.now(), value: current }),
      );
      const { el } = await mount(memory, SUPPLIER_DAP);
      expect(heading(el)).to.equal('Which parts do you ship now?');
    });
  });

  describe('step (opening at a step, as from a link)', () => {
    async function mountAt(orderId: string, step: string): Promise<{ el: ShippingWizard; steps: string[] }> {
      const steps: string[] = [];
      const wrapper = await fixture<HTMLElement>(
        html`<supplier-provider
          .adapter=${memory}
          @shipping-step-change=${(event: CustomEvent<{ step: string }>) => steps.push(event.detail.step)}
          ><shipping-wizard order-id=${orderId} step=${step}></shipping-wizard
        ></supplier-provider>`,
      );
      const el = wrapper.querySelector('shipping-wizard')!;
      await waitUntil(() => $(el, '#step-heading'), 'the wizard shows a step', { timeout: 5000 });
      await el.updateComplete;
      return { el, steps };
    }

    it('opens at the requested step when the earlier steps are complete, and focuses its heading', async () => {
      const order = await memory.getOrder(SUPPLIER_DAP);
      await seedDraft(memory, order, { step: 0 });
      const { el, steps } = await mountAt(SUPPLIER_DAP, 'delivery');
      expect(heading(el)).to.equal('Delivery');
      expect(root(el).activeElement?.id).to.equal('step-heading');
      expect(steps).to.deep.equal(['delivery']);
      expect(drafts.load(SUPPLIER_DAP)?.step, 'the draft is at that step').to.equal(2);
    });

    it('opens at the first incomplete step when a later one is asked for', async () => {
      const order = await memory.getOrder(SUPPLIER_DAP);
      await seedDraft(memory, order, { step: 0, photo: null });
      const { el, steps } = await mountAt(SUPPLIER_DAP, 'delivery');
      expect(heading(el), 'the package step lacks its photo').to.equal('Package');
      expect(steps).to.deep.equal(['package']);
    });

    it('reports every step change, and takes a new step when the property changes', async () => {
      const order = await memory.getOrder(SUPPLIER_DAP);
      await seedDraft(memory, order, { step: 1 });
      const { el, steps } = await mountAt(SUPPLIER_DAP, '');
      expect(heading(el)).to.equal('Package');
      button(el, /^Continue$/).click();
      await waitUntil(() => heading(el) === 'Delivery');
      button(el, /^Back$/).click();
      await waitUntil(() => heading(el) === 'Package');
      el.step = 'parts';
      await waitUntil(() => heading(el) === 'Which parts do you ship now?');
      await el.updateComplete;
      expect(steps).to.deep.equal(['package', 'delivery', 'package', 'parts']);
    });
  });

  describe('design pass (issue 21)', () => {
    /** Emoji and symbol characters the wizard once drew as icons. */
    const EMOJI = /\p{Extended_Pictographic}|[⚠❗✓ℹ]/u;

    /** An upload the test finishes: `finish()` stores the photo, `fail(error)` refuses it. */
    function deferredUpload(api: MemoryAdapter) {
      let release: (error?: Error) => void = () => {};
      const gate = new Promise<void>((resolve, reject) => (release = (error) => (error ? reject(error) : resolve())));
      const recorder = recording(api, {
        uploadPackagePhoto: async (orderId, file, options) => {
          await gate;
          return api.uploadPackagePhoto(orderId, file, options);
        },
      });
      return { api: recorder.api, finish: () => release(), fail: (error: Error) => release(error) };
    }

    async function mountPackageUploading(): Promise<{ el: ShippingWizard; upload: ReturnType<typeof deferredUpload> }> {
      const order = await memory.getOrder(PLATFORM_DUE_TODAY);
      await seedDraft(memory, order, { step: 1, photo: null });
      const upload = deferredUpload(memory);
      const { el } = await mount(upload.api, PLATFORM_DUE_TODAY);
      dropFile(el, await imageFile(64, 48));
      await waitUntil(() => $(el, '[part~="upload-progress"]'), 'the upload is under way', { timeout: 5000 });
      return { el, upload };
    }

    it('draws its marks as SVG icons, never emoji: deadline, photo, confirmation', async () => {
      const order = await memory.getOrder(PLATFORM_DUE_TODAY);
      await seedDraft(memory, order, { step: 1 });
      const { el } = await mount(memory, PLATFORM_DUE_TODAY);
      expect($(el, '[part~="deadline"] svg[data-icon]')).to.not.equal(null);
      dropFile(el, await imageFile(32, 32));
      await waitUntil(() => $(el, '[part~="thumbnail"] img'), 'thumbnail', { timeout: 5000 });
      expect($(el, '[part~="thumbnail"] svg[data-icon="check"]')).to.not.equal(null);
      expect(text(root(el) as unknown as Element)).to.not.match(EMOJI);
      button(el, /^Continue$/).click();
      await waitUntil(() => heading(el) === 'Delivery');
      button(el, /^Publish$/).click();
      await waitUntil(() => $(el, '[part~="success"]'), 'published');
      expect($(el, '[part~="success"] svg[data-icon="success"]')).to.not.equal(null);
      expect(text(root(el) as unknown as Element)).to.not.match(EMOJI);
    });

    it('puts its title at heading-level and the step headings one below', async () => {
      const order = await memory.getOrder(SUPPLIER_DAP);
      await seedDraft(memory, order, { step: 2 });
      const el = await mountInProvider(
        memory,
        'shipping-wizard',
        html`<shipping-wizard order-id=${SUPPLIER_DAP} heading-level="4"></shipping-wizard>`,
        '#step-heading',
      );
      expect($(el, '[part~="title"]')!.tagName).to.equal('H4');
      expect($(el, '#step-heading')!.tagName).to.equal('H5');
      el.headingLevel = 2;
      await el.updateComplete;
      expect($(el, '[part~="title"]')!.tagName).to.equal('H2');
      expect($(el, '#step-heading')!.tagName).to.equal('H3');
    });

    it('"Continue" during the photo upload waits for it (busy button, said aloud), then opens the next step', async () => {
      const { el, upload } = await mountPackageUploading();
      button(el, /^Continue$/).click();
      await el.updateComplete;
      const continueButton = $(el, '[part~="continue-button"]')!;
      expect(text(continueButton)).to.equal('Uploading photo…');
      expect(continueButton.getAttribute('aria-disabled')).to.equal('true');
      expect(text($(el, '[part~="announcer"]'))).to.include('Uploading the photo');
      expect(heading(el)).to.equal('Package');
      expect(statusOf(el, 'package-photo'), 'no "wait" error').to.equal('');
      upload.finish();
      await waitUntil(() => heading(el) === 'Delivery', 'the next step once the photo is stored', { timeout: 5000 });
      expect(root(el).activeElement?.id).to.equal('step-heading');
      expect(drafts.load(PLATFORM_DUE_TODAY)?.photo).to.not.equal(null);
    });

    it('"Continue" during the photo upload says why it stays when the upload fails', async () => {
      const { el, upload } = await mountPackageUploading();
      button(el, /^Continue$/).click();
      await el.updateComplete;
      upload.fail(new SupplierApiError('network', 'The connection was lost.'));
      await waitUntil(() => statusOf(el, 'package-photo').includes('The photo could not be uploaded'), 'the reason', {
        timeout: 5000,
      });
      expect(heading(el)).to.equal('Package');
      expect(text($(el, '[part~="continue-button"]'))).to.equal('Continue');
      expect(text($(el, '[part~="announcer"]'))).to.include('The photo could not be uploaded');
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('package-photo');
    });

    it('lines up the package inputs whatever their hints and labels (1280 and 768 px)', async () => {
      const order = await memory.getOrder(PLATFORM_DUE_TODAY);
      await seedDraft(memory, order, {
        step: 1,
        package: { type: 'box', count: '', lengthCm: '', widthCm: '', heightCm: '', weightKg: '' },
        photo: null,
      });
      try {
        for (const width of [1280, 768]) {
          await setViewport({ width, height: 900 });
          const { el } = await mount(memory, PLATFORM_DUE_TODAY);
          const inputs = [...root(el).querySelectorAll<HTMLInputElement>('.package-grid input')];
          expect(inputs).to.have.length(5);
          const rows = new Map<number, number[]>();
          for (const input of inputs) {
            const field = input.closest('.field')!.getBoundingClientRect().top;
            const row = [...rows.keys()].find((top) => Math.abs(top - field) <= 1) ?? field;
            rows.set(row, [...(rows.get(row) ?? []), input.getBoundingClientRect().top]);
          }
          if (width === 1280) expect(rows.size, 'one row at 1280 px').to.equal(1);
          for (const tops of rows.values())
            expect(
              Math.max(...tops) - Math.min(...tops),
              `input tops at ${width} px: ${tops.join(', ')}`,
            ).to.be.at.most(1);
          el.parentElement!.remove();
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows the deadline once, its icon in the line of text', async () => {
      const { el } = await mount(memory, PLATFORM_DUE_TODAY);
      const notices = root(el).querySelectorAll('[part~="deadline"]');
      expect(notices).to.have.length(1);
      const icon = notices[0]!.querySelector('svg')!.getBoundingClientRect();
      const range = document.createRange();
      const words = [...notices[0]!.querySelector('.notice-body')!.childNodes].find(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      )!;
      range.selectNodeContents(words);
      const firstLine = range.getClientRects()[0]!;
      const middle = (icon.top + icon.bottom) / 2;
      expect(middle, 'the icon sits in the first line of the text').to.be.within(firstLine.top, firstLine.bottom);
    });

    it('after Cancel says the draft is kept, and "Discard draft" clears it (live region)', async () => {
      const order = await memory.getOrder(PLATFORM_DUE_TODAY);
      const { el } = await mount(memory, PLATFORM_DUE_TODAY);
      type(el, `items-${order.positions[0]!.id}`, '1');
      button(el, /^Cancel$/).click();
      await el.updateComplete;
      expect(text($(el, '[part~="cancelled"]'))).to.include('Your entries are kept as a draft.');
      expect(text($(el, '[part~="announcer"]'))).to.equal('Your entries are kept as a draft.');
      expect(root(el).activeElement?.id).to.equal('cancelled-note');
      expect(drafts.load(PLATFORM_DUE_TODAY)).to.not.equal(null);
      await expect(el).to.be.accessible();

      button(el, /^Discard draft$/).click();
      await waitUntil(() => text($(el, '[part~="cancelled"]')).includes('The draft was discarded.'), 'discarded');
      expect(drafts.load(PLATFORM_DUE_TODAY)).to.equal(null);
      expect(text($(el, '[part~="announcer"]'))).to.equal('The draft was discarded.');
      button(el, /^Start again$/).click();
      await waitUntil(() => heading(el) === 'Which parts do you ship now?');
      const remaining = remainingQuantity(order, order.positions[0]!);
      expect($<HTMLInputElement>(el, `#items-${order.positions[0]!.id}`)!.value, 'a fresh draft').to.equal(
        String(remaining),
      );
    });

    it('says the draft is kept in German and French too', async () => {
      for (const [locale, kept] of [
        ['de', 'Ihre Eingaben bleiben als Entwurf gespeichert.'],
        ['fr', 'Vos saisies sont conservées comme brouillon.'],
      ] as const) {
        const el = await mountInProvider(
          memory,
          'shipping-wizard',
          html`<shipping-wizard order-id=${PLATFORM_DUE_TODAY} locale=${locale}></shipping-wizard>`,
          '#step-heading',
        );
        $(el, '[part~="cancel-button"]')!.click();
        await el.updateComplete;
        expect(text($(el, '[part~="cancelled"]'))).to.include(kept);
        el.parentElement!.remove();
      }
    });
  });
});
