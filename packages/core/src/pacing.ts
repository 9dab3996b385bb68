import type { Clock } from './types.js';

/** How the client paces itself to stay under the vendor's rate limit. */
export interface PacingOptions {
  /**
   * Which response headers carry the remaining budget: `x-ratelimit-limit/remaining/reset`,
   * the IETF `RateLimit` fields (draft 6 separate headers, draft 7 combined, draft 8+ structured),
   * both (`auto`), or none.
   * @default 'auto'
   */
  headers?: 'x-ratelimit' | 'ietf' | 'auto' | 'none';
  /**
   * A short-window limit enforced on the client, e.g. Xurrent's 20 requests per 2000 ms.
   * @default null
   */
  burst?: { readonly requests: number; readonly perMs: number } | null;
  /**
   * Below this share of the limit, the remaining requests are spread evenly until the window
   * resets instead of being spent at once.
   * @default 0.1
   */
  spreadBelow?: number;
}

export type PacingState = Required<PacingOptions>;

export const defaultPacing = {
  headers: 'auto',
  burst: null,
  spreadBelow: 0.1,
} satisfies PacingState;

/** The budget one response reported. */
export interface RateLimitSnapshot {
  readonly limit: number | undefined;
  readonly remaining: number;
  /** Absolute time (ms since the epoch) at which the budget refills. */
  readonly resetAt: number;
}

const digits = /^\d+$/;
const int = (value: string | null | undefined): number | undefined => {
  if (value === null || value === undefined) return undefined;
  // The usual value ("4999") without the match array the general form allocates.
  if (digits.test(value)) return Number(value);
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(value);
  return match ? Number(match[1]) : undefined;
};

/** Reset values this large are epoch seconds (GitHub, Xurrent); smaller ones are seconds from now. */
const epochThreshold = 1_000_000_000;

function readXRateLimit(headers: Headers, now: number): RateLimitSnapshot | undefined {
  const remaining = int(headers.get('x-ratelimit-remaining'));
  if (remaining === undefined) return undefined;
  const reset = int(headers.get('x-ratelimit-reset'));
  const resetAt = reset === undefined ? now + 60_000 : reset >= epochThreshold ? reset * 1000 : now + reset * 1000;
  return { limit: int(headers.get('x-ratelimit-limit')), remaining, resetAt };
}

/** Reads one parameter of an IETF structured field item, e.g. `r` from `"default";r=5;t=30`. */
const param = (field: string, name: string): number | undefined => int(new RegExp(`(?:^|[;,\\s])${name}=([0-9.]+)`).exec(field)?.[1]);

function readIetf(headers: Headers, now: number): RateLimitSnapshot | undefined {
  const combined = headers.get('ratelimit');
  if (combined !== null) {
    // Draft 7: `limit=100, remaining=50, reset=30`. Draft 8+: `"default";r=50;t=30` (+ RateLimit-Policy q=).
    const remaining = param(combined, 'remaining') ?? param(combined, 'r');
    if (remaining !== undefined) {
      const reset = param(combined, 'reset') ?? param(combined, 't') ?? 60;
      const policy = headers.get('ratelimit-policy');
      const limit = param(combined, 'limit') ?? (policy === null ? undefined : (param(policy, 'q') ?? int(policy)));
      return { limit, remaining, resetAt: now + reset * 1000 };
    }
  }
  // Draft 6: separate headers, reset in seconds from now.
  const remaining = int(headers.get('ratelimit-remaining'));
  if (remaining === undefined) return undefined;
  const reset = int(headers.get('ratelimit-reset')) ?? 60;
  return { limit: int(headers.get('ratelimit-limit')), remaining, resetAt: now + reset * 1000 };
}

/** The budget a response reports, from whichever headers `mode` allows. */
export function readRateLimit(headers: Headers, mode: PacingState['headers'], now: number): RateLimitSnapshot | undefined {
  if (mode === 'none') return undefined;
  if (mode === 'x-ratelimit') return readXRateLimit(headers, now);
  if (mode === 'ietf') return readIetf(headers, now);
  return readXRateLimit(headers, now) ?? readIetf(headers, now);
}

/** Thrown by `acquire` when the budget would only be available after the caller's deadline. */
export class PacingDeadlineError extends Error {
  override name = 'PacingDeadlineError';
  constructor(readonly waitMs: number) {
    super(`rate-limit budget available only in ${waitMs} ms`);
  }
}

