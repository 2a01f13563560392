import type { Catalog } from '../../i18n/catalog.js';

const en = {
  title: 'Production',
  confirmedAtApplication: 'You already confirmed this order when you applied for it. Nothing to do here.',
  confirmedOn: 'You confirmed this order on {date}.',
  intro: 'Download the production order, check that everything is right, then confirm the order.',
  download: 'Download Production Order',
  downloadUnavailable: 'The production order is not available yet.',
  confirmButton: 'Order Confirmation',
  dialogTitle: 'Confirm order {number}?',
  dialogBody: 'By confirming, you agree to produce the order as described in the production order by {date}.',
  confirm: 'Confirm',
  cancel: 'Cancel',
  confirming: 'Confirming…',
  confirmedAnnouncement: 'Order {number} is confirmed.',
} as const;

export type ProductionConfirmationMessages = typeof en;

/** English here; the other locales in `production-confirmation.translations.ts`, a chunk of their own. */
export const productionConfirmationMessages: Catalog<ProductionConfirmationMessages> = { en, load: () => import('./production-confirmation.translations.js') };
