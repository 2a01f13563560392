/**
 * An uploaded e-invoice file → what it says. XML files are read directly; a PDF (ZUGFeRD / Factur-X, a PDF/A-3
 * with the invoice's XML attached) is searched for its embedded files, each inflated with `DecompressionStream`
 * and read until one is an e-invoice. Runs in the reader's worker (`e-invoice.worker.ts`), or on the main thread
 * where no worker can run, with tighter limits there.
 *
 * Budgets: the XML a file holds (inflated, summed over a PDF's embedded files) is capped, and inflating stops at
 * the cap, so a deflate bomb costs no more than an honest file of that size; the PDF is scanned once, front to
 * back. Long work gives the event loop a turn every 16 ms and stops when its `AbortSignal` (the reader's time
 * budget) is aborted.
 */
import { readEInvoiceXml, type ReadProblem, type ReadResult, type XmlLimits } from '../../domain/e-invoice/read-xml.js';

export type EInvoiceFileProblem =
  | ReadProblem
  | { readonly kind: 'no-xml-in-pdf' }
  /** The reader's time budget ran out (given by the reader, never by this file). */
  | { readonly kind: 'timeout'; readonly seconds: number }
  /** Anything else that went wrong: the worker failed, a part of the reader did not load. */
  | { readonly kind: 'unreadable' };

export type EInvoiceFileResult = ReadResult | { readonly ok: false; readonly problem: EInvoiceFileProblem };

export interface FileLimits extends XmlLimits {
  /** Bytes of XML a file may hold: the file itself, or everything inflated from a PDF. */
  readonly maxXmlBytes: number;
}

/**
 * Input handed to `DecompressionStream` at a time, for a cap of `maxBytes`: deflate's ratio is at most 1032, so a
 * chunk inflates to at most about a quarter of the cap (1 KiB for 4 MiB, 8 KiB at most), in one short step.
 */
const inflateInputChunk = (maxBytes: number) => Math.max(256, Math.min(8 * 1024, Math.floor(maxBytes / 4096)));
/** Bytes of a PDF decoded to text at a time. */
const DECODE_SLICE = 1024 * 1024;
/** Work between two turns of the event loop, in milliseconds: on the main thread, no task much longer than this. */
const WORK_SLICE_MS = 16;
/** How far before a `stream` keyword its dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;
const EMBEDDED_FILE = /\/Type\s*\/EmbeddedFile\b/;

const tooLarge = (limit: number): EInvoiceFileResult => ({ ok: false, problem: { kind: 'too-large', limit } });
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A checkpoint for long work: throws once `signal` is aborted, and gives the event loop a turn (a new task) when
 * `WORK_SLICE_MS` have passed since the last one.
 */
function checkpoints(signal?: AbortSignal): () => Promise<void> {
  let since = performance.now();
  return async () => {
    signal?.throwIfAborted();
    if (performance.now() - since < WORK_SLICE_MS) return;
    await pause();
    signal?.throwIfAborted();
    since = performance.now();
  };
}

interface EmbeddedStream {
  readonly data: Uint8Array<ArrayBuffer>;
  readonly deflated: boolean;
}

/**
 * The raw bytes of every stream object whose dictionary says it is an embedded file, with whether it is deflated.
 * Linear in the file's size: each stream's dictionary is looked for only between the previous stream's end and
 * the `stream` keyword (at most `DICTIONARY_WINDOW` characters), and the scan resumes after each `endstream`.
 */
export async function* embeddedStreams(
  bytes: Uint8Array<ArrayBuffer>,
  signal?: AbortSignal,
): AsyncGenerator<EmbeddedStream> {
  const checkpoint = checkpoints(signal);
  // Latin-1 (windows-1252) gives one character per byte, so slices decode on their own and offsets stay byte offsets.
  const decoder = new TextDecoder('latin1');
  const slices: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += DECODE_SLICE) {
    slices.push(decoder.decode(bytes.subarray(offset, offset + DECODE_SLICE)));
    await checkpoint();
  }
  const text = slices.join('');
  const streamKeyword = /stream(?:\r\n|\n|\r)/g;
  let previousEnd = 0;
  for (let match = streamKeyword.exec(text); match; match = streamKeyword.exec(text)) {
    await checkpoint();
    if (text.slice(Math.max(0, match.index - 3), match.index) === 'end') continue;
    const windowStart = Math.max(previousEnd, match.index - DICTIONARY_WINDOW);
    const window = text.slice(windowStart, match.index);
    const objectStart = window.lastIndexOf(' obj');
    const dictionary = objectStart === -1 ? window : window.slice(objectStart);
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) return;
    previousEnd = end + 'endstream'.length;
    streamKeyword.lastIndex = previousEnd;
    if (!EMBEDDED_FILE.test(dictionary)) continue;
    let stop = end;
    if (text[stop - 1] === '\n') stop--;
    if (text[stop - 1] === '\r') stop--;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    if (length && start + Number(length[1]) <= end) stop = start + Number(length[1]);
    yield { data: bytes.slice(start, stop), deflated: /\/FlateDecode\b/.test(dictionary) };
  }
}

/** `data` in chunks of `chunkBytes`, produced only as they are read. */
export function chunked(data: Uint8Array<ArrayBuffer>, chunkBytes: number): ReadableStream<Uint8Array<ArrayBuffer>> {
  let offset = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (offset >= data.length) {
          controller.close();
          return;
        }
        controller.enqueue(data.slice(offset, offset + chunkBytes));
        offset += chunkBytes;
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * The inflated bytes of a deflate stream, or `null` once they pass `maxBytes`: reading stops there and the rest
 * of the input is never inflated. Throws on data that is not deflate.
 */
export async function inflateAtMost(
  source: ReadableStream<Uint8Array<ArrayBuffer>>,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<Uint8Array | null> {
  const checkpoint = checkpoints(signal);
  const reader = source.pipeThrough(new DecompressionStream('deflate')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      await checkpoint();
      total += read.value.length;
      if (total > maxBytes) return null;
      chunks.push(read.value);
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

const isPdf = (bytes: Uint8Array) =>
  bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;

/** Reads an uploaded XRechnung / Peppol (UBL or CII XML) or ZUGFeRD / Factur-X (PDF) file within `limits`. */
export async function readEInvoiceFile(
  file: Blob,
  limits: FileLimits,
  signal?: AbortSignal,
): Promise<EInvoiceFileResult> {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  if (!isPdf(head)) {
    if (file.size > limits.maxXmlBytes) return tooLarge(limits.maxXmlBytes);
    return readEInvoiceXml(new TextDecoder('utf-8').decode(await file.arrayBuffer()), limits);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let budget = limits.maxXmlBytes;
  for await (const stream of embeddedStreams(bytes, signal)) {
    let content: Uint8Array | null;
    try {
      content = stream.deflated
        ? await inflateAtMost(chunked(stream.data, inflateInputChunk(budget)), budget, signal)
        : stream.data.length <= budget
          ? stream.data
          : null;
    } catch (error) {
      if (signal?.aborted) throw error;
      continue;
    }
    if (content === null) return tooLarge(limits.maxXmlBytes);
    budget -= content.length;
    const result = readEInvoiceXml(new TextDecoder('utf-8').decode(content), limits);
    if (result.ok || result.problem.kind === 'too-deep' || result.problem.kind === 'too-large') return result;
    signal?.throwIfAborted();
  }
  return { ok: false, problem: { kind: 'no-xml-in-pdf' } };
}
