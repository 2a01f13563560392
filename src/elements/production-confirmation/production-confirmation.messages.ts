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

type Shape = { readonly [K in keyof typeof en]: string };

const de: Shape = {
  title: 'Produktion',
  confirmedAtApplication: 'Sie haben diesen Auftrag bereits bei Ihrer Bewerbung bestätigt. Hier ist nichts zu tun.',
  confirmedOn: 'Sie haben diesen Auftrag am {date} bestätigt.',
  intro: 'Laden Sie den Produktionsauftrag herunter, prüfen Sie alles und bestätigen Sie dann den Auftrag.',
  download: 'Produktionsauftrag herunterladen',
  downloadUnavailable: 'Der Produktionsauftrag ist noch nicht verfügbar.',
  confirmButton: 'Auftragsbestätigung',
  dialogTitle: 'Auftrag {number} bestätigen?',
  dialogBody: 'Mit der Bestätigung verpflichten Sie sich, den Auftrag wie im Produktionsauftrag beschrieben bis {date} zu fertigen.',
  confirm: 'Bestätigen',
  cancel: 'Abbrechen',
  confirming: 'Wird bestätigt…',
  confirmedAnnouncement: 'Auftrag {number} ist bestätigt.',
};

const fr: Shape = {
  title: 'Production',
  confirmedAtApplication: 'Vous avez déjà confirmé cette commande lors de votre candidature. Rien à faire ici.',
  confirmedOn: 'Vous avez confirmé cette commande le {date}.',
  intro: 'Téléchargez l’ordre de production, vérifiez que tout est correct, puis confirmez la commande.',
  download: 'Télécharger l’ordre de production',
  downloadUnavailable: 'L’ordre de production n’est pas encore disponible.',
  confirmButton: 'Confirmation de commande',
  dialogTitle: 'Confirmer la commande {number} ?',
  dialogBody: 'En confirmant, vous vous engagez à produire la commande comme décrit dans l’ordre de production d’ici le {date}.',
  confirm: 'Confirmer',
  cancel: 'Annuler',
  confirming: 'Confirmation…',
  confirmedAnnouncement: 'La commande {number} est confirmée.',
};

export const productionConfirmationMessages: Catalog<typeof en> = { en, de, fr };
