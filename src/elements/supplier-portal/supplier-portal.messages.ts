import type { Catalog } from '../../i18n/catalog.js';

const en = { back: 'Back to My Orders' } as const;
const de: { readonly [K in keyof typeof en]: string } = { back: 'Zurück zu Meine Aufträge' };
const fr: { readonly [K in keyof typeof en]: string } = { back: 'Retour à Mes commandes' };

export const supplierPortalMessages: Catalog<typeof en> = { en, de, fr };
