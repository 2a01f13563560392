import type { Catalog } from '../../i18n/catalog.js';

const en = {
  title: 'My Orders',
  searchLabel: 'Search orders',
  searchPlaceholder: 'Order number or part name',
  stageLabel: 'Stage',
  allStages: 'All stages',
  needsAction: { one: '{count} needs your action', other: '{count} need your action' },
  overdue: { one: '{count} overdue', other: '{count} overdue' },
  sortLabel: 'Sort by',
  'sort.lead-time': 'Lead time',
  'sort.created': 'Created',
  'sort.value': 'Order value',
  ascending: 'Ascending',
  descending: 'Descending',
  directionLabel: 'Sort direction',
  gridLabel: 'Orders',
  'column.number': 'Order',
  'column.parts': 'Parts',
  'column.quantity': 'Quantity',
  'column.value': 'Value',
  'column.leadTime': 'Lead Time',
  'column.stage': 'Stage',
  'column.nextAction': 'Next action',
  'column.details': 'Details',
  orderDetails: 'Order Details',
  'column.created': 'Created',
  'column.currency': 'Currency',
  exportCsv: 'Export CSV',
  exporting: 'Exporting orders… {loaded} of {total}',
  cancelExport: 'Cancel export',
  exportReady: { one: '{count} order exported.', other: '{count} orders exported.' },
  exportDownload: 'Download {fileName}',
  pieces: { one: '{count} pc', other: '{count} pcs' },
  resultCount: { zero: 'No orders', one: '{count} order', other: '{count} orders' },
  emptyTitle: 'No orders yet',
  emptyBody: 'Orders you take on {platform} appear here.',
  noMatchTitle: 'No order matches your search or filters',
  clearFilters: 'Clear filters',
  loadingMore: 'Loading more orders…',
  loadMoreFailed: 'More orders could not be loaded.',
} as const;

export type OrderListMessages = typeof en;

/** English here; the other locales in `order-list.translations.ts`, a chunk of their own. */
export const orderListMessages: Catalog<OrderListMessages> = { en, load: () => import('./order-list.translations.js') };
