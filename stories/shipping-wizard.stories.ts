import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SupplierApiError } from '../src/api/errors.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import { orderToday } from '../src/domain/deadlines.js';
import { remainingQuantity } from '../src/domain/quantities.js';
import { createDraftStore } from '../src/elements/shared/drafts.js';
import {
  DRAFT_VERSION,
  isShippingDraft,
  migrateShippingDraft,
  type ShippingDraft,
} from '../src/elements/shipping-wizard/draft.js';
import '../src/elements/shipping-wizard/shipping-wizard.js';
import '../src/elements/supplier-provider/supplier-provider.js';
import { PHONE, phoneFrame } from './support/viewports.js';

/** Seeded demo orders (src/api/memory/seed/scenarios.ts). */
const PLATFORM = orderIdOf(6); // regular order: the platform arranges pickup; shipping info due today
const SUPPLIER = orderIdOf(18); // DAP terms: the supplier arranges delivery
const OVERDUE = orderIdOf(17); // test order past its shipping deadline

const drafts = createDraftStore<ShippingDraft>('shipping', DRAFT_VERSION, isShippingDraft, migrateShippingDraft);

interface Loaded {
  readonly api: SupplierApi;
  readonly orderId: string;
}

/** A fresh demo adapter; the draft of `orderId` set to `step` (or removed for step 1), with `delivery` if given. */
async function prepare(
  orderId: string,
  step: 0 | 1 | 2,
  adapter?: (memory: MemoryAdapter) => SupplierApi,
  delivery?: Partial<ShippingDraft['delivery']>,
): Promise<Loaded> {
  const memory = createMemoryAdapter({ persist: false });
  drafts.clear(orderId);
  if (step > 0) {
    const order = await memory.getOrder(orderId);
    const first = order.positions.find((position) => remainingQuantity(order, position) > 0)!;
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const photo =
      step === 2
        ? await memory.uploadPackagePhoto(
            orderId,
            { name: 'package.png', blob: new Blob([bytes]) },
            { idempotencyKey: `story-${orderId}` },
          )
        : null;
    drafts.save(orderId, {
      step,
      quantities: { [first.id]: String(remainingQuantity(order, first)) },
      package:
        step === 2
          ? { type: 'box', count: '2', lengthCm: '60', widthCm: '40', heightCm: '40', weightKg: '18.5' }
          : { type: '', count: '1', lengthCm: '', widthCm: '', heightCm: '', weightKg: '' },
      photo: photo ? { id: photo.id, name: photo.name } : null,
      delivery: {
        carrierId: '',
        trackingNumbers: [''],
        expectedShipDate: step === 2 ? orderToday(order, Date.now()) : '',
        ...delivery,
      },
      termsAccepted: false,
      idempotencyKey: `story-draft-${orderId}`,
    });
  }
  return { api: adapter ? adapter(memory) : memory, orderId };
}