/**
 * One per client, shared by all its concurrent calls. Each call `acquire`s a slot before it
 * sends and reports every response with `observe`. The check and the reservation happen in
 * the same synchronous step, so concurrent callers never spend the same unit of budget.
 */
export class Pacer {
  private remaining: number | undefined;
  private limit: number | undefined;
  private resetAt = 0;
  /** The longest window seen (time from a response to its reset), to guess when the next one ends. */
  private windowMs = 0;
  private pausedUntil = 0;
  private lastStart = Number.NEGATIVE_INFINITY;
  private readonly starts: number[] = [];

  constructor(
    private readonly state: PacingState,
    private readonly clock: Clock,
  ) {}

  /** How long the next request must wait, or 0 to go now. */
  private waitFor(now: number): number {
    let wait = this.pausedUntil - now;

    const burst = this.state.burst;
    if (burst) {
      while (this.starts.length && (this.starts[0] ?? 0) <= now - burst.perMs) this.starts.shift();
      if (this.starts.length >= burst.requests) wait = Math.max(wait, (this.starts[0] ?? now) + burst.perMs - now);
    }

    if (this.remaining !== undefined && now >= this.resetAt) {
      // The window rolled over: the budget is back to the limit (unknown if no response said it),
      // and the next window probably ends one window length later.
      const window = Math.max(this.windowMs, 1000);
      this.remaining = this.limit;
      this.resetAt += window * Math.ceil((now - this.resetAt + 1) / window);
    }
    if (this.remaining !== undefined && this.remaining <= 0) {
      wait = Math.max(wait, this.resetAt - now);
    } else if (this.remaining !== undefined && this.limit !== undefined && this.remaining < this.limit * this.state.spreadBelow) {
      const interval = (this.resetAt - now) / this.remaining;
      wait = Math.max(wait, this.lastStart + interval - now);
    }
    return Math.max(0, Math.ceil(wait));
  }

  /** Reserves a slot if one is free now, without waiting (the common case, kept synchronous). */
  tryAcquire(): boolean {
    const now = this.clock.now();
    if (this.waitFor(now) > 0) return false;
    this.reserve(now);
    return true;
  }

  private reserve(now: number): void {
    this.lastStart = now;
    if (this.state.burst) this.starts.push(now);
    if (this.remaining !== undefined) this.remaining -= 1;
  }

  /**
   * Waits until a request may be sent and reserves its slot. Rejects with the signal's reason
   * on abort, or with `PacingDeadlineError` when the wait would end after `latestStart`.
   */
  async acquire(signal: AbortSignal | undefined, latestStart: number): Promise<number> {
    let waited = 0;
    for (;;) {
      const now = this.clock.now();
      const wait = this.waitFor(now);
      if (wait === 0) {
        this.reserve(now);
        return waited;
      }
      if (now + wait > latestStart) throw new PacingDeadlineError(wait);
      await this.clock.sleep(wait, signal);
      waited += wait;
    }
  }

  /** Learns from a response: its reported budget, and on 429 a pause every caller honours. Returns the budget it read. */
  observe(headers: Headers, status: number, retryAfterMs: number | undefined): RateLimitSnapshot | undefined {
    const now = this.clock.now();
    const snapshot = readRateLimit(headers, this.state.headers, now);
    if (snapshot) {
      const sameWindow = this.remaining !== undefined && Math.abs(snapshot.resetAt - this.resetAt) < 1000;
      // In one window the budget only shrinks: an older response arriving late must not raise it.
      this.remaining = sameWindow ? Math.min(this.remaining ?? snapshot.remaining, snapshot.remaining) : snapshot.remaining;
      this.resetAt = sameWindow ? Math.max(this.resetAt, snapshot.resetAt) : snapshot.resetAt;
      this.limit = snapshot.limit ?? this.limit;
      this.windowMs = Math.max(this.windowMs, snapshot.resetAt - now);
    }
    if (status === 429) {
      // Without Retry-After, wait for the reset only if the window is really spent (a burst limiter
      // can answer 429 while the hourly budget is far from empty).
      const until = retryAfterMs !== undefined ? now + retryAfterMs : snapshot?.remaining === 0 ? snapshot.resetAt : now;
      this.pausedUntil = Math.max(this.pausedUntil, until);
    }
    return snapshot;
  }

  /** The current budget, for logs and tests. */
  snapshot(): { remaining: number | undefined; limit: number | undefined; resetAt: number; pausedUntil: number } {
    return { remaining: this.remaining, limit: this.limit, resetAt: this.resetAt, pausedUntil: this.pausedUntil };
  }
}
