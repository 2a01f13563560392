import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { orderIdOf } from '../src/api/memory/index.js';
import type { SupplierApi } from '../src/api/port.js';
import type { Order } from '../src/domain/types.js';
import { makeDocument, makeLineAcknowledgement, makeLineResponse, makeOrder } from '../src/testing/fixtures.js';
import { createStubAdapter } from '../src/testing/stub-adapter.js';
import { demoAdapter } from './support/demo-adapter.js';
import { PHONE, phoneFrame } from './support/viewports.js';
import '../src/define.js';

const view = (api: SupplierApi, orderId: string) =>
  html`<supplier-provider .adapter=${api}
    ><production-confirmation order-id=${orderId} poll-interval="0"></production-confirmation
  ></supplier-provider>`;

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

/** Three positions: "Answer per line" to accept, reduce, propose a later date or decline each; the demo platform responds after 5 s. */
export const AnswerPerLine: Story = { args: { order: 1 } };

/** An order answered per line, with the given responses. */
function answered(responses: Parameters<typeof makeLineAcknowledgement>[1]): SupplierApi {
  const base = makeOrder({ id: 'lines', number: 'SF-20417' });
  const order: Order = {
    ...base,
    production: {
      confirmedAt: null,
      confirmedAtApplication: false,
      lineAcknowledgement: makeLineAcknowledgement(base, responses),
    },
  };
  return createStubAdapter({
    getOrder: async () => order,
    getProductionOrder: async () => makeDocument({ name: 'Production order SF-20417.pdf' }),
  });
}

/** Sent; the platform has not responded to every line yet. */
export const WaitingForPlatform: Story = {
  render: () =>
    view(
      answered([
        {
          answer: { positionId: 'lines-p1', kind: 'accept-quantity', quantity: 8 },
          response: makeLineResponse({ status: 'accepted' }),
        },
        { answer: { positionId: 'lines-p2', kind: 'propose-date', date: '2027-01-20' } },
      ]),
      'lines',
    ),
};

/** The platform counter-proposes a date: accept it with Order Confirmation, or answer again. */
export const CounterProposal: Story = {
  render: () =>
    view(
      answered([
        {
          answer: { positionId: 'lines-p1', kind: 'decline', reason: 'other', note: 'Tooling broken until March.' },
          response: makeLineResponse({ status: 'accepted' }),
        },
        {
          answer: { positionId: 'lines-p2', kind: 'propose-date', date: '2027-01-20' },
          response: makeLineResponse({
            status: 'counter-proposal',
            date: '2027-01-05',
            note: 'We can wait until this date, not longer.',
          }),
        },
      ]),
      'lines',
    ),
};

/** Every line accepted: done, like a confirmation. */
export const AcceptedPerLine: Story = {
  render: () =>
    view(
      answered([
        { response: makeLineResponse({ status: 'accepted' }) },
        { response: makeLineResponse({ status: 'accepted' }) },
      ]),
      'lines',
    ),
};

/** Unconfirmed, on a phone (375 px). */
export const Phone: Story = { args: { order: 0 }, globals: PHONE, decorators: [phoneFrame] };