const meta: Meta = {
  title: 'Shipping/Shipping wizard',
  component: 'shipping-wizard',
  render: (_args, { loaded }) => {
    const { api, orderId } = loaded as Loaded;
    return html`<supplier-provider .adapter=${api}
      ><shipping-wizard order-id=${orderId}></shipping-wizard
    ></supplier-provider>`;
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
};
export default meta;

type Story = StoryObj;

/** Step 1: each position with what is still to ship; quantities 0..remaining. */
export const Step1Parts: Story = { name: 'Step 1 – parts', loaders: [() => prepare(PLATFORM, 0)] };

/** Step 2: box or pallet, dimensions, weight within the packaging rules, a photo (downscaled in the browser). */
export const Step2Package: Story = { name: 'Step 2 – package', loaders: [() => prepare(PLATFORM, 1)] };

/** Step 3 when the platform arranges pickup: the pickup address to check, the terms, "Publish". */
export const Step3Platform: Story = { name: 'Step 3 – platform arranges', loaders: [() => prepare(PLATFORM, 2)] };

/** Step 3 when the supplier arranges delivery (test order or DAP terms): operator, tracking number, date. */
export const Step3Supplier: Story = { name: 'Step 3 – supplier arranges', loaders: [() => prepare(SUPPLIER, 2)] };

/**
 * Several tracking numbers, each checked on its own: two UPS numbers, one of no known format (a warning, never
 * a block) and the first one again (an error once "Publish" is tried). "Add tracking number" / "Remove" edit the list.
 */
export const SeveralTrackingNumbers: Story = {
  name: 'Step 3 – several tracking numbers',
  loaders: [
    () =>
      prepare(SUPPLIER, 2, undefined, {
        carrierId: 'ups',
        trackingNumbers: ['1Z999AA10123456784', '1Z5R89390357567127', 'ABC-12345', '1Z999AA10123456784'],
      }),
  ],
};

/** Opened at a step, as from a host's link (`step="delivery"`): the package is not entered yet, so it opens at Package, the first incomplete step. */
export const OpenedAtStep: Story = {
  name: 'Opened at a step (link)',
  loaders: [() => prepare(SUPPLIER, 1)],
  render: (_args, { loaded }) => {
    const { api, orderId } = loaded as Loaded;
    return html`<supplier-provider .adapter=${api}
      ><shipping-wizard order-id=${orderId} step="delivery"></shipping-wizard
    ></supplier-provider>`;
  },
};

/** The shipping deadline (one day before the lead time) has passed: said plainly on every step. */
export const DeadlinePassed: Story = { name: 'Deadline passed', loaders: [() => prepare(OVERDUE, 0)] };

/** "Publish" fails with a network error: the draft is kept and "Try again" sends the same idempotency key. */
export const PublishingError: Story = {
  name: 'Publishing error',
  loaders: [
    () =>
      prepare(
        PLATFORM,
        2,
        (memory) =>
          new Proxy(memory, {
            get(target, property) {
              if (property === 'createShipment')
                return () => Promise.reject(new SupplierApiError('network', 'The connection dropped (story).'));
              const value: unknown = Reflect.get(target, property);
              return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
            },
          }),
      ),
  ],
  play: async ({ canvasElement }) => {
    const wizard = canvasElement.querySelector('shipping-wizard')!;
    const find = () => wizard.shadowRoot?.querySelector<HTMLButtonElement>('[part~="publish-button"]');
    for (let i = 0; i < 50 && !find(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    wizard.shadowRoot!.querySelector<HTMLInputElement>('#termsAccepted')?.click();
    await wizard.updateComplete;
    find()?.click();
  },
};

/** After "Cancel": the entries are kept as a draft, said aloud, with "Discard draft" and "Continue editing". */
export const AfterCancel: Story = {
  name: 'After Cancel (draft kept)',
  loaders: [() => prepare(PLATFORM, 1)],
  play: async ({ canvasElement }) => {
    const wizard = canvasElement.querySelector('shipping-wizard')!;
    const find = () => wizard.shadowRoot?.querySelector<HTMLButtonElement>('[part~="cancel-button"]');
    for (let i = 0; i < 50 && !find(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    find()?.click();
  },
};

/** A slow photo upload (5 s): choose a photo, then "Continue" at once: the button says "Uploading photo…" and the next step opens once it is stored. */
export const SlowPhotoUpload: Story = {
  name: 'Slow photo upload (Continue waits)',
  loaders: [
    () =>
      prepare(
        PLATFORM,
        1,
        (memory) =>
          new Proxy(memory, {
            get(target, property) {
              if (property === 'uploadPackagePhoto') {
                return async (...args: Parameters<typeof memory.uploadPackagePhoto>) => {
                  await new Promise((resolve) => setTimeout(resolve, 5000));
                  return memory.uploadPackagePhoto(...args);
                };
              }
              const value: unknown = Reflect.get(target, property);
              return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
            },
          }),
      ),
  ],
};

/** In a host page whose outline puts the wizard under an h3: `heading-level="4"` makes its title an h4 and the step headings h5. */
export const HeadingLevel: Story = {
  name: 'Heading level 4',
  loaders: [() => prepare(PLATFORM, 0)],
  render: (_args, { loaded }) => {
    const { api, orderId } = loaded as Loaded;
    return html`<supplier-provider .adapter=${api}
      ><shipping-wizard order-id=${orderId} heading-level="4"></shipping-wizard
    ></supplier-provider>`;
  },
};

/** Step 1 on a phone (375 px): each position a card with its quantity field. */
export const Phone: Story = { loaders: [() => prepare(PLATFORM, 0)], globals: PHONE, decorators: [phoneFrame] };
