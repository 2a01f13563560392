/** Faults a test asks the reference server to play: a canned answer, a delay, or a dropped connection. */

export interface Fault {
  /** HTTP method to match (any when absent). */
  readonly method?: string;
  /** Regular expression matched against the request path below the tenant's base URL, e.g. `^/orders$`. */
  readonly path: string;
  /** How many matching requests it affects (default 1). */
  readonly times?: number;
  /** Answer with this status (and `body`, `headers`) instead of handling the request. */
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before handling (longer than the client's time-out to play one). */
  readonly delayMs?: number;
  /** Close the connection without an answer: `before` handling, or `after` it (the write happened, the answer is lost). */
  readonly drop?: 'before' | 'after';
}

/** The faults of one tenant, used up as requests match them. */
export class FaultQueue {
  #faults: { fault: Fault; left: number; pattern: RegExp }[] = [];

  add(faults: readonly Fault[]): void {
    for (const fault of faults) this.#faults.push({ fault, left: fault.times ?? 1, pattern: new RegExp(fault.path) });
  }

  /** The first fault matching this request, counted as used; undefined when none. */
  take(method: string, path: string): Fault | undefined {
    const entry = this.#faults.find(
      (candidate) =>
        candidate.left > 0 &&
        (!candidate.fault.method || candidate.fault.method === method) &&
        candidate.pattern.test(path),
    );
    if (!entry) return undefined;
    entry.left -= 1;
    return entry.fault;
  }

  clear(): void {
    this.#faults = [];
  }
}
