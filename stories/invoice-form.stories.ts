import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SupplierApiError } from '../src/api/errors.js';
import { createMemoryAdapter, orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import type { CompanyProfile, Order } from '../src/domain/types.js';
import { demoAdapter } from './support/demo-adapter.js';
import { PHONE, phoneFrame } from './support/viewports.js';
import '../src/define.js';
import { makeCompanyProfile, makeInvoice, makeShippedOrder } from '../src/testing/fixtures.js';
import { createStubAdapter } from '../src/testing/stub-adapter.js';
import { invoiceDrafts } from '../src/elements/invoice-form/invoice-draft.js';

interface Loaded {
  readonly api: SupplierApi;
}

const view = (api: SupplierApi, orderId: string) =>
  html`<supplier-provider .adapter=${api}><invoice-form order-id=${orderId}></invoice-form></supplier-provider>`;

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
      await api.saveBankDetails(
        {
          accountHolder: 'Feinmechanik Huber GmbH',
          iban: 'DE89370400440532013000',
          bic: 'COBADEFFXXX',
          bankName: 'Commerzbank',
        },
        { idempotencyKey: 'story' },
      );
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
      getCompanyProfile: async () =>
        makeCompanyProfile({
          bankDetails: {
            accountHolder: 'Huber GmbH',
            iban: 'DE89370400440532013000',
            bic: 'COBADEFFXXX',
            bankName: 'Commerzbank',
          },
        }),
      getPackagingRules: async () => ({
        box: { maxWeightKg: 25, maxLengthCm: 120 },
        pallet: { maxWeightKg: 350, maxLengthCm: 240 },
        maxPhotoBytes: 1e7,
        maxDocumentBytes: 1e7,
      }),
    });
    return view(api, order.id);
  },
};

/** The payment timeline with its history: rejected, corrected and resubmitted, now approved and the payment scheduled. */
export const ResubmittedAndApproved: Story = {
  render: () => {
    const rejected = makeInvoice({
      number: 'RE-2026-0041',
      status: 'rejected',
      rejectionReason: 'The purchase order number is missing.',
      submittedAt: '2026-11-10T09:30:00Z',
    });
    const approved = makeInvoice({
      number: 'RE-2026-0041-A',
      status: 'approved',
      submittedAt: '2026-11-12T14:05:00Z',
      paymentDate: '2026-12-12',
    });
    const order = makeShippedOrder({ id: 'history', invoices: [rejected, approved] });
    const api = createStubAdapter({
      getOrder: async () => order,
      getCompanyProfile: async () => makeCompanyProfile(),
      getPackagingRules: async () => ({
        box: { maxWeightKg: 25, maxLengthCm: 120 },
        pallet: { maxWeightKg: 350, maxLengthCm: 240 },
        maxPhotoBytes: 1e7,
        maxDocumentBytes: 1e7,
      }),
    });
    return view(api, order.id);
  },
};

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    view(createStubAdapter({ getOrder: async () => Promise.reject(new SupplierApiError('timeout', 'slow')) }), 'x'),
};

const BANK = {
  accountHolder: 'Feinmechanik Huber GmbH',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  bankName: 'Commerzbank',
};
const RULES = {
  box: { maxWeightKg: 25, maxLengthCm: 120 },
  pallet: { maxWeightKg: 350, maxLengthCm: 240 },
  maxPhotoBytes: 1e7,
  maxDocumentBytes: 1e7,
};

/** The form of a returning supplier whose draft of `order` is on Review & Save. */
function onReview(order: Order, number: string, profile: CompanyProfile) {
  invoiceDrafts.save(order.id, {
    step: 2,
    quantities: Object.fromEntries(order.positions.map((position) => [position.id, position.quantity])),
    number,
    invoiceDate: '2026-11-25',
    paymentDate: '2026-12-25',
    documentId: null,
    documentName: null,
    idempotencyKey: `story-${order.id}`,
  });
  const api = createStubAdapter({
    getOrder: async () => order,
    getCompanyProfile: async () => profile,
    getPackagingRules: async () => RULES,
  });
  return view(api, order.id);
}

/** The XRechnung on Review & Save, to send beside the PDF and to download. */
export const EInvoiceOnReview: Story = {
  render: () =>
    onReview(
      makeShippedOrder({ id: 'e-invoice', number: 'SF-4711' }),
      'RE-2026-0815',
      makeCompanyProfile({ bankDetails: BANK }),
    ),
};

/** No XRechnung yet: the platform gave no buyer e-invoice details and the profile lacks an invoice contact. */
export const EInvoiceIncomplete: Story = {
  render: () =>
    onReview(
      makeShippedOrder({ id: 'e-invoice-gaps', number: 'SF-4712', buyer: null }),
      'RE-2026-0816',
      makeCompanyProfile({ bankDetails: BANK, contact: null }),
    ),
};

/** SF-10011's first invoice on a phone (375 px): the Positions step. */
export const Phone: Story = { args: { order: 10 }, globals: PHONE, decorators: [phoneFrame] };
