import type { Catalog } from '../../i18n/message-catalog.js';

const en = { back: 'Back to My Orders' } as const;

export type SupplierPortalMessages = typeof en;

/** English here; the other locales in `supplier-portal.translations.ts`, a chunk of their own. */
export const supplierPortalMessages: Catalog<SupplierPortalMessages> = {
  en,
  load: () => import('./supplier-portal.translations.js'),
};
