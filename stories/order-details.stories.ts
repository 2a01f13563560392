import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SupplierApiError } from '../src/api/errors.js';
import { orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import { demoAdapter } from './support/demo-adapter.js';
import { PHONE, phoneFrame } from './support/viewports.js';
import '../src/define.js';
import { createStubAdapter, pending } from '../src/testing/stub-adapter.js';

interface Loaded {
  readonly api: SupplierApi;
}

const meta: Meta<{ order: number; stage: string }> = {
  title: 'Order details/Order details',
  component: 'order-details',
  args: { order: 0, stage: '' },
  argTypes: {
    order: {
      control: { type: 'range', min: 0, max: 47 },
      description: 'Index of a seeded demo order (SF-10001 + index)',
    },
    stage: { control: 'select', options: ['', 'production', 'quality', 'shipping', 'invoice'] },
  },
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals) })],
  render: (args, { loaded }) =>
    html`<supplier-provider .adapter=${(loaded as Loaded).api}
      ><order-details order-id=${orderIdOf(args.order)} stage=${args.stage}></order-details
    ></supplier-provider>`,
};
export default meta;

type Story = StoryObj<{ order: number; stage: string }>;

/** SF-10001: unconfirmed — Production needs action, later stages locked. */
export const ProductionActionRequired: Story = { args: { order: 0 } };
/** SF-10004: confirmed at application, QC report owed. */
export const QualityActionRequired: Story = { args: { order: 3 } };
/** SF-10006: due today, nothing shipped — the deadline has passed. */
export const ShippingDeadlinePassed: Story = { args: { order: 5, stage: 'shipping' } };
/** SF-10009: partially shipped, platform still processing. */
export const PartiallyShipped: Story = { args: { order: 8, stage: 'shipping' } };
/** SF-10010: shipped, waiting for the platform to process. */
export const ShippingWaiting: Story = { args: { order: 9 } };
/** SF-10014: invoice under review. */
export const InvoiceWaiting: Story = { args: { order: 13, stage: 'invoice' } };
/** SF-10017: paid — every stage done. */
export const Completed: Story = { args: { order: 16 } };

export const Loading: Story = {
  render: () =>
    html`<supplier-provider .adapter=${createStubAdapter({ getOrder: (_id, options) => pending(options?.signal) })}
      ><order-details order-id="x"></order-details
    ></supplier-provider>`,
};

export const NotFound: Story = {
  render: () =>
    html`<supplier-provider
      .adapter=${createStubAdapter({ getOrder: async () => Promise.reject(new SupplierApiError('not-found', 'no order')) })}
      ><order-details order-id="x"></order-details
    ></supplier-provider>`,
};
/** Shipping locked by typed quality documents: the panel names the ones missing or rejected. */
export const ShippingLockedByQualityDocuments: Story = { args: { order: 44, stage: 'shipping' } };

/** SF-10001 on a phone (375 px): the header, positions and the Production stage open. */
export const Phone: Story = { args: { order: 0, stage: 'production' }, globals: PHONE, decorators: [phoneFrame] };
