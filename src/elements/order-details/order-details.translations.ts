import type { Translation, Translations } from '../../i18n/message-catalog.js';
import type { OrderDetailsMessages } from './order-details.messages.js';

/** German and French; loaded on demand the first time this element renders in one of them. */
const de: Translation<OrderDetailsMessages> = {
  title: 'Auftrag {number}',
  leadTime: 'Liefertermin',
  terms: 'Konditionen',
  'kind.regular': 'Regulärer Auftrag',
  'kind.test': 'Testauftrag',
  paymentTerms: { one: 'Zahlung innerhalb von {count} Tag', other: 'Zahlung innerhalb von {count} Tagen' },
  delivery: 'Lieferung',
  'delivery.platform': 'organisiert von {platform}',
  'delivery.supplier': 'organisiert von Ihnen',
  positions: 'Positionen',
  'column.part': 'Teil',
  'column.material': 'Material',
  'column.process': 'Verfahren',
  'column.quantity': 'Menge',
  'column.unitPrice': 'Stückpreis',
  'column.total': 'Summe',
  orderTotal: 'Auftragssumme (netto)',
  deadlineNear:
    'Bitte erfassen Sie die Versandinformationen mindestens einen Tag vor dem Liefertermin mit „{action}“ unter Versand: bis {date} ({phrase}).',
  deadlinePassed:
    'Die Frist für die Versandinformationen ({date}) ist abgelaufen. Erfassen Sie sie jetzt mit „{action}“ unter Versand und kontaktieren Sie {platform}, falls der Liefertermin gefährdet ist.',
  stages: 'Phasen',
  qualityNotRequired: 'Für diesen Auftrag ist keine Qualitätskontrolle erforderlich.',
  locked: 'Diese Phase öffnet sich, wenn die vorherigen Phasen erledigt sind.',
  addShipping: 'Versand hinzufügen',
  continueShipping: 'Versand fortsetzen',
  shippingDraftKept: 'Ihre Versandangaben bleiben als Entwurf erhalten.',
  allShipped: 'Alle Teile sind in Sendungen.',
  notFound: 'Auftrag nicht gefunden.',
  lockedQualityDocuments: 'Der Versand wird freigegeben, sobald diese erforderlichen Qualitätsdokumente vorliegen:',
  'outstanding.missing': '{type}: fehlt',
  'outstanding.rejected': '{type}: abgelehnt, eine neue Version wird benötigt',
  activity: 'Verlauf',
};

const fr: Translation<OrderDetailsMessages> = {
  title: 'Commande {number}',
  leadTime: 'Délai',
  terms: 'Conditions',
  'kind.regular': 'Commande régulière',
  'kind.test': 'Commande test',
  paymentTerms: { one: 'paiement sous {count} jour', other: 'paiement sous {count} jours' },
  delivery: 'Livraison',
  'delivery.platform': 'organisée par {platform}',
  'delivery.supplier': 'organisée par vous',
  positions: 'Positions',
  'column.part': 'Pièce',
  'column.material': 'Matière',
  'column.process': 'Procédé',
  'column.quantity': 'Quantité',
  'column.unitPrice': 'Prix unitaire',
  'column.total': 'Total',
  orderTotal: 'Total de la commande (HT)',
  deadlineNear:
    'Saisissez les informations d’expédition au moins un jour avant le jour du délai, avec « {action} » dans Expédition : avant le {date} ({phrase}).',
  deadlinePassed:
    'La date limite des informations d’expédition ({date}) est dépassée. Saisissez-les maintenant avec « {action} » dans Expédition, et contactez {platform} si le délai est compromis.',
  stages: 'Étapes',
  qualityNotRequired: 'Le contrôle qualité n’est pas requis pour cette commande.',
  locked: 'Cette étape s’ouvre lorsque les étapes précédentes sont terminées.',
  addShipping: 'Ajouter une expédition',
  continueShipping: 'Reprendre l’expédition',
  shippingDraftKept: 'Vos saisies d’expédition sont conservées comme brouillon.',
  allShipped: 'Toutes les pièces sont dans des envois.',
  notFound: 'Commande introuvable.',
  lockedQualityDocuments: 'L’expédition s’ouvre lorsque ces documents qualité requis sont fournis :',
  'outstanding.missing': '{type} : manquant',
  'outstanding.rejected': '{type} : refusé, une nouvelle version est nécessaire',
  activity: 'Historique',
};

export const translations: Translations<OrderDetailsMessages> = { de, fr };
