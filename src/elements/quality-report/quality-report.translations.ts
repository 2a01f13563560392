import type { Translation, Translations } from '../../i18n/catalog.js';
import type { QualityReportMessages } from './quality-report.messages.js';

/** German and French; loaded on demand the first time this element renders in one of them. */
const de: Translation<QualityReportMessages> = {
  notRequired: 'Für diesen Auftrag ist keine Qualitätskontrolle erforderlich.',
  intro: 'Laden Sie den Qualitätskontrollbericht (PDF) hoch. Sie können mehrere Berichte hinzufügen und einen falschen ersetzen, bis der Versand beginnt.',
  uploadLabel: 'Qualitätskontrollbericht (PDF)',
  uploadHint: 'PDF, höchstens {limit}.',
  reports: 'Hochgeladene Berichte',
  none: 'Noch kein Bericht hochgeladen.',
  uploadedOn: 'hochgeladen am {date}',
  replace: 'Ersetzen',
  replaceLabel: '{name} ersetzen',
  remove: 'Entfernen',
  removeLabel: '{name} entfernen',
  lockedAfterShipping: 'Berichte können nicht mehr ersetzt oder entfernt werden, da der Versand begonnen hat.',
  uploaded: '{name} hochgeladen.',
  removed: '{name} entfernt.',
  replacing: 'Wählen Sie das PDF, das {name} ersetzt.',
  cancelReplace: 'Ersetzen abbrechen',
};

const fr: Translation<QualityReportMessages> = {
  notRequired: 'Le contrôle qualité n’est pas requis pour cette commande.',
  intro: 'Téléversez le rapport de contrôle qualité (PDF). Vous pouvez ajouter plusieurs rapports et remplacer un rapport erroné jusqu’au début de l’expédition.',
  uploadLabel: 'Rapport de contrôle qualité (PDF)',
  uploadHint: 'PDF, {limit} au maximum.',
  reports: 'Rapports téléversés',
  none: 'Aucun rapport téléversé.',
  uploadedOn: 'téléversé le {date}',
  replace: 'Remplacer',
  replaceLabel: 'Remplacer {name}',
  remove: 'Supprimer',
  removeLabel: 'Supprimer {name}',
  lockedAfterShipping: 'Les rapports ne peuvent plus être remplacés ni supprimés, car l’expédition a commencé.',
  uploaded: '{name} téléversé.',
  removed: '{name} supprimé.',
  replacing: 'Choisissez le PDF qui remplace {name}.',
  cancelReplace: 'Annuler le remplacement',
};

export const translations: Translations<QualityReportMessages> = { de, fr };
