// A stateful rate-limit budget: `limit` requests per fixed window, counted down on every
// arrival and reported in the headers a pacing client reads; once spent, arrivals get a 429
// with Retry-After until the window ends and the budget refills. Prism alone is stateless and
// serves the same example (or 0) on every answer, which no pacing client can work with.

/** `rate-limit 100/10s headers=x-ratelimit|ietf`. */
export interface RateLimitRule {
  readonly limit: number;
  readonly windowMs: number;
  /** `x-ratelimit`: `x-ratelimit-limit/remaining/reset` (reset in epoch seconds); `ietf`: `RateLimit` + `RateLimit-Policy` (draft 8+). */
  readonly headers: 'x-ratelimit' | 'ietf';
}

/** What one arrival got from the budget: the headers to answer with, and whether it may go on. */
export interface BudgetDecision {
  readonly allowed: boolean;
  readonly headers: Readonly<Record<string, string>>;
  /** Seconds until the budget refills (the Retry-After of a 429 when not allowed). */
  readonly resetInSeconds: number;
}

export interface RateLimitBudget {
  readonly rule: RateLimitRule;
  take(now?: number): BudgetDecision;
}

/** Every rate-limit header either family uses: an upstream's copies are dropped when a budget answers. */
export const rateLimitHeaderNames: readonly string[] = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-used',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
];

function budgetHeaders(rule: RateLimitRule, remaining: number, resetAt: number, now: number): Record<string, string> {
  const resetInSeconds = Math.max(0, Math.ceil((resetAt - now) / 1000));
  if (rule.headers === 'ietf') {
    return {
      'ratelimit-policy': `"default";q=${rule.limit};w=${Math.ceil(rule.windowMs / 1000)}`,
      ratelimit: `"default";r=${remaining};t=${resetInSeconds}`,
    };
  }
  // Epoch seconds, rounded up so a client that waits for it always finds the budget refilled.
  return { 'x-ratelimit-limit': String(rule.limit), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)) };
}

export function createRateLimitBudget(rule: RateLimitRule): RateLimitBudget {
  let remaining = rule.limit;
  // The first window starts with the first arrival.
  let resetAt = Number.NEGATIVE_INFINITY;
  return {
    rule,
    take(now = Date.now()) {
      if (now >= resetAt) {
        remaining = rule.limit;
        resetAt = now + rule.windowMs;
      }
      const allowed = remaining > 0;
      if (allowed) remaining -= 1;
      const resetInSeconds = Math.max(1, Math.ceil((resetAt - now) / 1000));
      return { allowed, headers: budgetHeaders(rule, remaining, resetAt, now), resetInSeconds };
    },
  };
}
