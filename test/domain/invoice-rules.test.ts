import { expect } from '@open-wc/testing';
import {
  checkBankDetails,
  checkInvoiceDetails,
  checkInvoiceItems,
  defaultPaymentDate,
  MAX_INVOICE_NUMBER_LENGTH,
} from '../../src/domain/invoice-rules.js';
import { makeInvoice, makeOrder, makeShipment } from '../../src/testing/fixtures.js';

const today = '2026-03-10';
const valid = { number: 'RE-2026-001', invoiceDate: '2026-03-10', paymentDate: '2026-04-09' };

describe('invoice rules: details', () => {
  it('accepts a number, an invoice date of today and a later payment date', () => {
    expect(checkInvoiceDetails(valid, { today })).to.deep.equal({});
  });

  it('requires every field', () => {
    expect(checkInvoiceDetails({ number: '  ', invoiceDate: null, paymentDate: '' }, { today })).to.deep.equal({
      number: { code: 'required' },
      invoiceDate: { code: 'required' },
      paymentDate: { code: 'required' },
    });
  });

  it(`allows at most ${MAX_INVOICE_NUMBER_LENGTH} characters`, () => {
    expect(checkInvoiceDetails({ ...valid, number: 'A'.repeat(64) }, { today })).to.deep.equal({});
    expect(checkInvoiceDetails({ ...valid, number: 'A'.repeat(65) }, { today })).to.deep.equal({
      number: { code: 'too-long', maxLength: 64 },
    });
  });

  it('refuses a number the supplier already used, ignoring case and outer spaces', () => {
    const existingNumbers = ['RE-2026-001'];
    expect(checkInvoiceDetails({ ...valid, number: ' re-2026-001 ' }, { today, existingNumbers })).to.deep.equal({
      number: { code: 'duplicate' },
    });
    expect(checkInvoiceDetails({ ...valid, number: 'RE-2026-002' }, { today, existingNumbers })).to.deep.equal({});
  });

  it('refuses an invoice date in the future; earlier dates are fine', () => {
    expect(checkInvoiceDetails({ ...valid, invoiceDate: '2026-03-11' }, { today })).to.deep.equal({
      invoiceDate: { code: 'in-future', today },
    });
    expect(checkInvoiceDetails({ ...valid, invoiceDate: '2026-02-01' }, { today })).to.deep.equal({});
  });

  it('refuses a payment date before the invoice date; the same day is fine', () => {
    expect(checkInvoiceDetails({ ...valid, paymentDate: '2026-03-09' }, { today })).to.deep.equal({
      paymentDate: { code: 'before-invoice-date', invoiceDate: '2026-03-10' },
    });
    expect(checkInvoiceDetails({ ...valid, paymentDate: '2026-03-10' }, { today })).to.deep.equal({});
  });

  it('refuses dates that do not exist', () => {
    expect(
      checkInvoiceDetails({ ...valid, invoiceDate: '2026-02-30', paymentDate: '2026-13-01' }, { today }),
    ).to.deep.equal({
      invoiceDate: { code: 'not-a-date' },
      paymentDate: { code: 'not-a-date' },
    });
  });

  it('proposes the payment date from the payment terms, in calendar days', () => {
    // January 31 + 30 days: 28 days to February 28, then March 1 and 2.
    expect(defaultPaymentDate('2026-01-31', 30)).to.equal('2026-03-02');
    expect(defaultPaymentDate('2028-01-31', 30)).to.equal('2028-03-01'); // leap year: February 29 exists
    expect(defaultPaymentDate('2026-03-10', 0)).to.equal('2026-03-10');
  });
});

