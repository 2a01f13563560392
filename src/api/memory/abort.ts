/** Abort-aware waiting shared by the memory adapter and the fault wrapper. */

/** The error every aborted call rejects with: a DOMException named AbortError. */
export const abortError = (): DOMException => new DOMException('The operation was aborted.', 'AbortError');

/** Throws an AbortError when the signal is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Waits `ms` milliseconds (a macrotask even for 0), rejecting with an AbortError as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
