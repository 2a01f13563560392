import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SupplierApiError } from '../src/api/errors.js';
import { orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import type { ActivityListEntry } from '../src/domain/types.js';
import { demoAdapter } from './support/demo-adapter.js';
import { PHONE, phoneFrame } from './support/viewports.js';
import '../src/define.js';
import { makeActivity, makeOrder } from '../src/testing/fixtures.js';
import { createStubAdapter, pending } from '../src/testing/stub-adapter.js';

interface Loaded {
  readonly api: SupplierApi;
}

const view = (api: SupplierApi, orderId: string) =>
  html`<supplier-provider .adapter=${api}
    ><order-activity order-id=${orderId} refresh-seconds="5"></order-activity
  ></supplier-provider>`;

const order = makeOrder({ id: 'story-order', number: 'SF-20001', timeZone: 'Europe/Berlin' });

const meta: Meta<{ order: number }> = {
  title: 'Order details/Order activity',
  component: 'order-activity',
  args: { order: 13 },
  argTypes: {
    order: {
      control: { type: 'range', min: 0, max: 47 },
      description: 'Index of a seeded demo order (SF-10001 + index)',
    },
  },
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals, { replyDelayMs: 3_000 }) })],
  render: (args, { loaded }) => view((loaded as Loaded).api, orderIdOf(args.order)),
};
export default meta;

type Story = StoryObj<{ order: number }>;

/** SF-10014: a question and its answer, a shipment, an invoice under review. Add a comment: the platform answers within seconds. */
export const Conversation: Story = {};
/** SF-10001: nothing has happened yet — the empty state with the comment box. */
export const Empty: Story = { args: { order: 0 } };
/** Every kind of entry once, from a stub. */
export const EveryKind: Story = {
  render: () =>
    view(createStubAdapter({ getOrder: async () => order, listOrderActivity: async () => makeActivity() }), order.id),
};
/** A newer backend sends kinds this version does not know: they are left out with a note. */
export const UnknownKinds: Story = {
  render: () =>
    view(
      createStubAdapter({
        getOrder: async () => order,
        listOrderActivity: async () => [
          ...makeActivity(),
          { id: 'future-1', at: '2026-11-23T09:00:00Z', kind: 'customs-cleared' } satisfies ActivityListEntry,
        ],
      }),
      order.id,
    ),
};
export const Loading: Story = {
  render: () =>
    view(
      createStubAdapter({
        getOrder: (_id, options) => pending(options?.signal),
        listOrderActivity: (_id, options) => pending(options?.signal),
      }),
      order.id,
    ),
};
export const LoadError: Story = {
  render: () =>
    view(
      createStubAdapter({
        getOrder: async () => order,
        listOrderActivity: async () => Promise.reject(new SupplierApiError('network', 'offline')),
      }),
      order.id,
    ),
};
export const German: Story = {
  render: () =>
    html`<supplier-provider
      .adapter=${createStubAdapter({ getOrder: async () => order, listOrderActivity: async () => makeActivity() })}
      ><order-activity order-id=${order.id} locale="de" refresh-seconds="0"></order-activity
    ></supplier-provider>`,
};

/** The conversation and the comment box on a phone (375 px). */
export const Phone: Story = { globals: PHONE, decorators: [phoneFrame] };
