import type { Catalog } from '../../i18n/message-catalog.js';

/** The texts of a long list's filter, count and pager (shared/long-list.ts); only elements with long lists load them. */
const en = {
  filterLabel: 'Find a position',
  filterHint: 'Line, part number, part name, material or process',
  showing: 'Showing {first}–{last} of {total} positions',
  showingMatches: {
    one: 'Showing {first}–{last} of {matches} position matching “{query}” ({total} in all)',
    other: 'Showing {first}–{last} of {matches} positions matching “{query}” ({total} in all)',
  },
  noMatch: 'No position matches “{query}” ({total} in all).',
  previous: 'Previous {count}',
  next: 'Next {count}',
  page: 'Page {page} of {pages}',
  pages: 'Pages of positions',
  pagesOf: 'Pages of positions ({name})',
} as const;

export type LongListMessages = typeof en;

/** English here; the other locales in `long-list.translations.ts`, a chunk of their own. */
export const longListMessages: Catalog<LongListMessages> = { en, load: () => import('./long-list.translations.js') };
