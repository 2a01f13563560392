/**
 * What an upload may contain, decided by its bytes (never by its name or declared type): a PDF, a PNG, JPEG or
 * WebP image, or an e-invoice — well-formed UTF-8 XML with a UBL or CII invoice root, no DOCTYPE, no processing
 * instruction and no namespace a browser runs scripts in. Everything else (HTML, XHTML, SVG…) is refused.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sniffContentType } from '../../src/api/memory/backend/uploads.js';

/** The namespace of each e-invoice root element the contract accepts. */
const E_INVOICE_ROOTS: ReadonlyMap<string, string> = new Map([
  ['Invoice', 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'],
  ['CreditNote', 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2'],
  ['CrossIndustryInvoice', 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100'],
]);

/** Namespaces whose elements a browser renders or runs: XHTML, SVG, MathML, XSLT, XInclude. */
const ACTIVE_NAMESPACES = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/math/mathml',
  'http://www.w3.org/1999/xsl/transform',
  'http://www.w3.org/2001/xinclude',
]);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

type XmlNode = Record<string, unknown> & { readonly ':@'?: Readonly<Record<string, string>> };

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@') ?? '';

/** Every namespace declaration (`xmlns`, `xmlns:p`) in the tree, with entities resolved. */
function* namespaceDeclarations(nodes: readonly XmlNode[]): Generator<string> {
  for (const node of nodes) {
    for (const [name, value] of Object.entries(node[':@'] ?? {}))
      if (name === 'xmlns' || name.startsWith('xmlns:')) yield String(value);
    const children = node[tagOf(node)];
    if (Array.isArray(children)) yield* namespaceDeclarations(children as XmlNode[]);
  }
}

/** Whether the bytes are an e-invoice a browser can only show as data (see the module's rules). */
export function isInertEInvoiceXml(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const declaration = /^\s*<\?xml[\s?][^>]*\?>/.exec(text)?.[0] ?? '';
  const body = text.slice(declaration.length);
  if (/<!(?!--|\[CDATA\[)/.test(body) || body.includes('<?')) return false;
  let nodes: XmlNode[];
  try {
    if (XMLValidator.validate(text) !== true) return false;
    nodes = parser.parse(text) as XmlNode[];
  } catch {
    return false;
  }
  for (const namespace of namespaceDeclarations(nodes))
    if (ACTIVE_NAMESPACES.has(namespace.trim().toLowerCase())) return false;
  const roots = nodes.filter((node) => /^[^?#]/.test(tagOf(node)));
  if (roots.length !== 1) return false;
  const root = roots[0]!;
  const name = tagOf(root);
  const colon = name.indexOf(':');
  const namespace = root[':@']?.[colon === -1 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`];
  return namespace !== undefined && E_INVOICE_ROOTS.get(name.slice(colon + 1)) === namespace;
}

/** The type an upload's bytes are, among those the contract accepts; null for anything else. */
export function acceptedContentType(bytes: Uint8Array): string | null {
  const sniffed = sniffContentType(bytes);
  if (sniffed === 'application/xml') return isInertEInvoiceXml(bytes) ? sniffed : null;
  return sniffed;
}
