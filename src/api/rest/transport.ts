/**
 * One HTTP exchange, by `fetch` or (for uploads with progress) `XMLHttpRequest`, with a time-out and the caller's
 * AbortSignal. Failures come out as the library's kinds: `network`, `timeout`, or the caller's AbortError.
 */
import { abortReason } from '../abort.js';
import { SupplierApiError } from '../errors.js';
import { anySignal } from './any-signal.js';
import type { UploadProgress } from '../port.js';

/** A request as the adapter prepares it. */
export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | FormData;
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
  readonly onUploadProgress?: (progress: UploadProgress) => void;
}

/** A response, whole: status, headers and body text. */
export interface HttpResponse {
  readonly status: number;
  header(name: string): string | null;
  readonly text: string;
}

export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

const timedOut = (request: HttpRequest) =>
  new SupplierApiError('timeout', `The server did not answer within ${Math.round(request.timeoutMs / 1000)} s.`);
const unreachable = (cause: unknown) =>
  new SupplierApiError('network', 'The server could not be reached. Check the connection and try again.', { cause });

/** A transport over a fetch function (the global one, or one the host injects). */
export function fetchTransport(fetchImpl: typeof fetch, credentials?: RequestCredentials): Transport {
  return async (request) => {
    request.signal?.throwIfAborted();
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = request.signal ? anySignal([request.signal, timeout]) : timeout;
    const total = request.body instanceof FormData ? uploadSize(request.body) : 0;
    request.onUploadProgress?.({ loaded: 0, total });
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal,
        ...(credentials && { credentials }),
      });
      const text = await response.text();
      request.onUploadProgress?.({ loaded: total, total });
      return { status: response.status, header: (name) => response.headers.get(name), text };
    } catch (error) {
      if (request.signal?.aborted) throw abortReason(request.signal);
      if (timeout.aborted) throw timedOut(request);
      throw unreachable(error);
    }
  };
}

/** The bytes of the files in a form, for progress reports where the transport cannot tell. */
function uploadSize(form: FormData): number {
  let size = 0;
  for (const value of form.values()) size += typeof value === 'string' ? value.length : value.size;
  return size;
}

/** A transport over XMLHttpRequest, the only browser API that reports upload progress. */
export function xhrTransport(credentials?: RequestCredentials): Transport {
  return (request) =>
    new Promise<HttpResponse>((resolve, reject) => {
      request.signal?.throwIfAborted();
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
      xhr.timeout = request.timeoutMs;
      xhr.withCredentials = credentials === 'include';
      const onAbort = () => xhr.abort();
      const settle = () => request.signal?.removeEventListener('abort', onAbort);
      request.signal?.addEventListener('abort', onAbort, { once: true });
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) request.onUploadProgress?.({ loaded: event.loaded, total: event.total });
      });
      xhr.addEventListener('load', () => {
        settle();
        resolve({ status: xhr.status, header: (name) => xhr.getResponseHeader(name), text: xhr.responseText });
      });
      xhr.addEventListener('error', () => {
        settle();
        reject(unreachable(new TypeError('XMLHttpRequest failed')));
      });
      xhr.addEventListener('timeout', () => {
        settle();
        reject(timedOut(request));
      });
      xhr.addEventListener('abort', () => {
        settle();
        reject(abortReason(request.signal));
      });
      xhr.send(request.body ?? null);
    });
}
