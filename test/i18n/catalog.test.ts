import { expect } from '@open-wc/testing';
import { formatMessage, pickMessages, type Catalog } from '../../src/i18n/catalog.js';

describe('message catalog', () => {
  const catalog: Catalog<{ hello: string; files: { one: string; other: string } }> = {
    en: { hello: 'Hello {name}', files: { one: '{count} file', other: '{count} files' } },
    de: { hello: 'Hallo {name}', files: { one: '{count} Datei', other: '{count} Dateien' } },
  };

  it('picks the exact locale, then the language, then English', () => {
    expect(pickMessages(catalog, 'de').hello).to.equal('Hallo {name}');
    expect(pickMessages(catalog, 'de-AT').hello).to.equal('Hallo {name}');
    expect(pickMessages(catalog, 'ja-JP').hello).to.equal('Hello {name}');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Hello {name}, {missing}', 'en', { name: 'Ana' })).to.equal('Hello Ana, {missing}');
  });

  it('chooses the plural form with Intl.PluralRules', () => {
    expect(formatMessage(catalog.en.files, 'en', { count: 1 })).to.equal('1 file');
    expect(formatMessage(catalog.en.files, 'en', { count: 3 })).to.equal('3 files');
    expect(formatMessage({ one: 'un', other: 'plusieurs' }, 'fr', { count: 0 })).to.equal('un');
    expect(formatMessage({ zero: 'none', one: 'one', other: 'many' }, 'en', { count: 0 })).to.equal('none');
  });
});
