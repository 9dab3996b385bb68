export interface BackoffOptions {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** Share of the wait removed at random: 0.25 waits 75–100 % of the nominal delay. */
  readonly jitter: number;
}

/**
 * Capped exponential backoff with jitter: `min(initial · 2^(retry−1), max) · (1 − jitter · random)`.
 * `retry` counts from 1. With the defaults (500 ms, 8 s, 0.25) this is Stainless's schedule.
 */
export function backoffDelay(retry: number, options: BackoffOptions, random: number): number {
  const nominal = Math.min(options.initialDelayMs * 2 ** Math.max(0, retry - 1), options.maxDelayMs);
  return Math.round(nominal * (1 - options.jitter * random));
}
