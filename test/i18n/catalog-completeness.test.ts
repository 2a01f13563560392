import { expect } from '@open-wc/testing';
import type { Catalog, Messages } from '../../src/i18n/message-catalog.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/message-catalog.js';

import { catalogModules as modules } from '../generated/catalogs.js';

function catalogsOf(module: Record<string, unknown>): [string, Catalog<Messages>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, Catalog<Messages>] =>
      typeof entry[1] === 'object' &&
      entry[1] !== null &&
      'en' in entry[1] &&
      typeof (entry[1] as { load?: unknown }).load === 'function',
  );
}

describe('catalog completeness', () => {
  it('finds the catalogs', () => {
    expect(Object.keys(modules)).to.include('/src/i18n/shared.messages.ts');
    expect(Object.keys(modules)).to.include('/src/elements/order-list/order-list.messages.ts');
  });

  for (const [file, module] of Object.entries(modules)) {
    for (const [name, catalog] of catalogsOf(module)) {
      for (const locale of SUPPORTED_LOCALES.filter((code) => code !== 'en')) {
        it(`${file} ${name}: ${locale} has every English key`, async () => {
          const { translations } = await catalog.load();
          const translated = translations[locale] as Record<string, unknown> | undefined;
          expect(translated, `${locale} catalog`).to.be.an('object');
          const missing = Object.keys(catalog.en).filter((key) => !(key in translated!));
          expect(missing, `keys missing in ${locale}`).to.deep.equal([]);
          const empty = Object.keys(catalog.en).filter((key) => translated![key] === '');
          expect(empty, `empty messages in ${locale}`).to.deep.equal([]);
        });
      }
    }
  }
});
