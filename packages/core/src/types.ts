/** The generated package's shapes come from the contract; `Clock` is core's own. */
export type {
  ErrorCatalogue,
  ErrorCodeInfo,
  OperationInfo,
  PaginationInfo,
  VendorRateLimitPolicy,
  VendorRetryPolicy,
} from './contract/index.js';

/** Time, waiting and randomness, injectable so tests never wait for real. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when the signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), for backoff jitter. */
  random(): number;
}
