import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import { demoAdapter } from './support/demo-adapter.js';
import { PHONE, phoneFrame } from './support/viewports.js';
import '../src/define.js';

const meta: Meta<{ order: number }> = {
  title: 'Order details/Quality report',
  component: 'quality-report',
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals) })],
  render: (args, { loaded }) =>
    html`<supplier-provider .adapter=${(loaded as { api: SupplierApi }).api}
      ><quality-report order-id=${orderIdOf(args.order)}></quality-report
    ></supplier-provider>`,
};
export default meta;

type Story = StoryObj<{ order: number }>;

export const RequiredNothingUploaded: Story = { args: { order: 3 } };
export const WithReports: Story = { args: { order: 6 } };
export const NotRequired: Story = { args: { order: 0 } };

/** Typed quality documents: a required slot missing, one rejected with the reviewer's reason, one accepted after a rejected version, an optional photo slot. */
export const TypedMissingRejectedAccepted: Story = { args: { order: 44 } };
/** Typed quality documents: a first article inspection in review, a RoHS/REACH declaration accepted on its second version. */
export const TypedInReview: Story = { args: { order: 45 } };
/** Typed quality documents that do not block shipping. */
export const TypedNotBlockingShipping: Story = { args: { order: 46 } };
/** Typed quality documents before the order is confirmed: the slots are shown, uploads open after confirmation. */
export const TypedBeforeConfirmation: Story = { args: { order: 47 } };

/** Typed quality documents on a phone (375 px): one slot per type, stacked. */
export const Phone: Story = { args: { order: 44 }, globals: PHONE, decorators: [phoneFrame] };
