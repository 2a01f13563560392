import type { Translation, Translations } from '../../i18n/message-catalog.js';
import type { LongListMessages } from './long-list.messages.js';

/** German and French; loaded on demand the first time a long list renders in one of them. */
const de: Translation<LongListMessages> = {
  filterLabel: 'Position suchen',
  filterHint: 'Zeile, Teilenummer, Teilename, Werkstoff oder Verfahren',
  showing: 'Angezeigt: {first}–{last} von {total} Positionen',
  showingMatches: {
    one: 'Angezeigt: {first}–{last} von {matches} Position mit „{query}“ ({total} insgesamt)',
    other: 'Angezeigt: {first}–{last} von {matches} Positionen mit „{query}“ ({total} insgesamt)',
  },
  noMatch: 'Keine Position enthält „{query}“ ({total} insgesamt).',
  previous: 'Vorherige {count}',
  next: 'Nächste {count}',
  page: 'Seite {page} von {pages}',
  pages: 'Seiten der Positionen',
  pagesOf: 'Seiten der Positionen ({name})',
};

const fr: Translation<LongListMessages> = {
  filterLabel: 'Rechercher une position',
  filterHint: 'Ligne, référence, désignation, matière ou procédé',
  showing: 'Affichage de {first} à {last} sur {total} positions',
  showingMatches: {
    one: 'Affichage de {first} à {last} sur {matches} position contenant « {query} » ({total} au total)',
    other: 'Affichage de {first} à {last} sur {matches} positions contenant « {query} » ({total} au total)',
  },
  noMatch: 'Aucune position ne contient « {query} » ({total} au total).',
  previous: '{count} précédentes',
  next: '{count} suivantes',
  page: 'Page {page} sur {pages}',
  pages: 'Pages des positions',
  pagesOf: 'Pages des positions ({name})',
};

export const translations: Translations<LongListMessages> = { de, fr };
