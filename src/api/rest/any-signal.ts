/**
 * One signal that aborts as soon as any of `signals` does, with that signal's reason: `AbortSignal.any` where the
 * engine has it (Chrome 116, Firefox 124, Safari 17.4), else a controller that follows them (Safari 16.4, Firefox 113).
 */
export function anySignal(
  signals: readonly AbortSignal[],
  native: ((signals: AbortSignal[]) => AbortSignal) | undefined = typeof AbortSignal.any === 'function'
    ? AbortSignal.any.bind(AbortSignal)
    : undefined,
): AbortSignal {
  if (native) return native([...signals]);
  const controller = new AbortController();
  const aborted = signals.find((signal) => signal.aborted);
  if (aborted) {
    controller.abort(aborted.reason);
    return controller.signal;
  }
  for (const signal of signals) {
    // Listeners go once the result aborts (the `signal` option), so a long-lived caller's signal keeps none.
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}
