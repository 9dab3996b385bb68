import { SpecsmithError } from './base.js';

/** One problem with one input field, normalised from the vendor's own shape. */
export interface FieldError {
  /** The field as the vendor names it (`subject`, `task.name`); empty when the vendor names none. */
  readonly field: string;
  readonly message: string;
}

/** What every request failure carries. Secrets are already redacted from every string in it. */
export interface ApiErrorDetails<Code> {
  readonly message: string;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  /** The HTTP status; undefined when no response arrived (connection, timeout, abort). */
  readonly status?: number | undefined;
  /** The vendor's error code, typed by the generated `ErrorCode` enum. */
  readonly code?: Code | undefined;
  /** The code's name in the catalogue (`ValidationFailed`, `TokenRequired`). */
  readonly codeName?: string | undefined;
  /** The vendor's own message, before Specsmith's prefix. */
  readonly vendorMessage?: string | undefined;
  readonly fieldErrors?: readonly FieldError[];
  readonly requestId?: string | undefined;
  /** Whether repeating the same request later can succeed. */
  readonly retryable: boolean;
  /** Attempts made, retries and re-authentication included. */
  readonly attempts: number;
  /** The response body, redacted. */
  readonly body?: unknown;
  /** The response headers, redacted. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly response?: Response | undefined;
  readonly cause?: unknown;
}

// `fieldErrors` and `headers` hold their place here and get their defaults after.
const detailKeys = ['operationId', 'method', 'url', 'status', 'code', 'codeName', 'vendorMessage', 'fieldErrors', 'requestId', 'retryable', 'attempts', 'body', 'headers'] as const;

/**
 * A request that failed: an HTTP error status, a failure reported inside a 2xx body, or no
 * usable response at all. Subclasses say which kind; `code` is the vendor's own code.
 */
export class ApiError<Code = string | number> extends SpecsmithError {
  override name = 'ApiError';
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly status: number | undefined;
  declare readonly code: Code | undefined;
  declare readonly codeName: string | undefined;
  declare readonly vendorMessage: string | undefined;
  declare readonly fieldErrors: readonly FieldError[];
  declare readonly requestId: string | undefined;
  declare readonly retryable: boolean;
  declare attempts: number;
  declare readonly body: unknown;
  declare readonly headers: Readonly<Record<string, string>>;
  /** The raw response (not redacted; kept out of `console.log` and JSON output). */
  declare readonly response: Response | undefined;

  constructor(details: ApiErrorDetails<Code>) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    // Each one an own enumerable property, in this order, undefined where the details lack it.
    const self = this as unknown as Record<string, unknown>;
    for (const key of detailKeys) self[key] = details[key];
    self['fieldErrors'] = details.fieldErrors ?? [];
    self['headers'] = details.headers ?? {};
    // Non-enumerable: the raw response holds unredacted headers (set-cookie).
    Object.defineProperty(this, 'response', { value: details.response, enumerable: false });
  }
}

/** 401: the credentials are missing, wrong or expired. */
export class AuthenticationError<Code = string | number> extends ApiError<Code> {
  override name = 'AuthenticationError';
}

/** 403: the credentials are valid but may not do this. */
export class PermissionError<Code = string | number> extends ApiError<Code> {
  override name = 'PermissionError';
}

/** 404: no such record, route or account. */
export class NotFoundError<Code = string | number> extends ApiError<Code> {
  override name = 'NotFoundError';
}

/** 400 / 422: the request or one of its fields is invalid; see `fieldErrors`. */
export class ValidationError<Code = string | number> extends ApiError<Code> {
  override name = 'ValidationError';
}

/** 409: the request conflicts with the current state (a duplicate, a stale version). */
export class ConflictError<Code = string | number> extends ApiError<Code> {
  override name = 'ConflictError';
}

/** 429: the rate limit is exhausted. */
export class RateLimitError<Code = string | number> extends ApiError<Code> {
  override name = 'RateLimitError';
  /** How long the server asked to wait (Retry-After), when it said. */
  declare readonly retryAfterMs: number | undefined;
  constructor(details: ApiErrorDetails<Code> & { readonly retryAfterMs?: number | undefined }) {
    super(details);
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** 5xx: the server failed. */
export class ServerError<Code = string | number> extends ApiError<Code> {
  override name = 'ServerError';
}

/** No response: DNS, refused or reset connection, or a body cut off mid-way. */
export class ConnectionError<Code = string | number> extends ApiError<Code> {
  override name = 'ConnectionError';
}

/** No complete response in time: one attempt's timeout, or the deadline of the whole call. */
export class TimeoutError<Code = string | number> extends ApiError<Code> {
  override name = 'TimeoutError';
  declare readonly timeoutMs: number;
  declare readonly scope: 'attempt' | 'deadline';
  constructor(details: ApiErrorDetails<Code> & { readonly timeoutMs: number; readonly scope: 'attempt' | 'deadline' }) {
    super(details);
    this.timeoutMs = details.timeoutMs;
    this.scope = details.scope;
  }
}

/** The caller's AbortSignal fired. Never retried. */
export class AbortedError<Code = string | number> extends ApiError<Code> {
  override name = 'AbortedError';
}

/**
 * A response body longer than the client's `maxResponseBytes`: announced by Content-Length, or
 * counted while reading. Reading stops there and the rest is cancelled unread. Never retried:
 * the same request would get the same body.
 */
export class ResponseTooLargeError<Code = string | number> extends ApiError<Code> {
  override name = 'ResponseTooLargeError';
  /** The limit in bytes (`maxResponseBytes`). */
  declare readonly limitBytes: number;
  constructor(details: ApiErrorDetails<Code> & { readonly limitBytes: number }) {
    super(details);
    this.limitBytes = details.limitBytes;
  }
}

/** The classes an HTTP failure can map to; wrappers may map a vendor code to one of them. */
export type ErrorKind = 'authentication' | 'permission' | 'not-found' | 'validation' | 'conflict' | 'rate-limit' | 'server' | 'other';

/** The kind an HTTP status implies. */
export function kindForStatus(status: number): ErrorKind {
  if (status === 401) return 'authentication';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 422) return 'validation';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limit';
  if (status >= 500 && status <= 599) return 'server';
  return 'other';
}

const classes = {
  authentication: AuthenticationError,
  permission: PermissionError,
  'not-found': NotFoundError,
  validation: ValidationError,
  conflict: ConflictError,
  'rate-limit': RateLimitError,
  server: ServerError,
  other: ApiError,
} as const satisfies Record<ErrorKind, typeof ApiError>;

/** Builds the subclass for `kind` (the `generate()` factory of Stainless SDKs). */
export function createApiError<Code>(kind: ErrorKind, details: ApiErrorDetails<Code> & { readonly retryAfterMs?: number | undefined }): ApiError<Code> {
  return new classes[kind]<Code>(details);
}

/** True for any Specsmith request failure; narrow `Code` with the vendor's `ErrorCode`. */
export function isApiError<Code = string | number>(value: unknown): value is ApiError<Code> {
  return value instanceof ApiError;
}
