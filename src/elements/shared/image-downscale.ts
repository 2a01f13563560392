/**
 * Downscales a photo in the browser before upload (camera photos are often 4000 px and 5–15 MB):
 * decoded with `createImageBitmap` (EXIF orientation applied), drawn on an `OffscreenCanvas`
 * (or a detached `<canvas>`), re-encoded as JPEG. No dependency, no worker, no network.
 */
export interface DownscaleOptions {
  /** Longest side after downscaling, in pixels (default 2000). */
  readonly maxDimension?: number;
  /** Images above this many bytes are re-encoded even when small enough in pixels (default 2 MB). */
  readonly maxBytes?: number;
  /** JPEG quality of the first try (default 0.85); lowered step by step while the result exceeds `maxBytes`. */
  readonly quality?: number;
}

export interface DownscaleResult {
  readonly blob: Blob;
  /** The file name, with `.jpg` when re-encoded. */
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** Whether the image was re-encoded (false: the original is small enough). */
  readonly changed: boolean;
}

/** Thrown when the bytes cannot be decoded as an image. */
export class ImageDecodeError extends Error {
  override readonly name = 'ImageDecodeError';
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function makeCanvas(width: number, height: number): { context: Canvas2D; encode: (quality: number) => Promise<Blob> } {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new ImageDecodeError('No 2D canvas available.');
    return { context, encode: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new ImageDecodeError('No 2D canvas available.');
  return {
    context,
    encode: (quality) =>
      new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new ImageDecodeError('Encoding failed.'))),
          'image/jpeg',
          quality,
        ),
      ),
  };
}

const jpegName = (name: string) => `${name.replace(/\.[^./\\]*$/, '') || 'photo'}.jpg`;

/** Downscales `blob` to at most `maxDimension` px on its longest side as JPEG; returns the original when it is small enough already. */
export async function downscaleImage(
  blob: Blob,
  name: string,
  options: DownscaleOptions = {},
): Promise<DownscaleResult> {
  const maxDimension = options.maxDimension ?? 2000;
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new ImageDecodeError(`Not a decodable image: ${String(error)}`);
  }
  try {
    const longest = Math.max(bitmap.width, bitmap.height);
    if (longest <= maxDimension && blob.size <= maxBytes) {
      return { blob, name, width: bitmap.width, height: bitmap.height, changed: false };
    }
    const scale = Math.min(1, maxDimension / longest);
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const { context, encode } = makeCanvas(width, height);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    let quality = options.quality ?? 0.85;
    let result = await encode(quality);
    while (result.size > maxBytes && quality > 0.4) {
      quality -= 0.15;
      result = await encode(quality);
    }
    return { blob: result, name: jpegName(name), width, height, changed: true };
  } finally {
    bitmap.close();
  }
}
