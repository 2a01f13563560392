import { expect } from '@open-wc/testing';
import { basisPointsToPercent, decimalToMinor, minorToDecimal } from '../../src/domain/e-invoice/decimal.js';
import { eInvoiceFor, type EInvoiceInput } from '../../src/domain/e-invoice/from-order.js';
import { matchEInvoice } from '../../src/domain/e-invoice/match.js';
import type { ReadEInvoice } from '../../src/domain/e-invoice/model.js';
import { DEFAULT_XML_LIMITS, readEInvoiceXml, withoutBinaryObjects } from '../../src/domain/e-invoice/read-xml.js';
import { escapeXml } from '../../src/domain/e-invoice/xml-writer.js';
import {
  UBL_CAC_NAMESPACE,
  UBL_CBC_NAMESPACE,
  UBL_INVOICE_NAMESPACE,
  XRECHNUNG_CUSTOMIZATION_ID,
  writeXRechnung,
} from '../../src/domain/e-invoice/xrechnung.js';
import type { BankDetails } from '../../src/domain/types.js';
import { makeBuyer, makeCompanyProfile, makeInvoice, makeShippedOrder } from '../../src/testing/fixtures.js';
import { CII_SAMPLE, deeplyNested, nestedExtension, withFirstChild } from '../helpers/e-invoice-samples.js';

const BANK: BankDetails = {
  accountHolder: 'Feinmechanik Huber GmbH',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  bankName: 'Commerzbank',
};

function input(overrides: Partial<EInvoiceInput> = {}): EInvoiceInput {
  const order = overrides.order ?? makeShippedOrder({ number: 'ORD-4711' });
  return {
    order,
    profile: makeCompanyProfile(),
    bankDetails: BANK,
    number: 'RE-2026-001',
    invoiceDate: '2026-11-25',
    paymentDate: '2026-12-25',
    items: order.positions.map((position) => ({ positionId: position.id, quantity: position.quantity })),
    ...overrides,
  };
}

function written(overrides: Partial<EInvoiceInput> = {}): string {
  const result = eInvoiceFor(input(overrides));
  if (!result.ok) throw new Error(`gaps: ${result.gaps.join(', ')}`);
  return writeXRechnung(result.invoice);
}

/** The XML parsed by the browser (independent of the library's reader), with UBL lookups by namespace. */
function parsed(xml: string) {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror').length, 'well-formed XML').to.equal(0);
  const all = (parent: Element | Document, namespace: string, name: string) => [
    ...parent.getElementsByTagNameNS(namespace, name),
  ];
  const cbc = (parent: Element | Document, name: string) => all(parent, UBL_CBC_NAMESPACE, name);
  const cac = (parent: Element | Document, name: string) => all(parent, UBL_CAC_NAMESPACE, name);
  const one = (elements: Element[]) => {
    expect(elements.length).to.be.greaterThan(0);
    return elements[0]!;
  };
  return { document, cbc, cac, one, root: document.documentElement };
}

