import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import { demoAdapter } from './support/demo-adapter.js';
import '../src/define.js';

const meta: Meta<{ order: number }> = {
  title: 'Order details/Production confirmation',
  component: 'production-confirmation',
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals) })],
  render: (args, { loaded }) =>
    html`<supplier-provider .adapter=${(loaded as { api: SupplierApi }).api}
      ><production-confirmation order-id=${orderIdOf(args.order)}></production-confirmation
    ></supplier-provider>`,
};
export default meta;

type Story = StoryObj<{ order: number }>;

/** Download Production Order, then Order Confirmation → Confirm. */
export const Unconfirmed: Story = { args: { order: 0 } };
export const ConfirmedAtApplication: Story = { args: { order: 3 } };
export const ConfirmedLater: Story = { args: { order: 6 } };
