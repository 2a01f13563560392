import type { Clock } from '../../src/elements/shared/clock.js';

interface Timer {
  readonly at: number;
  readonly resolve: () => void;
}

/** Lets promise chains started by a timer run: one macrotask turn (not a wait for time to pass). */
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A clock tests move forward themselves (`advance`): timers set through it fire in order of their time, each
 * followed by a few turns of the event loop so the work it starts (adapter calls, renders) runs before the next.
 */
export class ManualClock implements Clock {
  #now = 0;
  readonly #timers = new Set<Timer & { readonly id: number }>();
  #ids = 0;

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
      if (signal?.aborted) {
        reject(aborted());
        return;
      }
      const timer = { id: (this.#ids += 1), at: this.#now + Math.max(0, ms), resolve };
      this.#timers.add(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.#timers.delete(timer);
          reject(aborted());
        },
        { once: true },
      );
    });
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves time forward by `ms`, firing every timer due on the way in order. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    await turn();
    for (;;) {
      const due = [...this.#timers].filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.#timers.delete(due);
      this.#now = due.at;
      due.resolve();
      for (let step = 0; step < 3; step += 1) await turn();
    }
    this.#now = end;
  }
}
