/**
 * Main-thread tasks from a Chromium trace: wall time (`dur`) and the thread's CPU time (`tdur`) of each `RunTask` of
 * the page's renderer. On a loaded machine a task's wall time grows with every process that shares the cores; its CPU
 * time is what the task itself cost, close to its wall time on an idle machine.
 */

/** Categories that record every main-thread task and the page's performance marks and measures. */
export const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * From a trace (Browser.stopTracing's buffer): the longest task (wall and CPU ms) of the renderer that recorded the
 * measure `measure`, and the CPU ms its main thread spent within that measure (tasks clipped to it).
 */
export function taskFigures(buffer, measure) {
  const { traceEvents } = JSON.parse(buffer.toString());
  const begin = traceEvents.find((event) => event.name === measure && (event.ph === 'b' || event.ph === 'X'));
  if (!begin) return null;
  const end =
    begin.ph === 'X'
      ? { ts: begin.ts + begin.dur }
      : traceEvents.find(
          (event) =>
            event.name === measure &&
            event.ph === 'e' &&
            event.id2?.local === begin.id2?.local &&
            event.pid === begin.pid,
        );
  const mainThreads = new Set(
    traceEvents
      .filter(
        (event) =>
          event.ph === 'M' &&
          event.name === 'thread_name' &&
          event.args?.name === 'CrRendererMain' &&
          event.pid === begin.pid,
      )
      .map((event) => event.tid),
  );
  const tasks = traceEvents.filter(
    (event) => event.ph === 'X' && event.name === 'RunTask' && event.pid === begin.pid && mainThreads.has(event.tid),
  );
  let longestWall = 0;
  let longestCpu = 0;
  let clearCpu = 0;
  for (const task of tasks) {
    const wall = task.dur ?? 0;
    const cpu = task.tdur ?? 0;
    if (wall > longestWall) longestWall = wall;
    if (cpu > longestCpu) longestCpu = cpu;
    if (end && wall > 0) {
      const overlap = Math.min(task.ts + wall, end.ts) - Math.max(task.ts, begin.ts);
      if (overlap > 0) clearCpu += (cpu * overlap) / wall;
    }
  }
  return {
    longestWallMs: longestWall / 1000,
    longestCpuMs: longestCpu / 1000,
    clearCpuMs: end ? clearCpu / 1000 : null,
  };
}
