import type { Catalog } from '../../i18n/message-catalog.js';

const en = {
  listLabel: 'Activity of order {number}',
  empty: 'Nothing has happened on this order yet. Your comments will appear here.',
  unknownLeftOut: {
    one: '{count} entry of a kind this version cannot show was left out.',
    other: '{count} entries of kinds this version cannot show were left out.',
  },
  'event.order-confirmed': 'The order was confirmed for production.',
  'event.quality-report-uploaded': 'QC report “{name}” uploaded.',
  'event.shipment-published': 'Shipment {number} published.',
  'event.shipping-documents-ready': 'Labels and packing slip of shipment {number} are ready to print.',
  'invoice.submitted': 'Invoice {number} submitted.',
  'invoice.under-review': 'Invoice {number} is under review by {platform}.',
  'invoice.approved': 'Invoice {number} approved by {platform}.',
  'invoice.rejected': 'Invoice {number} rejected by {platform}.',
  'invoice.paid': 'Invoice {number} paid.',
  'author.supplier': '{name} (you)',
  'author.platform': '{name}, {platform}',
  commentLabel: 'Comment',
  commentHint: 'Visible to {platform}. Press Ctrl+Enter (⌘+Enter on a Mac) to send.',
  characterCount: '{count} of {max} characters',
  send: 'Comment',
  sending: 'Sending…',
  'problem.required': 'Write a comment first.',
  'problem.too-long': 'The comment is too long: at most {max} characters.',
  commentAdded: 'Your comment was added.',
  newComments: { one: '{count} new comment from {platform}.', other: '{count} new comments from {platform}.' },
} as const;

export type OrderActivityMessages = typeof en;

/** English here; the other locales in `order-activity.translations.ts`, a chunk of their own. */
export const orderActivityMessages: Catalog<OrderActivityMessages> = {
  en,
  load: () => import('./order-activity.translations.js'),
};
