import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from './clock.js';

/** The shortest interval between two checks (ms), whatever interval is asked for (`poll-interval="0"` included). */
export const MIN_POLL_INTERVAL_MS = 2_000;
/** The longest interval the backoff grows to (ms), unless a longer one is asked for. */
export const MAX_POLL_INTERVAL_MS = 60_000;

/** How a check went: something changed (back to the interval asked for), nothing did, or it failed (both double it). */
export type PollOutcome = 'changed' | 'unchanged' | 'failed';

export interface PollOptions {
  /** The interval asked for (ms), e.g. the element's `poll-interval`; clamped to MIN_POLL_INTERVAL_MS at least. */
  readonly interval: () => number;
  /** One check; the host reports how it went with `next(outcome)`, or `stop()`. */
  readonly check: () => void;
  /** The clock the timers run on. */
  readonly clock: () => Clock;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * "Checks again by itself", bounded: one timer at a time, never more often than every MIN_POLL_INTERVAL_MS,
 * doubling (up to MAX_POLL_INTERVAL_MS) after each check that changed nothing or failed and back to the
 * interval asked for after a change. No check runs while the element is disconnected, not rendered
 * (`display: none`, e.g. a closed stage) or its page is hidden; on the page's return, one check follows at once
 * (if the last one is long enough ago) and polling goes on from there.
 */
export class PollController implements ReactiveController {
  readonly #host: Host;
  readonly #options: PollOptions;
  /** Whether the host wants checks (it said `next`, not `stop`). */
  #wanted = false;
  #delay = MIN_POLL_INTERVAL_MS;
  #lastCheckAt = Number.NEGATIVE_INFINITY;
  #timer: AbortController | undefined;
  readonly #onVisibilityChange = () => this.#visibilityChanged();

  constructor(host: Host, options: PollOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The interval asked for, clamped. */
  get #base(): number {
    const asked = this.#options.interval();
    return Math.max(MIN_POLL_INTERVAL_MS, Number.isFinite(asked) ? asked : MIN_POLL_INTERVAL_MS);
  }

  /** Whether a check is waiting for its time. */
  get scheduled(): boolean {
    return this.#timer !== undefined;
  }

  /** Keep checking, after a check (or a first load) that went as `outcome`. */
  next(outcome: PollOutcome): void {
    const base = this.#base;
    this.#delay =
      outcome === 'changed' || !this.#wanted ? base : Math.min(Math.max(base, MAX_POLL_INTERVAL_MS), this.#delay * 2);
    this.#wanted = true;
    this.#schedule(this.#delay);
  }

  /** No more checks until `next`. */
  stop(): void {
    this.#wanted = false;
    this.#clear();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (this.#wanted) this.#schedule(this.#base);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#clear();
  }

  #schedule(delay: number): void {
    this.#clear();
    if (!this.#host.isConnected || document.visibilityState === 'hidden') return;
    const timer = new AbortController();
    this.#timer = timer;
    this.#options
      .clock()
      .sleep(delay, timer.signal)
      .then(
        () => {
          if (this.#timer !== timer) return;
          this.#timer = undefined;
          this.#tick();
        },
        // Aborted: a newer schedule, a stop or a disconnect took its place.
        () => undefined,
      );
  }

  #tick(): void {
    if (!this.#wanted || !this.#host.isConnected || document.visibilityState === 'hidden') return;
    // Not rendered (display: none): no request, look again later at the same pace.
    if (!this.#host.checkVisibility()) {
      this.#schedule(this.#delay);
      return;
    }
    this.#lastCheckAt = this.#options.clock().now();
    this.#options.check();
  }

  #visibilityChanged(): void {
    if (document.visibilityState === 'hidden') {
      this.#clear();
      return;
    }
    if (!this.#wanted || this.#timer) return;
    this.#delay = this.#base;
    this.#schedule(Math.max(0, this.#lastCheckAt + MIN_POLL_INTERVAL_MS - this.#options.clock().now()));
  }

  #clear(): void {
    this.#timer?.abort();
    this.#timer = undefined;
  }
}
