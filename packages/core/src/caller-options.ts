import type { Auth } from './auth.js';
import type { JournalSink } from './journal.js';
import type { Logger, LogLevel } from './logger.js';
import type { FleetStore } from './fleet-store.js';
import type { ErrorConfig } from './normalise-error.js';
import type { PacingOptions } from './pacing.js';
import type { RetryOptions } from './retry.js';
import type { Clock, OperationInfo } from './types.js';

/** A fetch to send with instead of the global one; it gets each attempt as a Request. */
export type FetchFunction = (input: Request) => Promise<Response>;

/** 16 MiB: far above any list page of the five vendors, far below what hurts a process. */
export const defaultMaxResponseBytes = 16 * 1024 * 1024;

/** Everything a client is configured with. Wrappers fill most of it from the generated package. */
export interface CallerOptions {
  /** Where requests go. Must be https://, or http:// on a loopback host. */
  readonly baseUrl: string;
  /**
   * Vendor name in error messages, logs and journal entries.
   * @default 'API'
   */
  readonly vendor?: string;
  /**
   * Credentials.
   * @default no authentication
   */
  readonly auth?: Auth;
  /**
   * Headers sent with every request. Checked once, with the credential headers: a value with a
   * CR, LF or other control character is refused (an InvalidRequestError).
   * @default {}
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Longest response body read into memory, in bytes (0 = no limit). A longer one (by
   * Content-Length, or counted while reading) fails with a ResponseTooLargeError, unread
   * beyond the limit and never retried. Bodies read with `parseAs: 'stream'` are not counted.
   * @default 16777216 (16 MiB)
   */
  readonly maxResponseBytes?: number;
  /**
   * The fetch to send with (a test double, an undici dispatcher, a proxy).
   * @default globalThis.fetch
   */
  readonly fetch?: FetchFunction;
  /** When to retry; layered over the defaults. */
  readonly retry?: RetryOptions;
  /**
   * Longest wait for one attempt, headers and body (0 = none).
   * @default 60000
   */
  readonly timeoutMs?: number;
  /**
   * Longest time for a whole call: every attempt, retry wait and pacing wait (0 = none).
   * @default 120000
   */
  readonly deadlineMs?: number;
  /**
   * Client-side rate-limit pacing, or `false` for none.
   * @default { headers: 'auto' }
   */
  readonly pacing?: PacingOptions | false;
  /**
   * A store shared by every process using this credential (`redisFleet()` from
   * `@specsmith/core/fleet`): one rate budget, burst limit, 429 cool-down and OAuth token.
   * @default none (each client paces and fetches tokens on its own)
   */
  readonly fleet?: FleetStore;
  /**
   * Receives every failed attempt, redacted.
   * @default none
   */
  readonly journal?: JournalSink;
  /**
   * Receives retry, pacing and token lines, redacted.
   * @default none (silent)
   */
  readonly logger?: Logger;
  /**
   * @default 'info'
   */
  readonly logLevel?: LogLevel;
  /**
   * How to read the vendor's failures.
   * @default HTTP status only
   */
  readonly errors?: ErrorConfig;
  /**
   * Response headers that carry the request id, first match wins.
   * @default ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid']
   */
  readonly requestIdHeaders?: readonly string[];
  /**
   * Throw an ApiError instead of resolving to `{ error, response }`.
   * @default false
   */
  readonly throwOnError?: boolean;
  /**
   * The Content-Type to send for an operation when the call sets none (JourneyApps form bodies).
   * @default JSON for every operation
   */
  readonly requestContentType?: (operation: OperationInfo) => string | undefined;
  /**
   * Headers computed for each call (a fresh `X-Request-ID`); they stay the same across the
   * call's retries, and a header the call sets itself wins.
   * @default none
   */
  readonly requestHeaders?: (operation: OperationInfo) => Readonly<Record<string, string>> | undefined;
  /**
   * Extra names to redact.
   * @default none
   */
  readonly redact?: { readonly headers?: readonly string[]; readonly fields?: readonly string[] };
  /**
   * Time and randomness (tests inject a fake to avoid real waits).
   * @default the system clock
   */
  readonly clock?: Clock;
}
