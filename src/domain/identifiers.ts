/** Identifiers with check digits: IBAN and BIC, VAT numbers, tracking numbers and SSCCs. */
export * from './bank-identifiers.js';
export * from './vat-id.js';
export * from './tracking-numbers.js';
export * from './sscc.js';
