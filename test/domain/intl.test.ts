import { expect } from '@open-wc/testing';
import { dateTimeFormat, listFormat, numberFormat, relativeTimeFormat } from '../../src/domain/intl.js';

describe('cached Intl formatters', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' })).to.equal(
      numberFormat('de', { style: 'currency', currency: 'EUR' }),
    );
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' })).not.to.equal(
      numberFormat('fr', { style: 'currency', currency: 'EUR' }),
    );
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' })).not.to.equal(
      numberFormat('de', { style: 'currency', currency: 'USD' }),
    );
    expect(dateTimeFormat('en', { timeZone: 'Asia/Tokyo' })).to.equal(dateTimeFormat('en', { timeZone: 'Asia/Tokyo' }));
    expect(relativeTimeFormat('en', { numeric: 'auto' })).to.equal(relativeTimeFormat('en', { numeric: 'auto' }));
    expect(listFormat('en', { type: 'conjunction' })).to.equal(listFormat('en', { type: 'conjunction' }));
  });

  it('formats as a fresh formatter would', () => {
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' }).format(1234.5)).to.equal(
      new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(1234.5),
    );
    const instant = Date.UTC(2026, 10, 25, 23, 30);
    const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Berlin', dateStyle: 'medium' };
    expect(dateTimeFormat('fr', options).format(instant)).to.equal(
      new Intl.DateTimeFormat('fr', options).format(instant),
    );
  });
});
