import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SupplierApiError } from '../src/api/errors.js';
import { createMemoryAdapter, orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import '../src/elements/shipment-list/shipment-list.js';
import '../src/elements/supplier-provider/supplier-provider.js';
import { makeOrder, makeShipment } from '../src/testing/fixtures.js';
import { createStubAdapter } from '../src/testing/stub-adapter.js';
import { PHONE, phoneFrame } from './support/viewports.js';

interface Loaded {
  readonly api: SupplierApi;
  readonly orderId: string;
}

const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A platform-arranged shipment that the platform has not processed yet (processing takes 10 minutes here). */
async function processing(): Promise<Loaded> {
  const memory = createMemoryAdapter({ persist: false, processingDelayMs: 600_000 });
  const orderId = orderIdOf(6);
  const order = await memory.getOrder(orderId);
  const photo = await memory.uploadPackagePhoto(
    orderId,
    { name: 'package.png', blob: new Blob([bytes]) },
    { idempotencyKey: 'story-photo' },
  );
  const profile = await memory.getCompanyProfile();
  await memory.createShipment(
    orderId,
    {
      items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
      package: { type: 'box', count: 1, lengthCm: 40, widthCm: 30, heightCm: 20, weightKg: 6 },
      photoId: photo.id,
      delivery: { arrangedBy: 'platform', pickupAddress: profile.pickupAddress },
      termsAccepted: true,
    },
    { idempotencyKey: 'story-shipment' },
  );
  return { api: memory, orderId };
}

const seeded = (index: number) => async (): Promise<Loaded> => ({
  api: createMemoryAdapter({ persist: false }),
  orderId: orderIdOf(index),
});

const meta: Meta = {
  title: 'Shipping/Shipment list',
  component: 'shipment-list',
  render: (_args, { loaded }) => {
    const { api, orderId } = loaded as Loaded;
    return html`<supplier-provider .adapter=${api}
      ><shipment-list order-id=${orderId} poll-interval="5000"></shipment-list
    ></supplier-provider>`;
  },
};
export default meta;

type Story = StoryObj;

/** The platform arranges delivery and has not processed the shipment yet: no documents, the list says so and checks again. */
export const ProcessingNoDocuments: Story = { name: 'Processing (no documents yet)', loaders: [processing] };

/** Processed by the platform: labels and packing slip to download, "Print all". */
export const ReadyWithDocuments: Story = { name: 'Ready with documents', loaders: [seeded(10)] };

/** Supplier-arranged (DAP) shipment with a tracking number: status, carrier link and timeline. */
export const WithTrackingTimeline: Story = { name: 'With tracking timeline', loaders: [seeded(12)] };

/** A stub order with supplier-arranged shipments: several tracking numbers each, links from the carrier's template or the number's known format. */
function severalNumbers(): SupplierApi {
  const order = makeOrder({ id: 'o-story', number: 'SF-STORY' });
  const shipment = (n: number, carrierId: string, trackingNumbers: readonly string[]) =>
    makeShipment({
      id: `s-${n}`,
      number: `SF-STORY-S${n}`,
      status: 'ready',
      items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
      delivery: { arrangedBy: 'supplier', carrierId, trackingNumbers, expectedShipDate: order.leadTime },
    });
  const shipments = [
    shipment(1, 'dpd', ['01234567890123', '01234567890124', '01234567890125']),
    shipment(2, 'other', ['1Z999AA10123456784', 'PAL-0042']),
    shipment(3, 'dhl', ['3318810025']),
    shipment(4, 'dpd', []),
  ];
  return createStubAdapter({
    getOrder: async () => order,
    listShipments: async () => shipments,
    listCarriers: async () => [
      { id: 'dpd', name: 'DPD', trackingUrlTemplate: 'https://tracking.dpd.de/status/en_US/parcel/{number}' },
      {
        id: 'dhl',
        name: 'DHL',
        trackingUrlTemplate:
          'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={number}',
      },
      { id: 'other', name: 'Other', trackingUrlTemplate: null },
    ],
    getTracking: async () => ({ status: 'in-transit', url: null, events: [] }),
  });
}

/** Several tracking numbers per shipment, each with its own "Track" link (DPD's template; UPS's page for a UPS number under "Other"; none for an unknown format). */
export const SeveralTrackingNumbers: Story = {
  name: 'Several tracking numbers',
  loaders: [async (): Promise<Loaded> => ({ api: severalNumbers(), orderId: 'o-story' })],
};

/** Opened from a link to one shipment (`shipment-id`): scrolled into view, highlighted and focused. */
export const LinkedShipment: Story = {
  name: 'Linked shipment',
  loaders: [async (): Promise<Loaded> => ({ api: severalNumbers(), orderId: 'o-story' })],
  render: (_args, { loaded }) => {
    const { api, orderId } = loaded as Loaded;
    return html`<supplier-provider .adapter=${api}
      ><shipment-list order-id=${orderId} shipment-id="s-3"></shipment-list
    ></supplier-provider>`;
  },
};

/** A link to a shipment the order does not have: a clear message above the order's shipments. */
export const LinkedShipmentNotFound: Story = {
  name: 'Linked shipment not found',
  loaders: [async (): Promise<Loaded> => ({ api: severalNumbers(), orderId: 'o-story' })],
  render: (_args, { loaded }) => {
    const { api, orderId } = loaded as Loaded;
    return html`<supplier-provider .adapter=${api}
      ><shipment-list order-id=${orderId} shipment-id="s-404"></shipment-list
    ></supplier-provider>`;
  },
};

/** Nothing shipped yet. */
export const Empty: Story = { loaders: [seeded(0)] };

/** The adapter fails: the message and "Try again". */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [
    async (): Promise<Loaded> => ({
      api: createStubAdapter({
        listShipments: () => Promise.reject(new SupplierApiError('network', 'offline (story)')),
        getOrder: () => Promise.reject(new SupplierApiError('network', 'offline (story)')),
      }),
      orderId: orderIdOf(0),
    }),
  ],
};

/** Ready with documents, on a phone (375 px). */
export const Phone: Story = { loaders: [seeded(10)], globals: PHONE, decorators: [phoneFrame] };
