import { backoffDelay } from './backoff.js';
import { isRetryableStatus } from './internal/retryable-status.js';

/** When and how a failed attempt is repeated. Every field is optional; see the defaults. */
export interface RetryOptions {
  /**
   * Retries after the first attempt (0 turns retrying off).
   * @default 2
   */
  maxRetries?: number;
  /**
   * HTTP statuses worth repeating, as a list or a predicate.
   * @default 408, 429 and every 5xx
   */
  statuses?: readonly number[] | ((status: number) => boolean);
  /**
   * Repeat connection failures (refused, reset, cut-off body) and attempt timeouts.
   * @default true
   */
  networkErrors?: boolean;
  /**
   * First backoff wait, doubled on each retry.
   * @default 500
   */
  initialDelayMs?: number;
  /**
   * Longest backoff wait.
   * @default 8000
   */
  maxDelayMs?: number;
  /**
   * Share of each backoff wait removed at random (0 none, 1 full jitter).
   * @default 0.25
   */
  jitter?: number;
  /**
   * A fixed wait before each retry instead of backoff; the last entry repeats. Vendor advice
   * such as Xtremepush's "once at once, then once after 30 s" is `[0, 30000]`.
   * @default null
   */
  delaysMs?: readonly number[] | null;
  /**
   * Shortest wait after a 429, whatever Retry-After says (JourneyApps: 1000).
   * @default 0
   */
  minRetryAfterMs?: number;
  /**
   * Longest Retry-After honoured. A longer one stops retrying and surfaces the RateLimitError
   * (with `retryAfterMs`), rather than retrying sooner than the server asked.
   * @default 60000
   */
  maxRetryAfterMs?: number;
  /**
   * Request headers whose presence makes a non-idempotent request safe to repeat, because the
   * server de-duplicates on them.
   * @default ['idempotency-key', 'x-idempotency-key']
   */
  idempotencyHeaders?: readonly string[];
  /**
   * Repeat a non-idempotent request that the server refused with 429 and an explicit
   * Retry-After: the server did not act on it and asked to be asked again.
   * @default true
   */
  unsafeOnRateLimit?: boolean;
}

export type RetryState = Required<RetryOptions>;

const defaultRetry = {
  maxRetries: 2,
  statuses: isRetryableStatus,
  networkErrors: true,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  jitter: 0.25,
  delaysMs: null,
  minRetryAfterMs: 0,
  maxRetryAfterMs: 60_000,
  idempotencyHeaders: ['idempotency-key', 'x-idempotency-key'],
  unsafeOnRateLimit: true,
} satisfies RetryState;

/** Merges option layers (defaults, vendor policy, user) into the resolved state; later layers win. */
export function resolveRetry(...layers: (RetryOptions | null | undefined)[]): RetryState {
  const state: RetryState = { ...defaultRetry };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) (state as Record<string, unknown>)[key] = value;
    }
  }
  return state;
}

/** Why an attempt failed, as far as retrying cares. */
export type AttemptFailure =
  | {
      readonly kind: 'status';
      readonly status: number;
      /** From Retry-After / retry-after-ms. */
      readonly retryAfterMs: number | undefined;
      /** Time until the rate-limit window resets (x-ratelimit-reset, RateLimit), used on a 429 without Retry-After. */
      readonly resetMs?: number | undefined;
    }
  /** `unsent`: the connection was never made (refused, DNS), so nothing reached the server. */
  | { readonly kind: 'network'; readonly unsent: boolean }
  | { readonly kind: 'timeout' }
  /** A failure reported inside a 2xx body (Altcraft `error`, Xtremepush `success: false`) whose vendor code is retryable or not. */
  | { readonly kind: 'application'; readonly retryable: boolean };

export interface RetryContext {
  /** Retries already made for this call. */
  readonly retries: number;
  /** Whether repeating the request cannot double its effect. */
  readonly safe: boolean;
  /** Whether the request body can be sent again (a stream cannot). */
  readonly replayable: boolean;
  readonly now: number;
  /** Absolute time after which no attempt may start. */
  readonly deadlineAt: number;
  readonly random: number;
}

export type RetryDecision = { readonly retry: true; readonly waitMs: number } | { readonly retry: false; readonly reason: string };

function statusIsRetried(state: RetryState, status: number): boolean {
  return typeof state.statuses === 'function' ? state.statuses(status) : state.statuses.includes(status);
}

/** Decides whether to repeat a failed attempt and how long to wait first. Pure: no clock, no I/O. */
export function decideRetry(state: RetryState, failure: AttemptFailure, context: RetryContext): RetryDecision {
  if (context.retries >= state.maxRetries) return { retry: false, reason: `no retries left (maxRetries ${state.maxRetries})` };
  if (!context.replayable) return { retry: false, reason: 'the request body is a stream and cannot be sent again' };

  let retryAfterMs: number | undefined;
  if (failure.kind === 'status') {
    if (!statusIsRetried(state, failure.status)) return { retry: false, reason: `HTTP ${failure.status} is not retried` };
    const invited = failure.status === 429 && state.unsafeOnRateLimit && failure.retryAfterMs !== undefined;
    retryAfterMs = failure.retryAfterMs ?? (failure.status === 429 ? failure.resetMs : undefined);
    if (!context.safe && !invited) return { retry: false, reason: 'the operation is not idempotent' };
  } else if (failure.kind === 'application') {
    if (!failure.retryable) return { retry: false, reason: 'the vendor code is not retryable' };
    if (!context.safe) return { retry: false, reason: 'the operation is not idempotent' };
  } else {
    if (!state.networkErrors) return { retry: false, reason: 'network errors are not retried' };
    const unsent = failure.kind === 'network' && failure.unsent;
    if (!context.safe && !unsent) return { retry: false, reason: 'the operation is not idempotent' };
  }

  if (retryAfterMs !== undefined && retryAfterMs > state.maxRetryAfterMs) {
    return { retry: false, reason: `Retry-After of ${retryAfterMs} ms exceeds maxRetryAfterMs (${state.maxRetryAfterMs} ms)` };
  }
  const scheduled = state.delaysMs ? (state.delaysMs[Math.min(context.retries, state.delaysMs.length - 1)] ?? 0) : backoffDelay(context.retries + 1, state, context.random);
  // A vendor schedule is a floor the server cannot shorten; otherwise the server's word wins.
  let waitMs = retryAfterMs === undefined ? scheduled : state.delaysMs ? Math.max(scheduled, retryAfterMs) : retryAfterMs;
  if (failure.kind === 'status' && failure.status === 429) waitMs = Math.max(waitMs, state.minRetryAfterMs);

  if (context.now + waitMs > context.deadlineAt) {
    return { retry: false, reason: `waiting ${waitMs} ms would pass the deadline` };
  }
  return { retry: true, waitMs };
}
