/**
 * Reads an e-invoice's XML: XRechnung / Peppol in UBL 2.1 (`Invoice`), and ZUGFeRD / Factur-X / XRechnung in
 * UN/CEFACT CII (`CrossIndustryInvoice`). Namespace prefixes are ignored (they differ between producers).
 * A document type declaration is refused: e-invoices have none, and entities are a way to attack a reader.
 * Hostile input gets an answer, never an exception: nesting deeper than `maxDepth` is refused, element names such
 * as `__proto__` or `constructor` are plain data, and the content of binary attachments (base64 PDFs, which an
 * XRechnung may carry by the megabyte) is cut out before parsing, in one linear pass, since nothing here reads it.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { currencyDigits } from '../money.js';
import type { InvoiceTotals } from '../types.js';
import { decimalToMinor } from './decimal.js';
import type { ReadEInvoice, ReadEInvoiceLine } from './model.js';

/** Why a file could not be read as an e-invoice; `field` names the business term that is missing or wrong. */
export type ReadProblem =
  | { readonly kind: 'not-xml' }
  | { readonly kind: 'not-e-invoice' }
  | { readonly kind: 'missing'; readonly field: 'number' | 'currency' | 'lines' }
  | { readonly kind: 'too-deep'; readonly limit: number }
  | { readonly kind: 'too-large'; readonly limit: number };

export type ReadResult =
  { readonly ok: true; readonly invoice: ReadEInvoice } | { readonly ok: false; readonly problem: ReadProblem };

/** How much of a document the reader takes on. */
export interface XmlLimits {
  /** Element nesting; an e-invoice needs about 10 levels, extensions a few more. */
  readonly maxDepth: number;
  /** Characters of markup parsed, after the binary attachments are cut out. */
  readonly maxMarkupChars: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 256, maxMarkupChars: 32 * 1024 * 1024 };

type Node = unknown;
const REPEATED = new Set(['InvoiceLine', 'IncludedSupplyChainTradeLineItem', 'TaxTotal', 'TaxTotalAmount']);
/** Names the parser refuses as keys (it throws on them); renamed, they stay data no lookup of this reader asks for. */
const PROTOTYPE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

const parserOptions = {
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  // Decodes numeric character references (&#13; &#228;) once, as XML does; named HTML entities are tolerated.
  htmlEntities: true,
  isArray: (name: string) => REPEATED.has(name),
  transformTagName: (name: string) => (PROTOTYPE_NAMES.has(name) ? `#${name}` : name),
} as const;
const parsers = new Map<number, XMLParser>();
const parserFor = (maxDepth: number) =>
  parsers.get(maxDepth) ??
  parsers.set(maxDepth, new XMLParser({ ...parserOptions, maxNestedTags: maxDepth })).get(maxDepth)!;

/** Binary attachments of UBL (`EmbeddedDocumentBinaryObject`) and CII (`AttachmentBinaryObject`), with a prefix or not. */
const BINARY_OBJECT = /<((?:[A-Za-z_][\w.-]*:)?(?:EmbeddedDocumentBinaryObject|AttachmentBinaryObject))\b[^<>]*>/g;

/**
 * The XML with the content of every binary attachment element left out. Linear: the scan resumes after each
 * element's end tag, and an opening tag's attributes end at the next `<` or `>`.
 */
export function withoutBinaryObjects(xml: string): string {
  const parts: string[] = [];
  let copied = 0;
  BINARY_OBJECT.lastIndex = 0;
  for (let match = BINARY_OBJECT.exec(xml); match; match = BINARY_OBJECT.exec(xml)) {
    const contentStart = match.index + match[0].length;
    if (match[0].endsWith('/>')) continue;
    const end = xml.indexOf(`</${match[1]}`, contentStart);
    if (end === -1) break;
    parts.push(xml.slice(copied, contentStart));
    copied = end;
    BINARY_OBJECT.lastIndex = end;
  }
  if (copied === 0) return xml;
  parts.push(xml.slice(copied));
  return parts.join('');
}

