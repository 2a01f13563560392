/** Tiny valid PDF documents as bytes, and lazily created blob: URLs for stored or generated document bytes. */

const encoder = new TextEncoder();

/** PDF string literal text: ASCII only, with `\`, `(` and `)` escaped. */
function pdfText(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (char) => `\\${char}`);
}

/** The source of a one-page A4 PDF (version 1.4) showing the given lines in Helvetica. */
export function pdfSource(lines: readonly string[]): string {
  const body = lines.map((line, index) => `${index === 0 ? '' : 'T* '}(${pdfText(line)}) Tj`).join('\n');
  const stream = `BT /F1 12 Tf 16 TL 50 790 Td\n${body}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let source = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(source.length);
    source += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = source.length;
  source += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  source += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  source += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return source;
}

/** A tiny PDF as bytes. */
export function pdfBytes(lines: readonly string[]): Uint8Array {
  return encoder.encode(pdfSource(lines));
}

/** Width every seed document's title is padded to, so that all seed PDFs have one known size. */
const TITLE_WIDTH = 72;

/** The single title line of a generated seed document, padded to a fixed width. */
const seedTitle = (name: string) =>
  name
    .replace(/\.pdf$/i, '')
    .slice(0, TITLE_WIDTH)
    .padEnd(TITLE_WIDTH, ' ');

/** Bytes of a generated seed document, from its file name alone (so they can be made again after a reload). */
export function seedDocumentBytes(name: string): Uint8Array {
  return pdfBytes([seedTitle(name)]);
}

/** Size in bytes of every generated seed document (they all have a padded title of the same width). */
export const SEED_DOCUMENT_SIZE = pdfSource([seedTitle('')]).length;

/** Prefix of the internal placeholder URL a stored document carries until it is served. */
export const INTERNAL_URL_PREFIX = 'memory-document:';

/** Makes the URL a document is served at, from its id, type, bytes and file name (e.g. a server's download route). */
export type DocumentServer = (id: string, contentType: string, bytes: Uint8Array, name: string) => string;

const blobUrl: DocumentServer = (_id, contentType, bytes) =>
  URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType }));

/** Serves document bytes (as blob: URLs unless told otherwise), made on first use and kept for the page's lifetime. */
export class DocumentUrls {
  readonly #urls = new Map<string, string>();
  readonly #serve: DocumentServer;

  constructor(serve: DocumentServer = blobUrl) {
    this.#serve = serve;
  }

  /** The URL of a document; `bytes` is called only the first time. */
  url(id: string, contentType: string, bytes: () => Uint8Array, name: string): string {
    let url = this.#urls.get(id);
    if (!url) {
      url = this.#serve(id, contentType, bytes(), name);
      this.#urls.set(id, url);
    }
    return url;
  }

  /** Revokes every URL made so far. */
  clear(): void {
    for (const url of this.#urls.values()) if (url.startsWith('blob:')) URL.revokeObjectURL(url);
    this.#urls.clear();
  }
}
