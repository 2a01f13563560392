import type { Catalog } from '../../i18n/catalog.js';

const en = {
  notRequired: 'Quality control is not required for this order.',
  intro: 'Upload the quality control report (PDF). You can add several reports and replace a wrong one until shipping starts.',
  uploadLabel: 'Quality control report (PDF)',
  uploadHint: 'PDF, at most {limit}.',
  reports: 'Uploaded reports',
  none: 'No report uploaded yet.',
  uploadedOn: 'uploaded {date}',
  replace: 'Replace',
  replaceLabel: 'Replace {name}',
  remove: 'Remove',
  removeLabel: 'Remove {name}',
  lockedAfterShipping: 'Reports can no longer be replaced or removed because shipping has started.',
  uploaded: '{name} uploaded.',
  removed: '{name} removed.',
  replacing: 'Choose the PDF that replaces {name}.',
  cancelReplace: 'Cancel replacing',
} as const;

type Shape = { readonly [K in keyof typeof en]: string };

const de: Shape = {
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

const fr: Shape = {
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

export const qualityReportMessages: Catalog<typeof en> = { en, de, fr };
