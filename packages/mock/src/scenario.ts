// A scenario as the parser reads it: which steps each operation plays, and the rate-limit budget.
import type { FaultStep } from './fault-step.js';
import type { RateLimitRule } from './rate-limit-budget.js';

export interface ScenarioRule {
  /** Upper-case method, or `*` for any. */
  readonly method: string;
  /** The path template as written (`/requests/{id}`). */
  readonly template: string;
  /** One step per arrival, in order; when they run out, requests are forwarded. */
  readonly steps: readonly FaultStep[];
  /** Where the rule was written (`scenario.txt:3`, `--fault`), for messages. */
  readonly source: string;
}

export interface Scenario {
  readonly rules: readonly ScenarioRule[];
  readonly rateLimit?: RateLimitRule | undefined;
  /** Where the rate limit was set, for messages. */
  readonly rateLimitSource?: string | undefined;
}

/** Both scenarios in one: `extra`'s rules after `base`'s, its rate limit over `base`'s. */
export function mergeScenarios(base: Scenario, extra: Scenario): Scenario {
  return {
    rules: [...base.rules, ...extra.rules],
    rateLimit: extra.rateLimit ?? base.rateLimit,
    rateLimitSource: extra.rateLimit ? extra.rateLimitSource : base.rateLimitSource,
  };
}
