import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SupplierApi } from '../src/api/port.js';
import { demoAdapter } from './support/demo-adapter.js';
import '../src/define.js';

const meta: Meta = {
  title: 'Supplier portal',
  component: 'supplier-portal',
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals) })],
  render: (_args, { loaded }) => html`<supplier-provider .adapter=${(loaded as { api: SupplierApi }).api}><supplier-portal></supplier-portal></supplier-provider>`,
};
export default meta;

/** The whole flow in one tag on the demo data. */
export const Default: StoryObj = {};
