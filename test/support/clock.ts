import type { Clock } from '@specsmith/core';

/**
 * A virtual clock: `sleep` never waits for real. Pending sleeps end one at a time, earliest
 * first, each on its own macrotask, and `now()` jumps to their end. Concurrent sleepers therefore
 * see time pass in the right order. `sleeps` records every requested wait.
 */
export function virtualClock(start = Date.parse('2026-11-23T10:00:00.000Z')) {
  let now = start;
  let scheduled = false;
  const sleeps: number[] = [];
  const timers: { at: number; order: number; resolve: () => void }[] = [];
  let order = 0;

  function pump() {
    scheduled = false;
    timers.sort((a, b) => a.at - b.at || a.order - b.order);
    const next = timers.shift();
    if (!next) return;
    now = Math.max(now, next.at);
    next.resolve();
    if (timers.length) schedule();
  }
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  }

  const clock = {
    sleeps,
    now: () => now,
    random: () => 0.5,
    advance(ms: number) {
      now += ms;
    },
    sleep(ms: number, signal?: AbortSignal): Promise<void> {
      sleeps.push(ms);
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (ms <= 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = { at: now + ms, order: order++, resolve };
        timers.push(timer);
        signal?.addEventListener(
          'abort',
          () => {
            const index = timers.indexOf(timer);
            if (index >= 0) timers.splice(index, 1);
            reject(signal.reason);
          },
          { once: true },
        );
        schedule();
      });
    },
  } satisfies Clock & Record<string, unknown>;
  return clock;
}
