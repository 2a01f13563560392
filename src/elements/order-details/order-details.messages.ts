import type { Catalog } from '../../i18n/message-catalog.js';

const en = {
  title: 'Order {number}',
  leadTime: 'Lead Time',
  terms: 'Terms',
  'kind.regular': 'Regular order',
  'kind.test': 'Test order',
  paymentTerms: { one: 'payment within {count} day', other: 'payment within {count} days' },
  delivery: 'Delivery',
  'delivery.platform': 'arranged by {platform}',
  'delivery.supplier': 'arranged by you',
  positions: 'Positions',
  'column.part': 'Part',
  'column.material': 'Material',
  'column.process': 'Process',
  'column.quantity': 'Quantity',
  'column.unitPrice': 'Unit price',
  'column.total': 'Total',
  orderTotal: 'Order total (net)',
  deadlineNear:
    'Please add the shipping information at least one day before the lead time day, with “{action}” in Shipping: by {date} ({phrase}).',
  deadlinePassed:
    'The shipping information deadline ({date}) has passed. Add it now with “{action}” in Shipping, and contact {platform} if the lead time is at risk.',
  stages: 'Stages',
  qualityNotRequired: 'Quality control is not required for this order.',
  locked: 'This stage opens when the earlier stages are done.',
  addShipping: 'Add shipping',
  continueShipping: 'Continue shipping',
  shippingDraftKept: 'Your shipping entries are kept as a draft.',
  allShipped: 'All parts are in shipments.',
  notFound: 'Order not found.',
  lockedQualityDocuments: 'Shipping opens when these required quality documents are in:',
  'outstanding.missing': '{type}: missing',
  'outstanding.rejected': '{type}: rejected, a new version is needed',
  activity: 'Activity',
} as const;

export type OrderDetailsMessages = typeof en;

/** English here; the other locales in `order-details.translations.ts`, a chunk of their own. */
export const orderDetailsMessages: Catalog<OrderDetailsMessages> = {
  en,
  load: () => import('./order-details.translations.js'),
};