describe('invoice rules: items', () => {
  /** p1: 10 ordered, 6 shipped; p2: 4 ordered, none shipped. */
  const shipped = () => {
    const base = makeOrder({ id: 'o' });
    return { ...base, shipments: [makeShipment({ items: [{ positionId: 'o-p1', quantity: 6 }] })] };
  };

  it('accepts shipped quantities not yet invoiced', () => {
    expect(checkInvoiceItems(shipped(), [{ positionId: 'o-p1', quantity: 6 }])).to.deep.equal([]);
  });

  it('refuses quantities not shipped yet', () => {
    expect(checkInvoiceItems(shipped(), [{ positionId: 'o-p1', quantity: 7 }])).to.deep.equal([
      { kind: 'over-invoiceable', positionId: 'o-p1', invoiceable: 6 },
    ]);
    expect(checkInvoiceItems(shipped(), [{ positionId: 'o-p2', quantity: 1 }])).to.deep.equal([
      { kind: 'over-invoiceable', positionId: 'o-p2', invoiceable: 0 },
    ]);
  });

  it('refuses quantities already on an invoice, but not on a rejected one', () => {
    const invoiced = {
      ...shipped(),
      invoices: [
        makeInvoice({ status: 'under-review', items: [{ positionId: 'o-p1', quantity: 4, unitPriceMinor: 1_250 }] }),
      ],
    };
    expect(checkInvoiceItems(invoiced, [{ positionId: 'o-p1', quantity: 3 }])).to.deep.equal([
      { kind: 'over-invoiceable', positionId: 'o-p1', invoiceable: 2 },
    ]);
    const rejected = {
      ...shipped(),
      invoices: [
        makeInvoice({ status: 'rejected', items: [{ positionId: 'o-p1', quantity: 4, unitPriceMinor: 1_250 }] }),
      ],
    };
    expect(checkInvoiceItems(rejected, [{ positionId: 'o-p1', quantity: 6 }])).to.deep.equal([]);
  });

  it('refuses an invoice of nothing and unknown positions', () => {
    expect(checkInvoiceItems(shipped(), [{ positionId: 'o-p1', quantity: 0 }])).to.deep.equal([
      { kind: 'nothing-selected' },
    ]);
    expect(
      checkInvoiceItems(shipped(), [
        { positionId: 'o-p1', quantity: 1 },
        { positionId: 'x', quantity: 1 },
      ]),
    ).to.deep.equal([{ kind: 'unknown-position', positionId: 'x' }]);
  });
});

describe('invoice rules: bank details', () => {
  const bank = {
    accountHolder: 'Feinmechanik Huber GmbH',
    iban: 'DE89 3704 0044 0532 0130 00',
    bic: 'COBADEFFXXX',
    bankName: 'Commerzbank',
  };

  it('accepts complete details with a BIC of the IBAN country', () => {
    expect(checkBankDetails(bank)).to.deep.equal({});
  });

  it('requires every field', () => {
    expect(checkBankDetails({ accountHolder: ' ', iban: '', bic: '', bankName: '' })).to.deep.equal({
      accountHolder: { code: 'required' },
      iban: { code: 'required' },
      bic: { code: 'required' },
      bankName: { code: 'required' },
    });
  });

  it('passes on why the IBAN or BIC is not valid', () => {
    expect(checkBankDetails({ ...bank, iban: 'DE89370400440532013001' })).to.deep.equal({
      iban: { code: 'iban', reason: 'checksum' },
    });
    expect(checkBankDetails({ ...bank, bic: 'COBADEF' })).to.deep.equal({ bic: { code: 'bic', reason: 'format' } });
  });

  it('refuses a BIC of another country than the IBAN', () => {
    expect(checkBankDetails({ ...bank, bic: 'ABNANL2A' })).to.deep.equal({
      bic: { code: 'bic-country-mismatch', ibanCountry: 'DE', bicCountry: 'NL' },
    });
  });

  it('limits the account holder to the 70 characters a SEPA transfer carries', () => {
    expect(checkBankDetails({ ...bank, accountHolder: 'A'.repeat(70) })).to.deep.equal({});
    expect(checkBankDetails({ ...bank, accountHolder: 'A'.repeat(71) })).to.deep.equal({
      accountHolder: { code: 'too-long', maxLength: 70 },
    });
  });
});
