/**
 * XRechnung 3.0 in the UBL 2.1 syntax (EN 16931 CIUS of German public and, from 2027–2028, B2B invoicing),
 * written from the neutral model. Element order follows the UBL schema; amounts have the currency's
 * decimals (at most two, as XRechnung requires).
 */
import { currencyDigits } from '../money.js';
import type { Address } from '../types.js';
import { basisPointsToPercent, minorToDecimal } from './decimal.js';
import type { EInvoice, EInvoiceParty } from './model.js';
import { el, element, xmlDocument, type XmlElement } from './xml-writer.js';

export const XRECHNUNG_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
export const PEPPOL_BILLING_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
export const UBL_INVOICE_NAMESPACE = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
export const UBL_CAC_NAMESPACE = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
export const UBL_CBC_NAMESPACE = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';

/** UN/ECE rec. 20 unit code of a piece ("one"). */
const UNIT_PIECE = 'H87';
/** UNTDID 4461: SEPA credit transfer. */
const PAYMENT_SEPA_CREDIT_TRANSFER = '58';
/** UNTDID 1001: commercial invoice. */
const TYPE_COMMERCIAL_INVOICE = '380';

const written = new WeakMap<EInvoice, string>();

/** The XRechnung (UBL 2.1 XML) of an invoice; written once per invoice value (a review shown again, or uploaded, reuses it). */
export function writeXRechnung(invoice: EInvoice): string {
  let xml = written.get(invoice);
  if (xml === undefined) {
    xml = xmlOf(invoice);
    written.set(invoice, xml);
  }
  return xml;
}

function xmlOf(invoice: EInvoice): string {
  const digits = currencyDigits(invoice.currency);
  const amount = (name: string, minor: number) =>
    element(name, { currencyID: invoice.currency }, minorToDecimal(minor, digits));
  const category = invoice.vatRateBasisPoints > 0 ? 'S' : 'Z';
  const percent = basisPointsToPercent(invoice.vatRateBasisPoints);
  const taxCategory = (name: string) =>
    el(name, el('cbc:ID', category), el('cbc:Percent', percent), el('cac:TaxScheme', el('cbc:ID', 'VAT')));
  const { totals } = invoice;

  const root = element(
    'ubl:Invoice',
    { 'xmlns:ubl': UBL_INVOICE_NAMESPACE, 'xmlns:cac': UBL_CAC_NAMESPACE, 'xmlns:cbc': UBL_CBC_NAMESPACE },
    el('cbc:CustomizationID', XRECHNUNG_CUSTOMIZATION_ID),
    el('cbc:ProfileID', PEPPOL_BILLING_PROFILE_ID),
    el('cbc:ID', invoice.number),
    el('cbc:IssueDate', invoice.issueDate),
    el('cbc:DueDate', invoice.dueDate),
    el('cbc:InvoiceTypeCode', TYPE_COMMERCIAL_INVOICE),
    el('cbc:DocumentCurrencyCode', invoice.currency),
    el('cbc:BuyerReference', invoice.buyerReference),
    el('cac:OrderReference', el('cbc:ID', invoice.orderReference)),
    el(
      'cac:AccountingSupplierParty',
      party(
        invoice.seller,
        el(
          'cac:Contact',
          el('cbc:Name', invoice.seller.contact.name),
          el('cbc:Telephone', invoice.seller.contact.phone),
          el('cbc:ElectronicMail', invoice.seller.contact.email),
        ),
      ),
    ),
    el('cac:AccountingCustomerParty', party(invoice.buyer)),
    el(
      'cac:PaymentMeans',
      el('cbc:PaymentMeansCode', PAYMENT_SEPA_CREDIT_TRANSFER),
      el('cbc:PaymentID', invoice.number),
      el(
        'cac:PayeeFinancialAccount',
        el('cbc:ID', invoice.payee.iban.replace(/\s+/g, '')),
        el('cbc:Name', invoice.payee.accountHolder),
        invoice.payee.bic ? el('cac:FinancialInstitutionBranch', el('cbc:ID', invoice.payee.bic)) : null,
      ),
    ),
    el(
      'cac:TaxTotal',
      amount('cbc:TaxAmount', totals.vatMinor),
      el(
        'cac:TaxSubtotal',
        amount('cbc:TaxableAmount', totals.netMinor),
        amount('cbc:TaxAmount', totals.vatMinor),
        taxCategory('cac:TaxCategory'),
      ),
    ),
    el(
      'cac:LegalMonetaryTotal',
      amount('cbc:LineExtensionAmount', totals.netMinor),
      amount('cbc:TaxExclusiveAmount', totals.netMinor),
      amount('cbc:TaxInclusiveAmount', totals.grossMinor),
      amount('cbc:PayableAmount', totals.grossMinor),
    ),
    ...invoice.lines.map((line) =>
      el(
        'cac:InvoiceLine',
        el('cbc:ID', line.id),
        element('cbc:InvoicedQuantity', { unitCode: UNIT_PIECE }, String(line.quantity)),
        amount('cbc:LineExtensionAmount', line.quantity * line.unitPriceMinor),
        el(
          'cac:Item',
          el('cbc:Name', line.name),
          line.partNumber ? el('cac:SellersItemIdentification', el('cbc:ID', line.partNumber)) : null,
          taxCategory('cac:ClassifiedTaxCategory'),
        ),
        el('cac:Price', amount('cbc:PriceAmount', line.unitPriceMinor)),
      ),
    ),
  );
  return xmlDocument(root);
}

function party(party: EInvoiceParty, contact?: XmlElement): XmlElement {
  return el(
    'cac:Party',
    element('cbc:EndpointID', { schemeID: party.electronicAddress.scheme }, party.electronicAddress.value),
    postalAddress(party.address),
    party.vatId
      ? el('cac:PartyTaxScheme', el('cbc:CompanyID', party.vatId), el('cac:TaxScheme', el('cbc:ID', 'VAT')))
      : null,
    el('cac:PartyLegalEntity', el('cbc:RegistrationName', party.legalName)),
    contact,
  );
}

function postalAddress(address: Address): XmlElement {
  return el(
    'cac:PostalAddress',
    address.street ? el('cbc:StreetName', address.street) : null,
    el('cbc:CityName', address.city),
    el('cbc:PostalZone', address.postalCode),
    el('cac:Country', el('cbc:IdentificationCode', address.country)),
  );
}
