import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SupplierApiError } from '../src/api/errors.js';
import type { SupplierApi } from '../src/api/port.js';
import { demoAdapter } from './support/demo-adapter.js';
import { PHONE, phoneFrame, TABLET } from './support/viewports.js';
import '../src/elements/order-list/order-list.js';
import '../src/elements/supplier-provider/supplier-provider.js';
import { createStubAdapter, pending } from '../src/testing/stub-adapter.js';

interface Args {
  readonly search: string;
  readonly stage: string;
  readonly needsAction: boolean;
  readonly overdue: boolean;
  readonly sort: string;
  readonly direction: string;
}

const view = (api: SupplierApi, args: Partial<Args> = {}) =>
  html`<supplier-provider .adapter=${api}
    ><order-list
      search=${args.search ?? ''}
      stage=${args.stage ?? ''}
      ?needs-action=${args.needsAction ?? false}
      ?overdue=${args.overdue ?? false}
      sort=${args.sort ?? 'lead-time'}
      direction=${args.direction ?? 'asc'}
    ></order-list
  ></supplier-provider>`;

const meta: Meta<Args> = {
  title: 'My Orders/Order list',
  component: 'order-list',
  args: { search: '', stage: '', needsAction: false, overdue: false, sort: 'lead-time', direction: 'asc' },
  argTypes: {
    stage: { control: 'select', options: ['', 'production', 'quality', 'shipping', 'invoice', 'completed'] },
    sort: { control: 'select', options: ['lead-time', 'created', 'value'] },
    direction: { control: 'inline-radio', options: ['asc', 'desc'] },
  },
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals) })],
  render: (args, { loaded }) => view((loaded as { api: SupplierApi }).api, args),
};
export default meta;

type Story = StoryObj<Args>;

/** The 48 demo orders in every stage and state. */
export const Default: Story = {};

export const NeedsMyAction: Story = { args: { needsAction: true } };

export const Overdue: Story = { args: { overdue: true } };

export const Loading: Story = {
  render: () => view(createStubAdapter({ listOrders: (_query, options) => pending(options?.signal) })),
};

export const Empty: Story = {
  render: () =>
    view(
      createStubAdapter({
        listOrders: async () => ({
          items: [],
          nextCursor: null,
          total: 0,
          counts: { all: 0, needsAction: 0, overdue: 0 },
        }),
      }),
    ),
};

export const NoMatches: Story = { args: { search: 'no such part' } };

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    view(createStubAdapter({ listOrders: async () => Promise.reject(new SupplierApiError('network', 'offline')) })),
};

/** 10,000 orders: paging through the cursor and virtual scrolling keep the DOM small. */
export const Large: Story = {
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals, { orderCount: 10_000 }) })],
};

export const German: Story = {
  render: (args, { loaded }) => html`<div lang="de">${view((loaded as { api: SupplierApi }).api, args)}</div>`,
};

/** A frame as wide as a host gives My Orders; the element lays itself out by its own width (container queries). */
const framed = (width: string, api: SupplierApi, args: Partial<Args>) =>
  html`<div style="inline-size: ${width}; max-inline-size: 100%; outline: 1px dashed #cfd6df; outline-offset: 4px">
    ${view(api, args)}
  </div>`;

/** On a phone (375 px): one card per order on one two-column grid; filters, sort, saved views and export fold behind "Filters and sort". */
export const Phone: Story = { globals: PHONE, decorators: [phoneFrame] };

/** On a tablet (768 px): cards on four columns. */
export const Tablet: Story = {
  render: (args, { loaded }) => framed('768px', (loaded as { api: SupplierApi }).api, args),
  globals: TABLET,
};

/** In a portal's column beside a sidebar (1,000 px): the compact two-line table. */
export const PortalColumn: Story = {
  render: (args, { loaded }) => framed('1000px', (loaded as { api: SupplierApi }).api, args),
};
