/** In-page timing helpers: mark/measure intervals, waiting for DOM states, frames, long tasks, heap and DOM size. */

/** An interval that starts now (a performance mark); `to(at)` measures from the mark to `at` (performance.measure). */
/** A measured interval: its start, and its length up to a later moment. */
export interface Interval {
  readonly start: number;
  to(at: number): number;
}

export function startInterval(name: string): Interval {
  const start = performance.mark(`${name}:start`).startTime;
  return {
    start,
    to(at: number) {
      const duration = performance.measure(name, { start, end: at }).duration;
      performance.clearMeasures(name);
      return duration;
    },
  };
}

/** Forgets the marks the scenarios left. */
export const clearMarks = (): void => performance.clearMarks();

let lastLayout = 0;

/** How long the forced style and layout pass of the last settled `waitForDom` took. */
export const lastLayoutMs = (): number => lastLayout;

/**
 * Resolves with the time at which `ready()` first holds, checked on every DOM mutation under `root` (a mutation
 * observer's callback runs right after the render that caused it) and on every animation frame as a fallback.
 * Before taking the time it forces a synchronous style and layout pass, so the figure includes laying out the change.
 */
export function waitForDom(root: Node, ready: () => boolean, label: string, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = false;
    let frame = 0;
    const finish = () => {
      done = true;
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    const check = () => {
      if (done || !ready()) return;
      const layoutStart = performance.now();
      document.body.getBoundingClientRect();
      const at = performance.now();
      lastLayout = at - layoutStart;
      finish();
      resolve(at);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const poll = () => {
      check();
      if (!done) frame = requestAnimationFrame(poll);
    };
    frame = requestAnimationFrame(poll);
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${label}`));
    }, timeoutMs);
  });
}

/** The timestamp of the next animation frame. */
export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves after the next frame has been rendered (a task queued from requestAnimationFrame runs after paint); returns the time. */
export const afterNextPaint = (): Promise<number> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

/** Waits `count` frames. */
export async function frames(count: number): Promise<void> {
  for (let index = 0; index < count; index++) await nextFrame();
}

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

const longTasks: LongTask[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** Long tasks (> 50 ms, as Chromium reports them) that started between `from` and `to`. */
export function longTasksBetween(from: number, to: number): readonly LongTask[] {
  return longTasks.filter((task) => task.start >= from && task.start <= to);
}

/** Lets pending long-task entries arrive (the observer is notified asynchronously). */
export const settleObservers = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

/** JS heap in use after a full garbage collection, from tools/bench.mjs over the DevTools protocol; null when not offered. */
export async function heapAfterGc(): Promise<number | null> {
  const measure = (globalThis as { benchHeapAfterGc?: () => Promise<number> }).benchHeapAfterGc;
  if (!measure) return null;
  await nextFrame();
  return measure();
}

/** Elements of a component: itself, its light DOM and its shadow DOM. */
export const domNodes = (element: Element): number =>
  1 + element.querySelectorAll('*').length + (element.shadowRoot?.querySelectorAll('*').length ?? 0);

/** The place every scenario mounts its element in. */
export function stage(): HTMLElement {
  return document.getElementById('stage') as HTMLElement;
}
