/**
 * The shapes core reads from a generated package. They mirror `OperationInfo`,
 * `PaginationInfo`, `errorCatalogue` and `errorCodeInfo` in `generated/<vendor>/src/*.gen.ts`;
 * core never imports a generated package, so they are restated here and matched structurally.
 */

/** How to walk a list operation (the spec's `x-pagination`). */
export interface PaginationInfo {
  readonly style: 'link' | 'offset' | 'cursor' | 'skip';
  readonly in: 'query' | 'body';
  readonly limitParam: string;
  readonly offsetParam?: string;
  readonly skipParam?: string;
  readonly moreField?: string;
  readonly cursorParam?: string;
  readonly nextCursorField?: string;
  readonly itemsField?: string;
  readonly maxLimit?: number;
  /** The paging fields are not confirmed by the vendor's docs: a dead end warns instead of failing. */
  readonly uncertain?: boolean;
}

/** One row of a generated operation table. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
  readonly path: string;
  readonly tags: readonly string[];
  /** Safe to retry: an idempotent method or the spec's `x-idempotent`. */
  readonly idempotent: boolean;
  readonly pagination: PaginationInfo | null;
  readonly security: readonly (readonly string[])[];
  /** JSON body property the runtime fills with the secret (`x-body-token`), or null. */
  readonly bodyToken: string | null;
  readonly requestMediaTypes: readonly string[];
  /** Media types a 2xx response declares; empty when success has no body. Older generated tables lack it. */
  readonly responseMediaTypes?: readonly string[];
}

/** Where a vendor puts its error code and message (the spec's `x-error-codes`, minus the list). */
export interface ErrorCatalogue {
  readonly in: 'status' | 'body';
  readonly field?: string;
  readonly message?: string;
  readonly success?: { readonly field: string; readonly equals: string | number | boolean };
}

/** Meaning of one vendor error code. */
export interface ErrorCodeInfo {
  readonly name: string;
  readonly status: number;
  readonly retryable: boolean;
  readonly description: string;
}

/** The vendor's documented retry advice (`vendorPolicy.retry`, from the spec's `x-retry`). */
export interface VendorRetryPolicy {
  readonly maxRetries?: number;
  readonly delaysMs?: readonly number[];
  readonly minRetryAfterMs?: number;
}

/** The vendor's published limits (`vendorPolicy.rateLimit`, from the spec's `x-rate-limit`). */
export interface VendorRateLimitPolicy {
  readonly headers: 'x-ratelimit' | 'ietf' | 'none';
  readonly burst?: { readonly requests: number; readonly perMs: number };
}

/** Time, waiting and randomness, injectable so tests never wait for real. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when the signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), for backoff jitter. */
  random(): number;
}