describe('e-invoice decimals', () => {
  it('writes minor units as decimals with the currency digits, without float error', () => {
    expect(minorToDecimal(123_456, 2)).to.equal('1234.56');
    expect(minorToDecimal(5, 2)).to.equal('0.05');
    expect(minorToDecimal(-5, 2)).to.equal('-0.05');
    expect(minorToDecimal(1_500, 0)).to.equal('1500');
    expect(minorToDecimal(1_000_000_000_001, 2)).to.equal('10000000000.01');
  });

  it('reads decimals into minor units; more significant decimals than the currency has is not an amount', () => {
    expect(decimalToMinor('1234.5', 2)).to.equal(123_450);
    expect(decimalToMinor('100.000', 2)).to.equal(10_000);
    expect(decimalToMinor('-0.10', 2)).to.equal(-10);
    expect(decimalToMinor('0.125', 2)).to.equal(null);
    expect(decimalToMinor('1,5', 2)).to.equal(null);
    expect(decimalToMinor('abc', 2)).to.equal(null);
  });

  it('writes VAT rates as the percentage', () => {
    expect(basisPointsToPercent(1_900)).to.equal('19');
    expect(basisPointsToPercent(550)).to.equal('5.5');
    expect(basisPointsToPercent(0)).to.equal('0');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML 1.0 cannot carry', () => {
    expect(escapeXml(`A & B <c> "d" 'e'`)).to.equal('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeXml('bell\u0007 nul\u0000 ok\ttab')).to.equal('bell nul ok\ttab');
    expect(escapeXml('lone \uD800 surrogate, pair 😀')).to.equal('lone  surrogate, pair 😀');
  });
});

describe('eInvoiceFor', () => {
  it('lists every gap that keeps an XRechnung from being complete', () => {
    const result = eInvoiceFor(
      input({
        order: makeShippedOrder({ buyer: null, currency: 'KWD' }),
        profile: makeCompanyProfile({ contact: null, electronicAddress: null, vatId: '' }),
        bankDetails: null,
      }),
    );
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.gaps).to.deep.equal([
      'buyer',
      'seller-contact',
      'seller-electronic-address',
      'seller-vat-id',
      'bank-details',
      'currency',
    ]);
  });

  it('needs something to invoice', () => {
    const result = eInvoiceFor(input({ items: [] }));
    expect(!result.ok && result.gaps).to.deep.equal(['items']);
  });

  it('uses the buyer reference the buyer asks for, else the order number', () => {
    const order = makeShippedOrder({ number: 'ORD-9', buyer: makeBuyer({ reference: '991-12345-06' }) });
    const withReference = eInvoiceFor(input({ order }));
    expect(withReference.ok && withReference.invoice.buyerReference).to.equal('991-12345-06');
    const without = eInvoiceFor(input({ order: makeShippedOrder({ number: 'ORD-9' }) }));
    expect(without.ok && without.invoice.buyerReference).to.equal('ORD-9');
  });
});

