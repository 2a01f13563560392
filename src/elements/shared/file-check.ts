/** What a file's first bytes say it is. */
export type SniffedType = 'pdf' | 'png' | 'jpeg' | 'webp' | 'gif' | 'unknown';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

/** Detects PDF and common image formats by their magic bytes, never by name or declared type. */
export function sniffBytes(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  return 'unknown';
}

export async function sniffFile(blob: Blob): Promise<SniffedType> {
  return sniffBytes(new Uint8Array(await blob.slice(0, 16).arrayBuffer()));
}

export type ExpectedFile = 'pdf' | 'image';

export type FileProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'type'; readonly expected: ExpectedFile }
  | { readonly code: 'size'; readonly limit: number; readonly size: number };

/** Checks a chosen file by content and size; null when it may be uploaded. */
export async function checkFile(file: Blob, expected: ExpectedFile, maxBytes: number): Promise<FileProblem | null> {
  if (file.size === 0) return { code: 'empty' };
  const type = await sniffFile(file);
  const fits = expected === 'pdf' ? type === 'pdf' : type === 'png' || type === 'jpeg' || type === 'webp';
  if (!fits) return { code: 'type', expected };
  if (file.size > maxBytes) return { code: 'size', limit: maxBytes, size: file.size };
  return null;
}
