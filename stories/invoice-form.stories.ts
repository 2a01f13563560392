import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SupplierApiError } from '../src/api/errors.js';
import { createMemoryAdapter, orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import { demoAdapter } from './support/demo-adapter.js';
import '../src/define.js';
import { makeCompanyProfile, makeInvoice, makeShippedOrder } from '../src/testing/fixtures.js';
import { createStubAdapter } from '../src/testing/stub-adapter.js';

interface Loaded {
  readonly api: SupplierApi;
}

const view = (api: SupplierApi, orderId: string) => html`<supplier-provider .adapter=${api}><invoice-form order-id=${orderId}></invoice-form></supplier-provider>`;

const meta: Meta<{ order: number }> = {
  title: 'Order details/Invoice form',
  component: 'invoice-form',
  loaders: [async ({ globals }) => ({ api: demoAdapter(globals) })],
  render: (args, { loaded }) => view((loaded as Loaded).api, orderIdOf(args.order)),
};
export default meta;

type Story = StoryObj<{ order: number }>;

/** SF-10011: fully shipped, first invoice — bank details asked on the Details step. */
export const FirstTime: Story = { args: { order: 10 } };

/** Bank details already in the profile: shown masked, with "Edit bank details". */
export const Prefilled: Story = {
  args: { order: 10 },
  loaders: [
    async () => {
      const api = createMemoryAdapter({ persist: false });
      await api.saveBankDetails({ accountHolder: 'Feinmechanik Huber GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'Commerzbank' }, { idempotencyKey: 'story' });
      return { api };
    },
  ],
};

export const Submitted: Story = { args: { order: 12 } };
export const UnderReview: Story = { args: { order: 13 } };
export const Approved: Story = { args: { order: 14 } };
export const Rejected: Story = { args: { order: 15 } };
export const Paid: Story = { args: { order: 16 } };

/** A JPY order: totals without decimals. */
export const JapaneseYen: Story = {
  render: () => {
    const order = makeShippedOrder({ id: 'jpy', currency: 'JPY', vatRateBasisPoints: 1000 });
    const api = createStubAdapter({
      getOrder: async () => order,
      getCompanyProfile: async () => makeCompanyProfile({ bankDetails: { accountHolder: 'Huber GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'Commerzbank' } }),
      getPackagingRules: async () => ({ box: { maxWeightKg: 25, maxLengthCm: 120 }, pallet: { maxWeightKg: 350, maxLengthCm: 240 }, maxPhotoBytes: 1e7, maxDocumentBytes: 1e7 }),
    });
    return view(api, order.id);
  },
};

/** The payment timeline with its history: rejected, corrected and resubmitted, now approved and the payment scheduled. */
export const ResubmittedAndApproved: Story = {
  render: () => {
    const rejected = makeInvoice({ number: 'RE-2026-0041', status: 'rejected', rejectionReason: 'The purchase order number is missing.', submittedAt: '2026-11-10T09:30:00Z' });
    const approved = makeInvoice({ number: 'RE-2026-0041-A', status: 'approved', submittedAt: '2026-11-12T14:05:00Z', paymentDate: '2026-12-12' });
    const order = makeShippedOrder({ id: 'history', invoices: [rejected, approved] });
    const api = createStubAdapter({
      getOrder: async () => order,
      getCompanyProfile: async () => makeCompanyProfile(),
      getPackagingRules: async () => ({ box: { maxWeightKg: 25, maxLengthCm: 120 }, pallet: { maxWeightKg: 350, maxLengthCm: 240 }, maxPhotoBytes: 1e7, maxDocumentBytes: 1e7 }),
    });
    return view(api, order.id);
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => view(createStubAdapter({ getOrder: async () => Promise.reject(new SupplierApiError('timeout', 'slow')) }), 'x'),
};
