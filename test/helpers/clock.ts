/**
 * A controlled clock for tests of timed behaviour (platform delays of the memory adapter, polling): setTimeout and
 * clearTimeout are faked, so `advance(ms)` runs every timer due within `ms` at once, settling promises in between,
 * instead of a test waiting for real time. Fake time also moves on by itself, so the 0 ms waits of the code under
 * test still run. Uninstall it after the test (`clock.uninstall()` in `afterEach` or `finally`).
 */
import { withGlobal } from '@sinonjs/fake-timers';

export interface ControlledClock {
  /** Runs every timer due within `ms` (in order), settling promises between them. */
  advance(ms: number): Promise<void>;
  uninstall(): void;
}

export function installClock(): ControlledClock {
  const clock = withGlobal(globalThis).install({
    toFake: ['setTimeout', 'clearTimeout'],
    shouldAdvanceTime: true,
    advanceTimeDelta: 5,
  });
  return {
    advance: async (ms) => {
      await clock.tickAsync(ms);
    },
    uninstall: () => clock.uninstall(),
  };
}
