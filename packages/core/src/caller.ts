import createFetchClient from 'openapi-fetch';
import type { PathSerializer } from 'openapi-fetch';
import type { Auth } from './auth.js';
import { Call } from './call.js';
import type { ClientContext, FetchFunction, OperationPlan } from './call.js';
import { systemClock } from './clock.js';
import { ApiError } from './errors/api-error.js';
import { ConfigurationError, SpecsmithError } from './errors/base.js';
import { assertValidHeaders } from './header-safety.js';
import type { JournalSink } from './journal.js';
import { createLog } from './logger.js';
import type { Log, Logger, LogLevel } from './logger.js';
import { isFailureInside2xx } from './normalise-error.js';
import type { ErrorConfig } from './normalise-error.js';
import { defaultPacing, Pacer } from './pacing.js';
import type { PacingOptions } from './pacing.js';
import { guardedPathSerializer } from './path-safety.js';
import { createRedactor, sensitiveHeaders } from './redact.js';
import type { Redactor } from './redact.js';
import { canFollowRedirects } from './redirect.js';
import { resolveRetry } from './retry.js';
import type { RetryOptions } from './retry.js';
import { assertSecureBaseUrl } from './transport-safety.js';
import type { Clock, OperationInfo } from './types.js';

export type { FetchFunction } from './call.js';

/** 16 MiB: far above any list page of the five vendors, far below what hurts a process. */
export const defaultMaxResponseBytes = 16 * 1024 * 1024;

/** Sends one operation; the shape generated `createResources(call)` expects. */
export type Caller = (operation: OperationInfo, init: object | undefined) => Promise<unknown>;

/** openapi-fetch's result. */
export interface CallResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

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


/** What `createCaller` returns: the Caller, its throwing twin, and the client's shared parts. */
export interface CallerHandle {
  /** Result mode or throw mode, per `throwOnError`. */
  readonly call: Caller;
  /** Always throws on failure; resolves to `{ data, response }`. */
  readonly callOrThrow: (operation: OperationInfo, init: object | undefined) => Promise<CallResult>;
  /** The ApiError behind a result-mode failure (undefined for a success). */
  readonly errorOf: (result: { readonly response: Response }) => ApiError | undefined;
  readonly redactor: Redactor;
  readonly pacer: Pacer | undefined;
  readonly log: Log;
}

function hasHeader(headers: unknown, name: string): boolean {
  if (!headers) return false;
  if (headers instanceof Headers) return headers.has(name);
  if (Array.isArray(headers)) return headers.some(([key]) => String(key).toLowerCase() === name);
  return Object.entries(headers as Record<string, unknown>).some(([key, value]) => key.toLowerCase() === name && value !== undefined && value !== null);
}

function withHeader(headers: unknown, name: string, value: string): HeadersInit {
  const merged = new Headers(headers instanceof Headers || Array.isArray(headers) ? (headers as HeadersInit) : undefined);
  if (headers && !(headers instanceof Headers) && !Array.isArray(headers)) {
    for (const [key, item] of Object.entries(headers as Record<string, unknown>)) {
      if (item === undefined || item === null) continue;
      for (const one of Array.isArray(item) ? item : [item]) merged.append(key, String(one));
    }
  }
  merged.set(name, value);
  return merged;
}

/**
 * Builds the Caller behind every Specsmith client: openapi-fetch for serialisation, plus a
 * per-call fetch that paces, authenticates, times out, retries and journals each attempt.
 */
