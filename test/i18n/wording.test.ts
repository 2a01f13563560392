import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import type { Catalog } from '../../src/i18n/message-catalog.js';

const messages: Catalog<{ none: string }> = {
  en: { none: '' },
  load: async () => ({ translations: { de: { none: '' }, fr: { none: '' } } }),
};

@customElement('sf-wording-probe')
class WordingProbe extends LitElement {
  @property({ reflect: true }) locale = 'en';
  readonly i18n = new LocalizeController(this, messages);
}

const probe = async (locale: string) =>
  (await fixture<WordingProbe>(html`<sf-wording-probe locale=${locale}></sf-wording-probe>`)).i18n;

describe('shared formatters: file sizes and countries in words', () => {
  it('says "622 bytes" and "1.2 MB", as Intl.NumberFormat units', async () => {
    const en = await probe('en');
    expect(en.fileSize(622)).to.equal('622 bytes');
    expect(en.fileSize(1)).to.equal('1 byte');
    expect(en.fileSize(1.2 * 1024 * 1024)).to.equal('1.2 MB');
    expect((await probe('de')).fileSize(622)).to.equal('622 Byte');
  });

  it('names a country in the locale, not by its code', async () => {
    expect((await probe('en')).region('DE')).to.equal('Germany');
    expect((await probe('de')).region('DE')).to.equal('Deutschland');
    expect((await probe('fr')).region('de')).to.equal('Allemagne');
    expect((await probe('en')).region('not a code')).to.equal('not a code');
  });
});
