import { expect } from '@open-wc/testing';
import {
  formatMessage,
  loadTranslations,
  needsTranslations,
  pickMessages,
  translationsInFlight,
  translationsSettled,
  type Catalog,
} from '../../src/i18n/message-catalog.js';

type Probe = { hello: string; files: { one: string; other: string } };
const en: Probe = { hello: 'Hello {name}', files: { one: '{count} file', other: '{count} files' } };

function catalogWithLoader(load: Catalog<Probe>['load']): Catalog<Probe> & { calls: number } {
  const catalog = {
    en,
    calls: 0,
    load: () => {
      catalog.calls += 1;
      return load();
    },
  };
  return catalog;
}

const german = async () => ({
  translations: {
    de: { hello: 'Hallo {name}', files: { one: '{count} Datei', other: '{count} Dateien' } },
    'de-CH': { hello: 'Grüezi {name}', files: { one: '{count} Datei', other: '{count} Dateien' } },
  },
});

describe('message catalog', () => {
  it('shows English until the translations are loaded, then the exact locale, then the language', async () => {
    const catalog = catalogWithLoader(german);
    expect(needsTranslations(catalog, 'de-AT')).to.equal(true);
    expect(pickMessages(catalog, 'de').hello).to.equal('Hello {name}');
    await loadTranslations(catalog);
    expect(needsTranslations(catalog, 'de-AT')).to.equal(false);
    expect(pickMessages(catalog, 'de').hello).to.equal('Hallo {name}');
    expect(pickMessages(catalog, 'de-AT').hello).to.equal('Hallo {name}');
    expect(pickMessages(catalog, 'de-CH').hello).to.equal('Grüezi {name}');
    expect(pickMessages(catalog, 'ja-JP').hello).to.equal('Hello {name}');
  });

  it('never loads translations for English or for a locale without a catalog', () => {
    const catalog = catalogWithLoader(german);
    expect(needsTranslations(catalog, 'en-GB')).to.equal(false);
    expect(needsTranslations(catalog, 'ja')).to.equal(false);
  });

  it('loads a catalog once however often it is asked, and reports loads in flight', async () => {
    const catalog = catalogWithLoader(german);
    const first = loadTranslations(catalog);
    const second = loadTranslations(catalog);
    expect(translationsInFlight()).to.equal(true);
    await translationsSettled();
    expect(translationsInFlight()).to.equal(false);
    await Promise.all([first, second, loadTranslations(catalog)]);
    expect(catalog.calls).to.equal(1);
  });

  it('keeps English when the translations cannot be loaded (offline), without trying again and again', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const catalog = catalogWithLoader(() =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      );
      await loadTranslations(catalog);
      await loadTranslations(catalog);
      expect(pickMessages(catalog, 'de').hello).to.equal('Hello {name}');
      expect(catalog.calls).to.equal(1);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Hello {name}, {missing}', 'en', { name: 'Ana' })).to.equal('Hello Ana, {missing}');
  });

  it('chooses the plural form with Intl.PluralRules', () => {
    expect(formatMessage(en.files, 'en', { count: 1 })).to.equal('1 file');
    expect(formatMessage(en.files, 'en', { count: 3 })).to.equal('3 files');
    expect(formatMessage({ one: 'un', other: 'plusieurs' }, 'fr', { count: 0 })).to.equal('un');
    expect(formatMessage({ zero: 'none', one: 'one', other: 'many' }, 'en', { count: 0 })).to.equal('none');
  });

  it('writes numbers in the locale’s digits and grouping', () => {
    expect(formatMessage(en.files, 'en', { count: 10_000 })).to.equal('10,000 files');
    expect(formatMessage('{count} Zeilen', 'de', { count: 10_000 })).to.equal('10.000 Zeilen');
    expect(formatMessage('Line {n}', 'en', { n: '10000' }), 'a string stays as given').to.equal('Line 10000');
  });
});
