/**
 * The e-invoice reader's worker: reads the file it is sent (`ReadRequest`) with `readEInvoiceFile` and answers
 * with the result, or `unreadable` when reading threw. It says `ready` first, so the page can tell a worker that
 * could not start (then it reads on the main thread) from one that failed on a file. Started by
 * `e-invoice-reader.ts`; bundled with its parser into a file of its own by Vite.
 */
import { readEInvoiceFile, type EInvoiceFileResult, type FileLimits } from './e-invoice-file.js';

export interface ReadRequest {
  readonly file: Blob;
  readonly limits: FileLimits;
}

export type WorkerAnswer = { readonly ready: true } | { readonly result: EInvoiceFileResult };

const answer = (message: WorkerAnswer) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  readEInvoiceFile(event.data.file, event.data.limits).then(
    (result) => answer({ result }),
    () => answer({ result: { ok: false, problem: { kind: 'unreadable' } } }),
  );
});
answer({ ready: true });