describe('writeXRechnung', () => {
  it('writes a UBL 2.1 invoice with the XRechnung 3.0 specification identifier', () => {
    const { root, cbc, one } = parsed(written());
    expect(root.namespaceURI).to.equal(UBL_INVOICE_NAMESPACE);
    expect(root.localName).to.equal('Invoice');
    expect(one(cbc(root, 'CustomizationID')).textContent).to.equal(XRECHNUNG_CUSTOMIZATION_ID);
  });

  it('carries the business terms XRechnung requires (BT-1, 2, 3, 5, 9, 10, 13, seller and buyer, payment, totals)', () => {
    const { document, cbc, cac, one } = parsed(written());
    const root = document.documentElement;
    const direct = (name: string) => cbc(root, name).find((element) => element.parentElement === root)?.textContent;
    expect(direct('ID')).to.equal('RE-2026-001');
    expect(direct('IssueDate')).to.equal('2026-11-25');
    expect(direct('DueDate')).to.equal('2026-12-25');
    expect(direct('InvoiceTypeCode')).to.equal('380');
    expect(direct('DocumentCurrencyCode')).to.equal('EUR');
    expect(direct('BuyerReference')).to.equal('ORD-4711');
    expect(one(cbc(one(cac(root, 'OrderReference')), 'ID')).textContent).to.equal('ORD-4711');

    const seller = one(cac(root, 'AccountingSupplierParty'));
    const sellerEndpoint = one(cbc(seller, 'EndpointID'));
    expect([sellerEndpoint.getAttribute('schemeID'), sellerEndpoint.textContent]).to.deep.equal([
      'EM',
      'rechnung@huber-feinmechanik.example',
    ]);
    expect(one(cbc(seller, 'RegistrationName')).textContent).to.equal('Feinmechanik Huber GmbH');
    expect(one(cbc(seller, 'CompanyID')).textContent).to.equal('DE136695976');
    expect(one(cbc(seller, 'CityName')).textContent).to.equal('Stuttgart');
    expect(one(cbc(seller, 'PostalZone')).textContent).to.equal('70565');
    const contact = one(cac(seller, 'Contact'));
    expect([
      one(cbc(contact, 'Name')).textContent,
      one(cbc(contact, 'Telephone')).textContent,
      one(cbc(contact, 'ElectronicMail')).textContent,
    ]).to.deep.equal(['Anna Huber', '+49 711 123456-0', 'rechnung@huber-feinmechanik.example']);

    const buyer = one(cac(root, 'AccountingCustomerParty'));
    expect(one(cbc(buyer, 'EndpointID')).textContent).to.equal('e-rechnung@werkbank-plattform.example');
    expect(one(cbc(buyer, 'RegistrationName')).textContent).to.equal('Werkbank Fertigungsplattform GmbH');
    expect(one(cbc(buyer, 'CityName')).textContent).to.equal('Berlin');

    const payment = one(cac(root, 'PaymentMeans'));
    expect(one(cbc(payment, 'PaymentMeansCode')).textContent).to.equal('58');
    expect(one(cbc(one(cac(payment, 'PayeeFinancialAccount')), 'ID')).textContent).to.equal('DE89370400440532013000');
  });

  it('has totals that add up (BR-CO-10, BR-CO-15) and one line per invoiced position', () => {
    const order = makeShippedOrder({ number: 'ORD-4711' });
    const { document, cbc, cac, one } = parsed(written({ order }));
    const root = document.documentElement;
    const lines = cac(root, 'InvoiceLine');
    expect(lines.length).to.equal(order.positions.length);
    const amount = (parent: Element, name: string) => Math.round(Number(one(cbc(parent, name)).textContent) * 100);
    const sumOfLines = lines.reduce((sum, line) => sum + amount(line, 'LineExtensionAmount'), 0);
    const monetary = one(cac(root, 'LegalMonetaryTotal'));
    const taxTotal = one(cac(root, 'TaxTotal'));
    expect(amount(monetary, 'LineExtensionAmount')).to.equal(sumOfLines);
    expect(amount(monetary, 'TaxInclusiveAmount')).to.equal(
      amount(monetary, 'TaxExclusiveAmount') + amount(taxTotal, 'TaxAmount'),
    );
    // 10 × 12.50 + 4 × 89.00 = 481.00 net, 19 % VAT per line: 23.75 + 67.64 = 91.39
    expect(amount(monetary, 'TaxExclusiveAmount')).to.equal(48_100);
    expect(amount(taxTotal, 'TaxAmount')).to.equal(9_139);
    expect(one(cbc(root, 'TaxAmount')).getAttribute('currencyID')).to.equal('EUR');
    expect(one(cbc(one(cac(root, 'TaxSubtotal')), 'Percent')).textContent).to.equal('19');
  });

  it('escapes what the parties typed so the XML stays well-formed and says the same', () => {
    const legalName = `Müller & Söhne <"Präzision"> 'AG'`;
    const xml = written({ profile: makeCompanyProfile({ legalName }) });
    expect(xml).to.contain('Müller &amp; Söhne &lt;&quot;Präzision&quot;&gt; &apos;AG&apos;');
    const { cac, cbc, one, root } = parsed(xml);
    expect(one(cbc(one(cac(root, 'AccountingSupplierParty')), 'RegistrationName')).textContent).to.equal(legalName);
  });

  it('writes amounts of a currency without decimals as whole numbers', () => {
    const order = makeShippedOrder({ currency: 'JPY', vatRateBasisPoints: 1_000 });
    const { cbc, one, root } = parsed(written({ order }));
    expect(one(cbc(root, 'PayableAmount')).textContent).to.match(/^\d+$/);
  });

  it('round-trips through the reader: number, dates, currency, lines and totals', () => {
    const source = input();
    const result = eInvoiceFor(source);
    if (!result.ok) throw new Error('gaps');
    const read = readEInvoiceXml(writeXRechnung(result.invoice));
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.invoice).to.deep.equal({
      format: 'ubl',
      number: 'RE-2026-001',
      issueDate: '2026-11-25',
      dueDate: '2026-12-25',
      currency: 'EUR',
      orderReference: 'ORD-4711',
      lines: result.invoice.lines.map((line) => ({
        partNumber: line.partNumber,
        name: line.name,
        quantity: line.quantity,
        unitPriceMinor: line.unitPriceMinor,
      })),
      totals: result.invoice.totals,
    });
  });
});