/** A property the parser set on `node` itself (never one inherited from `Object.prototype`). */
const own = (node: Node, name: string): Node =>
  node !== null && typeof node === 'object' && Object.hasOwn(node, name)
    ? (node as Record<string, Node>)[name]
    : undefined;

/** The child at a path of element names; undefined when any is missing. */
function at(node: Node, ...path: readonly string[]): Node {
  let current = node;
  for (const name of path) current = own(current, name);
  return current;
}

/** The text of an element (with or without attributes). */
function textOf(node: Node): string | null {
  if (typeof node === 'string') return node;
  const text = own(node, '#text');
  return text === undefined ? null : String(text);
}

const list = (node: Node): readonly Node[] => (Array.isArray(node) ? node : node === undefined ? [] : [node]);
const attribute = (node: Node, name: string): string | null => {
  const value = own(node, `@${name}`);
  return typeof value === 'string' ? value : null;
};

/** A CII date (`YYYYMMDD`, format 102) or an ISO date as `YYYY-MM-DD`. */
function dateOf(node: Node): string | null {
  const text = textOf(node)?.trim() ?? '';
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

function quantityOf(node: Node): number {
  const value = Number(textOf(node));
  return Number.isFinite(value) ? value : 0;
}

/** A unit price in minor units, divided by its base quantity when the invoice prices per more than one piece. */
function unitPriceOf(price: Node, baseQuantity: Node, digits: number): number | null {
  const minor = decimalToMinor(textOf(price) ?? '', digits);
  const base = baseQuantity === undefined ? 1 : quantityOf(baseQuantity);
  if (minor === null || base <= 0) return null;
  const perPiece = minor / base;
  return Number.isInteger(perPiece) ? perPiece : null;
}

/** Among several amounts (one per currency), the one in the invoice currency. */
function amountIn(nodes: Node, currency: string, digits: number): number | null {
  const candidates = list(nodes);
  const chosen = candidates.find((node) => attribute(node, 'currencyID') === currency) ?? candidates[0];
  return decimalToMinor(textOf(chosen) ?? '', digits);
}

function totals(net: number | null, vat: number | null, gross: number | null): InvoiceTotals | null {
  return net === null || vat === null || gross === null ? null : { netMinor: net, vatMinor: vat, grossMinor: gross };
}

function readUbl(root: Node): ReadResult {
  const currency = textOf(at(root, 'DocumentCurrencyCode'))?.trim() ?? '';
  const number = textOf(at(root, 'ID'))?.trim() ?? '';
  if (!number) return { ok: false, problem: { kind: 'missing', field: 'number' } };
  if (!/^[A-Z]{3}$/.test(currency)) return { ok: false, problem: { kind: 'missing', field: 'currency' } };
  const digits = currencyDigits(currency);
  const lines: ReadEInvoiceLine[] = list(at(root, 'InvoiceLine')).map((line) => ({
    partNumber: textOf(at(line, 'Item', 'SellersItemIdentification', 'ID'))?.trim() || null,
    name: textOf(at(line, 'Item', 'Name'))?.trim() ?? '',
    quantity: quantityOf(at(line, 'InvoicedQuantity')),
    unitPriceMinor: unitPriceOf(at(line, 'Price', 'PriceAmount'), at(line, 'Price', 'BaseQuantity'), digits),
  }));
  if (lines.length === 0) return { ok: false, problem: { kind: 'missing', field: 'lines' } };
  const vatNodes = list(at(root, 'TaxTotal')).map((taxTotal) => at(taxTotal, 'TaxAmount'));
  const monetary = at(root, 'LegalMonetaryTotal');
  return {
    ok: true,
    invoice: {
      format: 'ubl',
      number,
      issueDate: dateOf(at(root, 'IssueDate')),
      dueDate: dateOf(at(root, 'DueDate')),
      currency,
      orderReference: textOf(at(root, 'OrderReference', 'ID'))?.trim() || null,
      lines,
      totals: totals(
        amountIn(at(monetary, 'TaxExclusiveAmount'), currency, digits),
        amountIn(vatNodes, currency, digits),
        amountIn(at(monetary, 'TaxInclusiveAmount'), currency, digits),
      ),
    },
  };
}

function readCii(root: Node): ReadResult {
  const transaction = at(root, 'SupplyChainTradeTransaction');
  const settlement = at(transaction, 'ApplicableHeaderTradeSettlement');
  const currency = textOf(at(settlement, 'InvoiceCurrencyCode'))?.trim() ?? '';
  const number = textOf(at(root, 'ExchangedDocument', 'ID'))?.trim() ?? '';
  if (!number) return { ok: false, problem: { kind: 'missing', field: 'number' } };
  if (!/^[A-Z]{3}$/.test(currency)) return { ok: false, problem: { kind: 'missing', field: 'currency' } };
  const digits = currencyDigits(currency);
  const lines: ReadEInvoiceLine[] = list(at(transaction, 'IncludedSupplyChainTradeLineItem')).map((line) => {
    const price = at(line, 'SpecifiedLineTradeAgreement', 'NetPriceProductTradePrice');
    return {
      partNumber: textOf(at(line, 'SpecifiedTradeProduct', 'SellerAssignedID'))?.trim() || null,
      name: textOf(at(line, 'SpecifiedTradeProduct', 'Name'))?.trim() ?? '',
      quantity: quantityOf(at(line, 'SpecifiedLineTradeDelivery', 'BilledQuantity')),
      unitPriceMinor: unitPriceOf(at(price, 'ChargeAmount'), at(price, 'BasisQuantity'), digits),
    };
  });
  if (lines.length === 0) return { ok: false, problem: { kind: 'missing', field: 'lines' } };
  const summation = at(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  return {
    ok: true,
    invoice: {
      format: 'cii',
      number,
      issueDate: dateOf(at(root, 'ExchangedDocument', 'IssueDateTime', 'DateTimeString')),
      dueDate: dateOf(at(settlement, 'SpecifiedTradePaymentTerms', 'DueDateDateTime', 'DateTimeString')),
      currency,
      orderReference:
        textOf(
          at(transaction, 'ApplicableHeaderTradeAgreement', 'BuyerOrderReferencedDocument', 'IssuerAssignedID'),
        )?.trim() || null,
      lines,
      totals: totals(
        amountIn(at(summation, 'TaxBasisTotalAmount'), currency, digits),
        amountIn(at(summation, 'TaxTotalAmount'), currency, digits),
        amountIn(at(summation, 'GrandTotalAmount'), currency, digits),
      ),
    },
  };
}

/** The parsed document, or why it cannot be parsed. The parser throws when nesting exceeds `maxNestedTags`. */
function parse(xml: string, limits: XmlLimits): { readonly document: Node } | { readonly problem: ReadProblem } {
  try {
    if (XMLValidator.validate(xml) !== true) return { problem: { kind: 'not-xml' } };
    return { document: parserFor(limits.maxDepth).parse(xml) as Node };
  } catch (error) {
    const tooDeep = error instanceof RangeError || (error instanceof Error && /nested/i.test(error.message));
    return { problem: tooDeep ? { kind: 'too-deep', limit: limits.maxDepth } : { kind: 'not-xml' } };
  }
}

/** What an e-invoice's XML says, or why it is not one this reader understands. Never throws. */
export function readEInvoiceXml(xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): ReadResult {
  if (/<!DOCTYPE/i.test(xml)) return { ok: false, problem: { kind: 'not-xml' } };
  const markup = withoutBinaryObjects(xml);
  if (markup.length > limits.maxMarkupChars)
    return { ok: false, problem: { kind: 'too-large', limit: limits.maxMarkupChars } };
  const parsed = parse(markup, limits);
  if ('problem' in parsed) return { ok: false, problem: parsed.problem };
  const invoice = own(parsed.document, 'Invoice');
  if (invoice !== undefined) return readUbl(invoice);
  const crossIndustryInvoice = own(parsed.document, 'CrossIndustryInvoice');
  if (crossIndustryInvoice !== undefined) return readCii(crossIndustryInvoice);
  return { ok: false, problem: { kind: 'not-e-invoice' } };
}
