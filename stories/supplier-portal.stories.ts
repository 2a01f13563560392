import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import { demoAdapter } from './support/demo-adapter.js';
import { PHONE, phoneFrame } from './support/viewports.js';
import '../src/define.js';

const meta: Meta = {
  title: 'Supplier portal',
  component: 'supplier-portal',
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals) })],
  render: (_args, { loaded }) =>
    html`<supplier-provider .adapter=${(loaded as { api: SupplierApi }).api}
      ><supplier-portal></supplier-portal
    ></supplier-provider>`,
};
export default meta;

/** The whole flow in one tag on the demo data. */
export const Default: StoryObj = {};

/** A host's link into the shipping wizard (`#/orders/<id>/shipping/new/package`; here `step="package"` with `routing="none"`). */
export const LinkToWizardStep: StoryObj = {
  name: 'Link to a wizard step',
  render: (_args, { loaded }) =>
    html`<supplier-provider .adapter=${(loaded as { api: SupplierApi }).api}
      ><supplier-portal order-id=${orderIdOf(6)} step="package"></supplier-portal
    ></supplier-provider>`,
};

/** A host's link to a shipment (`#/orders/<id>/shipments/<shipmentId>`): the Shipping stage with that shipment highlighted. */
export const LinkToShipment: StoryObj = {
  name: 'Link to a shipment',
  render: (_args, { loaded }) =>
    html`<supplier-provider .adapter=${(loaded as { api: SupplierApi }).api}
      ><supplier-portal order-id=${orderIdOf(12)} shipment-id=${`${orderIdOf(12)}-s1`}></supplier-portal
    ></supplier-provider>`,
};

/** My Orders as cards, on a phone (375 px). */
export const Phone: StoryObj = { globals: PHONE, decorators: [phoneFrame] };