describe('readEInvoiceXml', () => {
  it('reads a ZUGFeRD / Factur-X (CII) invoice', () => {
    const read = readEInvoiceXml(CII_SAMPLE);
    expect(read.ok && read.invoice).to.deep.equal({
      format: 'cii',
      number: 'RE-77',
      issueDate: '2026-11-20',
      dueDate: '2026-12-20',
      currency: 'EUR',
      orderReference: 'ORD-4711',
      lines: [
        { partNumber: 'XM-10442', name: 'Mounting bracket', quantity: 10, unitPriceMinor: 1_250 },
        { partNumber: 'XM-20871', name: 'Shaft', quantity: 4, unitPriceMinor: 9_000 },
      ],
      totals: { netMinor: 48_500, vatMinor: 9_215, grossMinor: 57_715 },
    });
  });

  it('refuses what is not an e-invoice, naming what is missing', () => {
    expect(readEInvoiceXml('%PDF-1.7 not xml')).to.deep.equal({ ok: false, problem: { kind: 'not-xml' } });
    expect(readEInvoiceXml('<order><id>1</id></order>')).to.deep.equal({
      ok: false,
      problem: { kind: 'not-e-invoice' },
    });
    expect(readEInvoiceXml('<Invoice><DocumentCurrencyCode>EUR</DocumentCurrencyCode></Invoice>')).to.deep.equal({
      ok: false,
      problem: { kind: 'missing', field: 'number' },
    });
    expect(
      readEInvoiceXml('<Invoice><ID>1</ID><DocumentCurrencyCode>EUR</DocumentCurrencyCode></Invoice>'),
    ).to.deep.equal({ ok: false, problem: { kind: 'missing', field: 'lines' } });
  });

  it('refuses a document type declaration (entity expansion attacks)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><Invoice><ID>&b;</ID></Invoice>';
    expect(readEInvoiceXml(bomb)).to.deep.equal({ ok: false, problem: { kind: 'not-xml' } });
  });

  it('reads a valid UBL invoice whose extensions nest 120 elements deep', () => {
    const read = readEInvoiceXml(withFirstChild(written(), nestedExtension(120, '<erp:note>deep</erp:note>')));
    expect(read.ok && read.invoice.number).to.equal('RE-2026-001');
  });

  it('refuses nesting deeper than the limit with an answer, not an exception', () => {
    expect(readEInvoiceXml(deeplyNested(200_000))).to.deep.equal({
      ok: false,
      problem: { kind: 'too-deep', limit: 256 },
    });
    expect(readEInvoiceXml(deeplyNested(20), { ...DEFAULT_XML_LIMITS, maxDepth: 10 })).to.deep.equal({
      ok: false,
      problem: { kind: 'too-deep', limit: 10 },
    });
  });

  it('reads elements named like Object.prototype properties as data, polluting nothing', () => {
    const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
    const inside = names
      .map((name) => `<ram:${name}><ram:ID>X</ram:ID><ram:polluted>yes</ram:polluted></ram:${name}>`)
      .join('');
    const read = readEInvoiceXml(
      withFirstChild(CII_SAMPLE, inside).replace('<ram:TypeCode>', `${inside}<ram:TypeCode>`),
    );
    expect(read.ok && read.invoice.number).to.equal('RE-77');
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(readEInvoiceXml('<__proto__><Invoice><ID>1</ID></Invoice></__proto__>')).to.deep.equal({
      ok: false,
      problem: { kind: 'not-e-invoice' },
    });
    expect(readEInvoiceXml('<constructor/>')).to.deep.equal({ ok: false, problem: { kind: 'not-e-invoice' } });
  });

  it('takes no value from Object.prototype for an element the invoice lacks', () => {
    expect(
      readEInvoiceXml(
        '<Invoice><ID>1</ID><DocumentCurrencyCode>EUR</DocumentCurrencyCode><InvoiceLine><Item><toString/></Item></InvoiceLine></Invoice>',
      ),
    ).to.deep.include({ ok: true });
  });

  it('cuts out binary attachments before parsing, and counts only the markup left against the limit', () => {
    const attachment = `<cac:AdditionalDocumentReference><cbc:ID>1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="a.pdf">${'QUJD'.repeat(500_000)}</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>`;
    const xml = written().replace('<cac:AccountingSupplierParty>', `${attachment}<cac:AccountingSupplierParty>`);
    expect(withoutBinaryObjects(xml))
      .to.have.length.below(20_000)
      .and.include(
        '<cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="a.pdf"></cbc:EmbeddedDocumentBinaryObject>',
      );
    const read = readEInvoiceXml(xml, { ...DEFAULT_XML_LIMITS, maxMarkupChars: 20_000 });
    expect(read.ok && read.invoice.number).to.equal('RE-2026-001');
    expect(readEInvoiceXml(xml, { ...DEFAULT_XML_LIMITS, maxMarkupChars: 1_000 })).to.deep.equal({
      ok: false,
      problem: { kind: 'too-large', limit: 1_000 },
    });
    expect(withoutBinaryObjects('<a><ram:AttachmentBinaryObject mimeCode="x"/><b>1</b></a>')).to.equal(
      '<a><ram:AttachmentBinaryObject mimeCode="x"/><b>1</b></a>',
    );
  });
});

