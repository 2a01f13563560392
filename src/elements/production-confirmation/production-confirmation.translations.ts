import type { Translation, Translations } from '../../i18n/catalog.js';
import type { ProductionConfirmationMessages } from './production-confirmation.messages.js';

/** German and French; loaded on demand the first time this element renders in one of them. */
const de: Translation<ProductionConfirmationMessages> = {
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

const fr: Translation<ProductionConfirmationMessages> = {
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

export const translations: Translations<ProductionConfirmationMessages> = { de, fr };
