import type { Translation, Translations } from '../../i18n/message-catalog.js';
import type { OrderActivityMessages } from './order-activity.messages.js';

/** German and French; loaded on demand the first time this element renders in one of them. */
const de: Translation<OrderActivityMessages> = {
  listLabel: 'Verlauf von Auftrag {number}',
  empty: 'Zu diesem Auftrag ist noch nichts geschehen. Ihre Kommentare erscheinen hier.',
  unknownLeftOut: {
    one: '{count} Eintrag einer Art, die diese Version nicht anzeigen kann, wurde ausgelassen.',
    other: '{count} Einträge von Arten, die diese Version nicht anzeigen kann, wurden ausgelassen.',
  },
  'event.order-confirmed': 'Der Auftrag wurde für die Produktion bestätigt.',
  'event.quality-report-uploaded': 'Qualitätskontrollbericht „{name}“ hochgeladen.',
  'event.shipment-published': 'Sendung {number} veröffentlicht.',
  'event.shipping-documents-ready': 'Etiketten und Lieferschein der Sendung {number} sind druckbereit.',
  'invoice.submitted': 'Rechnung {number} eingereicht.',
  'invoice.under-review': 'Rechnung {number} wird von {platform} geprüft.',
  'invoice.approved': 'Rechnung {number} von {platform} freigegeben.',
  'invoice.rejected': 'Rechnung {number} von {platform} abgelehnt.',
  'invoice.paid': 'Rechnung {number} bezahlt.',
  'author.supplier': '{name} (Sie)',
  'author.platform': '{name}, {platform}',
  commentLabel: 'Kommentar',
  commentHint: 'Sichtbar für {platform}. Mit Strg+Eingabe (⌘+Eingabe auf dem Mac) senden.',
  characterCount: '{count} von {max} Zeichen',
  send: 'Kommentieren',
  sending: 'Wird gesendet…',
  'problem.required': 'Schreiben Sie zuerst einen Kommentar.',
  'problem.too-long': 'Der Kommentar ist zu lang: höchstens {max} Zeichen.',
  commentAdded: 'Ihr Kommentar wurde hinzugefügt.',
  newComments: { one: '{count} neuer Kommentar von {platform}.', other: '{count} neue Kommentare von {platform}.' },
};

const fr: Translation<OrderActivityMessages> = {
  listLabel: 'Historique de la commande {number}',
  empty: 'Rien ne s’est encore passé sur cette commande. Vos commentaires apparaîtront ici.',
  unknownLeftOut: {
    one: '{count} entrée d’un type que cette version ne sait pas afficher a été omise.',
    other: '{count} entrées de types que cette version ne sait pas afficher ont été omises.',
  },
  'event.order-confirmed': 'La commande a été confirmée pour la production.',
  'event.quality-report-uploaded': 'Rapport de contrôle qualité « {name} » téléversé.',
  'event.shipment-published': 'Expédition {number} publiée.',
  'event.shipping-documents-ready': 'Les étiquettes et le bordereau de l’expédition {number} sont prêts à imprimer.',
  'invoice.submitted': 'Facture {number} soumise.',
  'invoice.under-review': 'La facture {number} est en cours d’examen par {platform}.',
  'invoice.approved': 'Facture {number} approuvée par {platform}.',
  'invoice.rejected': 'Facture {number} refusée par {platform}.',
  'invoice.paid': 'Facture {number} payée.',
  'author.supplier': '{name} (vous)',
  'author.platform': '{name}, {platform}',
  commentLabel: 'Commentaire',
  commentHint: 'Visible par {platform}. Appuyez sur Ctrl+Entrée (⌘+Entrée sur Mac) pour envoyer.',
  characterCount: '{count} caractères sur {max}',
  send: 'Commenter',
  sending: 'Envoi…',
  'problem.required': 'Écrivez d’abord un commentaire.',
  'problem.too-long': 'Le commentaire est trop long : {max} caractères au maximum.',
  commentAdded: 'Votre commentaire a été ajouté.',
  newComments: {
    one: '{count} nouveau commentaire de {platform}.',
    other: '{count} nouveaux commentaires de {platform}.',
  },
};

export const translations: Translations<OrderActivityMessages> = { de, fr };