describe('matchEInvoice', () => {
  const order = makeShippedOrder({ number: 'ORD-4711' });
  const [bracket, shaft] = order.positions as [(typeof order.positions)[0], (typeof order.positions)[0]];
  const read = (overrides: Partial<ReadEInvoice> = {}): ReadEInvoice => ({
    format: 'ubl',
    number: 'RE-1',
    issueDate: '2026-11-20',
    dueDate: null,
    currency: 'EUR',
    orderReference: 'ORD-4711',
    lines: [
      { partNumber: bracket.partNumber, name: bracket.partName, quantity: 10, unitPriceMinor: bracket.unitPriceMinor },
    ],
    totals: { netMinor: 12_500, vatMinor: 2_375, grossMinor: 14_875 },
    ...overrides,
  });

  it('takes the quantities of the lines that match the order, without differences when all agree', () => {
    expect(matchEInvoice(read(), order)).to.deep.equal({ quantities: { [bracket.id]: 10 }, differences: [] });
  });

  it('matches by part name when the invoice has no part number', () => {
    const match = matchEInvoice(
      read({
        lines: [{ partNumber: null, name: 'shaft', quantity: 2, unitPriceMinor: shaft.unitPriceMinor }],
        totals: null,
      }),
      order,
    );
    expect(match.quantities).to.deep.equal({ [shaft.id]: 2 });
  });

  it('flags every difference from the order', () => {
    const match = matchEInvoice(
      read({
        orderReference: 'ORD-1',
        lines: [
          { partNumber: bracket.partNumber, name: bracket.partName, quantity: 12, unitPriceMinor: 1_300 },
          { partNumber: 'ZZ-1', name: 'Something else', quantity: 1, unitPriceMinor: 100 },
        ],
      }),
      order,
    );
    expect(match.differences.map((difference) => difference.kind)).to.deep.equal([
      'order-reference',
      'unit-price',
      'unknown-line',
      'quantity-over',
      'totals',
    ]);
    expect(match.quantities).to.deep.equal({ [bracket.id]: 10 });
  });

  it('flags a currency other than the order’s and does not compare prices across currencies', () => {
    const match = matchEInvoice(
      read({ currency: 'USD', lines: [{ partNumber: bracket.partNumber, name: '', quantity: 1, unitPriceMinor: 1 }] }),
      order,
    );
    expect(match.differences.map((difference) => difference.kind)).to.deep.equal(['currency']);
  });

  it('caps quantities at what may still be invoiced', () => {
    const invoiced = {
      ...order,
      invoices: [
        makeInvoice({
          status: 'submitted',
          items: [{ positionId: bracket.id, quantity: 8, unitPriceMinor: bracket.unitPriceMinor }],
        }),
      ],
    };
    const match = matchEInvoice(read({ totals: null }), invoiced);
    expect(match.quantities).to.deep.equal({ [bracket.id]: 2 });
    expect(match.differences).to.deep.equal([
      { kind: 'quantity-over', positionId: bracket.id, invoice: 10, invoiceable: 2 },
    ]);
  });
});
