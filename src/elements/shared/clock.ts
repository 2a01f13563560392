import { sleep } from '../../api/abort.js';

/**
 * Time as the elements' timers see it (polling, paced paging): the browser's by default; tests pass a
 * manual clock they move forward themselves, so no test waits in real time.
 */
export interface Clock {
  /** Milliseconds on this clock's own scale (only differences between two readings mean anything). */
  now(): number;
  /** Resolves after `ms` (a macrotask even for 0: the main thread gets a turn); rejects with an AbortError when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The browser's clock: `performance.now()` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => performance.now(),
  sleep,
};
