/** Reading an uploaded file: size limit, progress in a few steps, abort, and the content check by magic bytes. */
import { SupplierApiError } from '../../errors.js';
import type { UploadFile, UploadProgress } from '../../port.js';
import { sleep, throwIfAborted } from '../../abort.js';
import { PACKAGING_RULES } from '../seed/reference-data.js';

/** What a file must be. */
export type Expected = 'pdf' | 'image' | 'pdf-or-xml';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

/** The content type a file's first bytes show, among those the adapter accepts; null for anything else. */
export function sniffContentType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  if (/^(?:\uFEFF)?\s*<(?:\?xml[\s?]|[A-Za-z_])/.test(new TextDecoder().decode(bytes.subarray(0, 64))))
    return 'application/xml';
  return null;
}

const invalid = (message: string, code: string) =>
  new SupplierApiError('validation', message, { fieldErrors: { file: code } });

/** Options of one read. */
export interface ReadOptions {
  readonly expected: Expected;
  /** Total time the simulated transfer takes, spread over the progress steps. */
  readonly transferMs: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: UploadProgress) => void;
}

const STEPS = 4;

const FITS: Readonly<Record<Expected, (contentType: string) => boolean>> = {
  pdf: (type) => type === 'application/pdf',
  image: (type) => type.startsWith('image/'),
  'pdf-or-xml': (type) => type === 'application/pdf' || type === 'application/xml',
};
const WRONG_TYPE: Readonly<Record<Expected, string>> = {
  pdf: 'The file is not a PDF.',
  image: 'The file is not a PNG, JPEG or WebP image.',
  'pdf-or-xml': 'The file is neither a PDF nor an e-invoice (XML).',
};

/** The largest file of a kind the backend takes: photos have a limit of their own. */
export const maxUploadBytes = (expected: Expected): number =>
  expected === 'image' ? PACKAGING_RULES.maxPhotoBytes : PACKAGING_RULES.maxDocumentBytes;

/** The payload an upload's idempotency key is bound to: the order, the file's name and size, and what else the call names. */
export const uploadPayload = (orderId: string, file: UploadFile | undefined, extra: object): object => ({
  orderId,
  name: file?.name,
  size: file?.blob?.size,
  ...extra,
});

/** The name an upload is stored under: its own, trimmed, at most 200 characters, or a default for its kind. */
export const uploadName = (file: UploadFile, expected: Expected): string =>
  (file.name.trim() || (expected === 'image' ? 'photo' : expected === 'pdf' ? 'document.pdf' : 'document')).slice(
    0,
    200,
  );

/**
 * Reads an upload's bytes after reporting progress; rejects with 'validation' (field `file`) when no file was given,
 * or for empty, too large (over `maxUploadBytes`) or wrong content.
 */
export async function readUpload(
  file: UploadFile | undefined,
  options: ReadOptions,
): Promise<{ bytes: Uint8Array; contentType: string }> {
  if (!(file?.blob instanceof Blob)) throw invalid('No file was given.', 'required');
  const maxBytes = maxUploadBytes(options.expected);
  const total = file.blob.size;
  if (total === 0) throw invalid('The file is empty.', 'empty');
  if (total > maxBytes) throw invalid(`The file is larger than ${maxBytes} bytes.`, 'too-large');
  for (let step = 0; step <= STEPS; step++) {
    throwIfAborted(options.signal);
    options.onProgress?.({ loaded: Math.round((total * step) / STEPS), total });
    if (step < STEPS) await sleep(options.transferMs / STEPS, options.signal);
  }
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  throwIfAborted(options.signal);
  const contentType = sniffContentType(bytes);
  if (contentType === null || !FITS[options.expected](contentType))
    throw invalid(WRONG_TYPE[options.expected], 'wrong-type');
  return { bytes, contentType };
}
