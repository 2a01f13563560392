/**
 * Reads an e-invoice file off the main thread: a module worker (`e-invoice.worker.ts`) runs the parser, within a
 * time budget (the worker is stopped and the answer is `timeout` when it runs out) and a size budget (the limits
 * the worker reads with). Where no worker can start (no Worker, another origin, a page policy that refuses the
 * library's Trusted Types policy, a worker script that does not load), the same reader runs on the main thread
 * with tighter limits, pausing between its steps, so no file blocks the page for long. Loaded on first use.
 */
import type { EInvoiceFileResult, FileLimits } from './e-invoice-file.js';
import type { ReadRequest, WorkerAnswer } from './e-invoice.worker.js';
import { trustedScriptUrl } from '../shared/trusted-script-url.js';

export interface ReadBudget {
  /** Time a file may take, in milliseconds. */
  readonly timeoutMs: number;
  /** Calls `onTimeout` after `ms` unless the returned function is called first; a test passes a clock of its own. */
  readonly startTimer: (ms: number, onTimeout: () => void) => () => void;
  /** Limits in the worker. */
  readonly workerLimits: FileLimits;
  /** Limits on the main thread: small enough that parsing stays a short task. */
  readonly mainThreadLimits: FileLimits;
  /** Starts the reader's worker; throws where none can start. */
  readonly startWorker: () => Worker;
}

const MIB = 1024 * 1024;

/** The reader's worker, its URL vouched for by the library's Trusted Types policy. */
export function startReaderWorker(): Worker {
  if (typeof globalThis.Worker !== 'function') throw new Error('no Worker in this browser');
  // Named `Worker` so that bundlers (Vite, in its dev server and builds) find and bundle the worker's script.
  const Worker = function (url: URL, options: WorkerOptions) {
    return new globalThis.Worker(trustedScriptUrl(url), options);
  } as unknown as typeof globalThis.Worker;
  return new Worker(new URL('./e-invoice.worker.ts', import.meta.url), { type: 'module' });
}

export const DEFAULT_READ_BUDGET: ReadBudget = {
  timeoutMs: 5_000,
  startTimer: (ms, onTimeout) => {
    const timer = setTimeout(onTimeout, ms);
    return () => clearTimeout(timer);
  },
  workerLimits: { maxXmlBytes: 32 * MIB, maxMarkupChars: 32 * MIB, maxDepth: 256 },
  mainThreadLimits: { maxXmlBytes: 4 * MIB, maxMarkupChars: 1 * MIB, maxDepth: 256 },
  startWorker: startReaderWorker,
};

let budget = DEFAULT_READ_BUDGET;

/** Changes the budget of the reads that start from now on (tests: a clock, small limits); gives back the undo. */
export function setReadBudget(change: Partial<ReadBudget>): () => void {
  const before = budget;
  budget = { ...budget, ...change };
  return () => {
    budget = before;
  };
}

const UNREADABLE: EInvoiceFileResult = { ok: false, problem: { kind: 'unreadable' } };

function isAnswer(data: unknown): data is WorkerAnswer {
  if (data === null || typeof data !== 'object') return false;
  if ('ready' in data) return data.ready === true;
  return (
    'result' in data &&
    data.result !== null &&
    typeof data.result === 'object' &&
    typeof (data.result as { ok?: unknown }).ok === 'boolean'
  );
}

/** Reads `file` within the budget; never rejects. `signal` abandons the read (another file was chosen). */
export function readInBackground(file: Blob, signal: AbortSignal): Promise<EInvoiceFileResult> {
  const { timeoutMs, startTimer, workerLimits, mainThreadLimits, startWorker } = budget;
  if (signal.aborted) return Promise.resolve(UNREADABLE);
  return new Promise((resolve) => {
    const onMainThread = new AbortController();
    let worker: Worker | null = null;
    let settled = false;
    let stopTimer = () => {};
    const finish = (result: EInvoiceFileResult) => {
      if (settled) return;
      settled = true;
      stopTimer();
      worker?.terminate();
      onMainThread.abort();
      signal.removeEventListener('abort', abandon);
      resolve(result);
    };
    const abandon = () => finish(UNREADABLE);
    const readOnMainThread = () => {
      worker?.terminate();
      worker = null;
      import('./e-invoice-file.js')
        .then(({ readEInvoiceFile }) => readEInvoiceFile(file, mainThreadLimits, onMainThread.signal))
        .then(finish, () => finish(UNREADABLE));
    };
    signal.addEventListener('abort', abandon);
    try {
      worker = startWorker();
    } catch {
      worker = null;
    }
    stopTimer = startTimer(timeoutMs, () =>
      finish({ ok: false, problem: { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } }),
    );
    if (!worker) {
      readOnMainThread();
      return;
    }
    let started = false;
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (!isAnswer(event.data)) finish(UNREADABLE);
      else if ('ready' in event.data) started = true;
      else finish(event.data.result);
    });
    worker.addEventListener('messageerror', () => finish(UNREADABLE));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (started) finish(UNREADABLE);
      else readOnMainThread();
    });
    worker.postMessage({ file, limits: workerLimits } satisfies ReadRequest);
  });
}
