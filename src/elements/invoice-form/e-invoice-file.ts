/**
 * An uploaded e-invoice file → what it says. XML files are read directly; a PDF (ZUGFeRD / Factur-X, a PDF/A-3
 * with the invoice's XML attached) is searched for its embedded files, each inflated with the browser's
 * `DecompressionStream` and read until one is an e-invoice. Loaded on demand with its XML reader.
 */
import { readEInvoiceXml, type ReadResult } from '../../domain/e-invoice/read-xml.js';

export type EInvoiceFileResult = ReadResult | { readonly ok: false; readonly problem: { readonly kind: 'no-xml-in-pdf' } };

const EMBEDDED_FILE = /\/Type\s*\/EmbeddedFile\b/;

/** The raw bytes of every stream object whose dictionary says it is an embedded file, with whether it is deflated. */
function embeddedStreams(bytes: Uint8Array<ArrayBuffer>): { data: Uint8Array<ArrayBuffer>; deflated: boolean }[] {
  const text = new TextDecoder('latin1').decode(bytes);
  const found: { data: Uint8Array<ArrayBuffer>; deflated: boolean }[] = [];
  const streamKeyword = /stream(?:\r\n|\n|\r)/g;
  for (let match = streamKeyword.exec(text); match; match = streamKeyword.exec(text)) {
    if (text.slice(Math.max(0, match.index - 3), match.index) === 'end') continue;
    const objectStart = text.lastIndexOf(' obj', match.index);
    const dictionary = text.slice(objectStart === -1 ? Math.max(0, match.index - 2_000) : objectStart, match.index);
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) break;
    streamKeyword.lastIndex = end + 'endstream'.length;
    if (!EMBEDDED_FILE.test(dictionary)) continue;
    let stop = end;
    if (text[stop - 1] === '\n') stop--;
    if (text[stop - 1] === '\r') stop--;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    if (length && start + Number(length[1]) <= end) stop = start + Number(length[1]);
    found.push({ data: bytes.slice(start, stop), deflated: /\/FlateDecode\b/.test(dictionary) });
  }
  return found;
}

async function inflate(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;

/** Reads an uploaded XRechnung / Peppol (UBL or CII XML) or ZUGFeRD / Factur-X (PDF) file. */
export async function readEInvoiceFile(file: Blob): Promise<EInvoiceFileResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdf(bytes)) return readEInvoiceXml(new TextDecoder('utf-8').decode(bytes));
  for (const stream of embeddedStreams(bytes)) {
    let content: Uint8Array;
    try {
      content = stream.deflated ? await inflate(stream.data) : stream.data;
    } catch {
      continue;
    }
    const result = readEInvoiceXml(new TextDecoder('utf-8').decode(content));
    if (result.ok) return result;
  }
  return { ok: false, problem: { kind: 'no-xml-in-pdf' } };
}
