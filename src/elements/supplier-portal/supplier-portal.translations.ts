import type { Translation, Translations } from '../../i18n/message-catalog.js';
import type { SupplierPortalMessages } from './supplier-portal.messages.js';

const de: Translation<SupplierPortalMessages> = { back: 'Zurück zu Meine Aufträge' };
const fr: Translation<SupplierPortalMessages> = { back: 'Retour à Mes commandes' };

export const translations: Translations<SupplierPortalMessages> = { de, fr };