export function createCaller(options: CallerOptions): CallerHandle {
  const base = assertSecureBaseUrl(options.baseUrl);
  const auth = options.auth ?? { secrets: [] };
  const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 0) {
    throw new ConfigurationError(`maxResponseBytes must be a whole number of bytes, 0 or more (0 = no limit); got ${maxResponseBytes}.`);
  }
  // Once per client: configured headers and credentials never change afterwards.
  assertValidHeaders(options.headers);
  assertValidHeaders(auth.headers);
  const redactor = createRedactor({ secrets: auth.secrets, ...options.redact });
  const clock = options.clock ?? systemClock;
  const client = {
    vendor: options.vendor ?? 'API',
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    retry: resolveRetry(options.retry),
    timeoutMs: options.timeoutMs ?? 60_000,
    deadlineMs: options.deadlineMs ?? 120_000,
    journal: options.journal,
    errors: options.errors ?? { catalogue: null, codes: {} },
    requestIdHeaders: (options.requestIdHeaders ?? ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid']).map((name) => name.toLowerCase()),
    throwOnError: options.throwOnError ?? false,
    clock,
    auth,
    pacer: options.pacing === false ? undefined : new Pacer({ ...defaultPacing, ...options.pacing }, clock),
    redactor,
    log: createLog(options.logger, options.logLevel ?? 'info', redactor),
    host: base.host,
    baseUrl: base.href.replace(/\/$/, ''),
    maxResponseBytes,
    credentialHeaders: [...new Set([...sensitiveHeaders, ...Object.keys(auth.headers ?? {}), ...(options.redact?.headers ?? [])].map((name) => name.toLowerCase()))],
  } satisfies ClientContext;
  const http = createFetchClient({ baseUrl: client.baseUrl, headers: { ...options.headers, ...auth.headers } });
  const request = http.request as unknown as (method: string, path: string, init: object) => Promise<CallResult>;
  const plans = new WeakMap<OperationInfo, OperationPlan>();
  const errors = new WeakMap<Response, ApiError>();
  const checkedBaseUrls = new Set<string>([options.baseUrl]);

  function planFor(operation: OperationInfo): OperationPlan {
    let plan = plans.get(operation);
    if (!plan) {
      const label = `${client.vendor} ${operation.operationId}`;
      plan = {
        operation,
        label,
        bodyTokenField: auth.bodyToken !== undefined ? operation.bodyToken : null,
        contentType: options.requestContentType?.(operation),
        pathSerializer: guardedPathSerializer(label, operation.path),
      };
      plans.set(operation, plan);
    }
    return plan;
  }

  async function send(operation: OperationInfo, init: object | undefined, throwing: boolean): Promise<CallResult> {
    const plan = planFor(operation);
    const given = (init ?? {}) as {
      body?: unknown;
      headers?: unknown;
      params?: { header?: unknown };
      pathSerializer?: PathSerializer;
      redirect?: RequestRedirect;
      signal?: AbortSignal | null;
      parseAs?: string;
      fetch?: FetchFunction;
      baseUrl?: string;
      bodySerializer?: (body: unknown, headers?: Headers) => unknown;
    };
    if (given.baseUrl !== undefined && !checkedBaseUrls.has(given.baseUrl)) {
      assertSecureBaseUrl(given.baseUrl);
      checkedBaseUrls.add(given.baseUrl);
    }
    // Per call only what the call adds; the client's own headers were checked at creation.
    if (given.headers) assertValidHeaders(given.headers, plan.label);
    if (given.params?.header) assertValidHeaders(given.params.header, plan.label);
    const call = new Call(client, plan, given.signal ?? undefined, given.parseAs === 'stream', given.fetch ?? client.fetch, given.bodySerializer);
    const next: Record<string, unknown> = {
      ...given,
      fetch: call.fetch,
      bodySerializer: call.serialize,
      pathSerializer: given.pathSerializer ? guardedPathSerializer(plan.label, operation.path, given.pathSerializer) : plan.pathSerializer,
      signal: call.attempt.signal,
    };
    if (given.redirect === undefined && canFollowRedirects) {
      // Followed by the call itself, so that no redirect leaves HTTPS or takes credentials elsewhere.
      next['redirect'] = 'manual';
      call.followRedirects = true;
    }
    if (plan.bodyTokenField) {
      const body = given.body;
      if (body === undefined || body === null || (typeof body === 'object' && !Array.isArray(body) && Object.getPrototypeOf(body) === Object.prototype)) {
        // A token the caller put in the body wins; normally they never pass one.
        next['body'] = { [plan.bodyTokenField]: auth.bodyToken, ...(body as object | undefined) };
      }
    }
    if (plan.contentType && !hasHeader(next['headers'], 'content-type')) next['headers'] = withHeader(next['headers'], 'Content-Type', plan.contentType);
    const perCall = options.requestHeaders?.(operation);
    if (perCall) assertValidHeaders(perCall, plan.label);
    for (const [name, value] of Object.entries(perCall ?? {})) {
      if (!hasHeader(next['headers'], name.toLowerCase())) next['headers'] = withHeader(next['headers'], name, value);
    }

    try {
      const result = await request(operation.method, operation.path, next);
      const { response } = result;
      let failure: ApiError | undefined;
      let inside2xx = false;
      if (!response.ok) {
        failure = call.failure(response, result.error, false);
      } else if (isFailureInside2xx(client.errors.catalogue, result.data)) {
        inside2xx = true;
        failure = call.failure(response, result.data, true);
        call.journal('application-error', call.startedAt, false, { status: response.status, statusText: response.statusText, headers: response.headers, body: result.data }, failure);
      }
      if (!failure) return result;
      if (throwing) throw failure;
      errors.set(response, failure);
      return inside2xx ? { error: result.data, response } : result;
    } catch (error) {
      if (error instanceof ApiError) {
        error.attempts = Math.max(error.attempts, call.attempts);
        throw error;
      }
      if (error instanceof SpecsmithError) throw error;
      // Nothing was sent: openapi-fetch refused the call itself (a GET with a body, a bad serializer).
      if (call.attempts === 0 && !call.reason) throw error;
      // openapi-fetch failed after our fetch returned: a body that is not the JSON it claims to be.
      if (error instanceof SyntaxError && call.lastRequest) {
        throw new ApiError({
          message: call.text(`${plan.label} got a response body that is not valid JSON: ${error.message}`),
          operationId: operation.operationId,
          method: operation.method.toUpperCase(),
          url: call.url(),
          retryable: false,
          attempts: call.attempts,
          cause: error,
        });
      }
      throw call.classify(error).error;
    } finally {
      call.dispose();
    }
  }

  const callOrThrow = (operation: OperationInfo, init: object | undefined) => send(operation, init, true);
  const callResult = (operation: OperationInfo, init: object | undefined) => send(operation, init, false);

  return {
    call: client.throwOnError ? callOrThrow : callResult,
    callOrThrow,
    errorOf: (result) => errors.get(result.response),
    redactor,
    pacer: client.pacer,
    log: client.log,
  };
}
