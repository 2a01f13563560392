/** Reads a `multipart/form-data` request with busboy: text fields and one file, with a size limit. */
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';

export interface ParsedForm {
  readonly fields: Readonly<Record<string, string>>;
  readonly file: { readonly name: string; readonly contentType: string; readonly bytes: Uint8Array } | null;
  /** The file was larger than the limit (and was cut off). */
  readonly tooLarge: boolean;
}

/** Parses the request body; rejects when it is not multipart or is malformed. */
export function parseMultipart(request: IncomingMessage, maxFileBytes: number): Promise<ParsedForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: {
          files: 1,
          fields: 10,
          parts: 11,
          headerPairs: 10,
          fileSize: maxFileBytes,
          fieldSize: 1_000,
          fieldNameSize: 100,
        },
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const fields: Record<string, string> = {};
    let file: ParsedForm['file'] = null;
    let tooLarge = false;
    let pending: Promise<void> = Promise.resolve();
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('limit', () => (tooLarge = true));
      // A body that ends inside the file (a cut connection, a hostile client) fails the file's stream too.
      stream.on('error', (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))));
      pending = new Promise((done) => {
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('close', () => {
          if (name === 'file')
            file = {
              name: info.filename || 'upload',
              contentType: info.mimeType,
              bytes: new Uint8Array(Buffer.concat(chunks)),
            };
          done();
        });
      });
    });
    parser.on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))));
    parser.on('close', () => void pending.then(() => resolve({ fields, file, tooLarge })));
    request.pipe(parser);
  });
}
