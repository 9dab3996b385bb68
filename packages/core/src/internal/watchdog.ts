/** Something that must be stopped once the monotonic clock (`performance.now()`) passes `dueAt`. */
export interface Expiring {
  readonly dueAt: number;
  expire(now: number): void;
}

/** setTimeout's longest delay; a longer one fires at once (Node warns), so longer waits re-arm. */
const longestDelayMs = 2 ** 31 - 1;

type Timer = ReturnType<typeof setTimeout> & { ref?(): unknown; unref?(): unknown };

/**
 * One timer for the timeouts and deadlines of every call in flight, instead of a setTimeout and
 * a clearTimeout (two of each: attempt and deadline) per call. On a loopback round trip those
 * cost ~6 µs, about as much as the rest of the client; watching a call is two Set operations.
 * The timer fires at the earliest `dueAt`, expires whatever is due and re-arms for the next.
 * A call that ends before its time leaves the timer armed; it fires once, finds nothing due and
 * re-arms for the next call, or not at all. The timer holds the process open only while a call
 * is watched, as per-call timers did.
 */
class Watchdog {
  private readonly watched = new Set<Expiring>();
  private timer: Timer | undefined;
  private firesAt = Number.POSITIVE_INFINITY;

  /** Starts watching `item`, or notices that its `dueAt` moved earlier. */
  watch(item: Expiring): void {
    if (!this.watched.has(item)) {
      this.watched.add(item);
      if (this.watched.size === 1) this.timer?.ref?.();
    }
    if (item.dueAt < this.firesAt) this.arm(item.dueAt);
  }

  unwatch(item: Expiring): void {
    if (this.watched.delete(item) && this.watched.size === 0) this.timer?.unref?.();
  }

  private arm(at: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.firesAt = at;
    this.timer = setTimeout(this.check, Math.min(longestDelayMs, Math.max(0, Math.ceil(at - performance.now())))) as Timer;
    if (this.watched.size === 0) this.timer.unref?.();
  }

  private readonly check = (): void => {
    this.timer = undefined;
    this.firesAt = Number.POSITIVE_INFINITY;
    const now = performance.now();
    for (const item of this.watched) {
      if (item.dueAt > now) continue;
      this.watched.delete(item);
      item.expire(now);
    }
    let next = Number.POSITIVE_INFINITY;
    for (const item of this.watched) if (item.dueAt < next) next = item.dueAt;
    if (next < this.firesAt) this.arm(next);
  };
}

/** The one every client shares. */
export const watchdog = new Watchdog();
