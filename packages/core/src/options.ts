import type { FetchFunction } from './caller.js';
import { ConfigurationError } from './errors/base.js';
import type { FleetStore } from './fleet-store.js';
import type { JournalSink } from './journal.js';
import type { Logger, LogLevel } from './logger.js';
import type { PacingOptions } from './pacing.js';
import type { RetryOptions } from './retry.js';
import type { ServerInfo } from './contract/index.js';
import type { Clock, VendorRateLimitPolicy, VendorRetryPolicy } from './types.js';

export type { ServerInfo } from './contract/index.js';

/** Options every vendor client takes, next to its own region and credentials. */
export interface CommonClientOptions {
  /**
   * Send requests here instead of the vendor host chosen by region or instance: any https://
   * URL, or http:// on a loopback host (a local mock).
   * @default the vendor's host for the chosen region or instance
   */
  readonly baseUrl?: string;
  /**
   * Retry overrides, layered over the vendor's documented policy and Specsmith's defaults.
   * @default the vendor's policy
   */
  readonly retry?: RetryOptions;
  /**
   * Longest wait for one attempt, headers and body; 0 for none.
   * @default 60000
   */
  readonly timeoutMs?: number;
  /**
   * Longest time for a whole call, retries and waits included; 0 for none.
   * @default 120000
   */
  readonly deadlineMs?: number;
  /**
   * Longest response body to read into memory, in bytes; 0 for no limit. A longer body fails
   * the call with a ResponseTooLargeError (not retried) as soon as Content-Length announces it
   * or the count passes the limit, and the rest is not read.
   * @default 16777216 (16 MiB)
   */
  readonly maxResponseBytes?: number;
  /**
   * Pacing overrides, or `false` to turn pacing off.
   * @default the vendor's rate-limit headers and burst limit
   */
  readonly pacing?: PacingOptions | false;
  /**
   * A store shared by every worker process using this credential: `redisFleet({ url })` from
   * `@specsmith/core/fleet` shares the rate budget, burst limit, 429 cool-down and OAuth token.
   * @default none (each client paces and fetches tokens on its own)
   */
  readonly fleet?: FleetStore;
  /**
   * The fetch to send with.
   * @default globalThis.fetch
   */
  readonly fetch?: FetchFunction;
  /**
   * Receives every failed attempt (request, response, timestamp), redacted.
   * @default none
   */
  readonly journal?: JournalSink;
  /**
   * Receives retry and pacing lines, redacted. `console` works.
   * @default none
   */
  readonly logger?: Logger;
  /**
   * @default 'info'
   */
  readonly logLevel?: LogLevel;
  /**
   * Throw a typed ApiError instead of resolving to `{ error, response }`.
   * @default false
   */
  readonly throwOnError?: boolean;
  /**
   * Extra headers for every request.
   * @default {}
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Time and randomness; tests pass a fake so that no retry waits for real.
   * @default the system clock
   */
  readonly clock?: Clock;
}

/** The `keys` of `source` that are not undefined, in that order. */
function defined<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** The retry options a vendor's `x-retry` implies. */
export function retryFromPolicy(policy: VendorRetryPolicy | null): RetryOptions {
  return policy ? defined(policy, ['maxRetries', 'delaysMs', 'minRetryAfterMs']) : {};
}

/** The pacing options a vendor's `x-rate-limit` implies; user overrides win, `false` turns pacing off. */
export function pacingFromPolicy(policy: VendorRateLimitPolicy | null, override?: PacingOptions | false): PacingOptions | false {
  if (override === false) return false;
  const fromPolicy: PacingOptions = policy ? { headers: policy.headers, ...(policy.burst ? { burst: policy.burst } : {}) } : {};
  return { ...fromPolicy, ...override };
}

/** Fills a server URL template's `{variables}` from `values`, then the defaults; checks enums. */
export function serverUrl(server: ServerInfo, values: Readonly<Record<string, string | undefined>> = {}): string {
  return server.url.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const variable = server.variables[name];
    const value = values[name] ?? variable?.default;
    if (value === undefined || value === '') throw new ConfigurationError(`The server URL ${server.url} needs a value for "${name}".`);
    if (variable?.enum && !variable.enum.includes(value)) {
      throw new ConfigurationError(`"${value}" is not a valid ${name}; expected one of ${variable.enum.join(', ')}.`);
    }
    if (/[/?#@]/.test(value)) throw new ConfigurationError(`"${value}" is not a valid ${name}.`);
    return value;
  });
}

/** The options the caller needs from the common ones (drops those a wrapper handles itself). */
export function commonCallerOptions(
  options: CommonClientOptions,
): Pick<CommonClientOptions, 'timeoutMs' | 'deadlineMs' | 'maxResponseBytes' | 'fetch' | 'fleet' | 'journal' | 'logger' | 'logLevel' | 'throwOnError' | 'clock'> {
  return defined(options, ['timeoutMs', 'deadlineMs', 'maxResponseBytes', 'fetch', 'fleet', 'journal', 'logger', 'logLevel', 'throwOnError', 'clock']);
}
