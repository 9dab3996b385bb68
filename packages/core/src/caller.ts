import type { PathSerializer, QuerySerializer, QuerySerializerOptions } from 'openapi-fetch';
import type { Auth } from './auth.js';
import { isReplayable, serializeBody } from './body.js';
import { Call } from './call.js';
import type { ClientContext, FetchFunction, OperationPlan, Received } from './call.js';
import { systemClock } from './clock.js';
import { ApiError } from './errors/api-error.js';
import { notJsonBody } from './errors/body-syntax-error.js';
import { redactError } from './errors/redact-error.js';
import { ConfigurationError, SpecsmithError } from './errors/base.js';
import { assertValidHeaders } from './header-safety.js';
import type { JournalSink } from './journal.js';
import { createLog } from './logger.js';
import type { Log, Logger, LogLevel } from './logger.js';
import { isFailureInside2xx } from './normalise-error.js';
import type { ErrorConfig } from './normalise-error.js';
import { defaultPacing, Pacer } from './pacing.js';
import type { PacingOptions } from './pacing.js';
import { compiledPathSerializer, guardedPathSerializer } from './path-safety.js';
import { mergeHeaders, serializeQuery } from './outgoing.js';
import type { HeaderSource, Outgoing } from './outgoing.js';
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

/** Options of openapi-fetch's that a Specsmith call accepts besides `params` and `body`. */
interface CallInit extends Omit<RequestInit, 'body' | 'headers' | 'method'> {
  body?: unknown;
  headers?: HeaderSource;
  params?: { path?: Record<string, unknown>; query?: unknown; header?: HeaderSource; cookie?: unknown };
  pathSerializer?: PathSerializer;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: (body: unknown, headers?: Headers) => unknown;
  parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
  fetch?: FetchFunction;
  baseUrl?: string;
  middleware?: readonly unknown[];
}

const decoder = new TextDecoder();

/** The success body as the call asked for it (`parseAs`, JSON by default); undefined when empty. */
function parseData(received: Received, parseAs: CallInit['parseAs']): unknown {
  const { response, bytes } = received;
  if (parseAs === 'stream') return response.body;
  if (bytes === undefined || (bytes.length === 0 && (parseAs === undefined || parseAs === 'json' || response.headers.get('content-length') === '0'))) return undefined;
  switch (parseAs) {
    case 'text':
      return decoder.decode(bytes);
    case 'arrayBuffer':
      return bytes.slice().buffer;
    case 'blob':
      return new Blob([bytes.slice()], { type: response.headers.get('content-type') ?? '' });
    default:
      return received.json ? received.json.value : JSON.parse(decoder.decode(bytes));
  }
}

/** A failure's body: its JSON when it is JSON, else its text; undefined when empty. */
function parseFailureBody(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined || bytes.length === 0) return undefined;
  const text = decoder.decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Builds the Caller behind every Specsmith client: it serialises the call by openapi-fetch's
 * rules (its query serializer, its path styles) into plain request data, then a Call paces,
 * authenticates, times out, retries and journals each attempt. It does not go through
 * openapi-fetch's own request(): that builds a Request which fetch copies again, and parses
 * a body this client must already read inside the attempt (timeouts, size limit, retries).
 */
export function createCaller(options: CallerOptions): CallerHandle {
  const base = assertSecureBaseUrl(options.baseUrl);
  const auth = options.auth ?? { secrets: [] };
  if (auth.tokens && !auth.applyToken) throw new ConfigurationError('auth.tokens must come from tokenAuth(provider) (or combineAuth of it), which sends the token.');
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
    fetch: options.fetch,
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
  const baseHeaders = mergeHeaders(mergeHeaders({}, options.headers), auth.headers);
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
        pathSerializer: compiledPathSerializer(label, operation.path),
      };
      plans.set(operation, plan);
    }
    return plan;
  }

  /** The call's request as plain data, serialised the way openapi-fetch would. */
  function outgoingFor(operation: OperationInfo, plan: OperationPlan, given: CallInit): { outgoing: Outgoing; replayable: boolean } {
    const { body, headers: callHeaders, params, pathSerializer, querySerializer, bodySerializer, parseAs, fetch, baseUrl, middleware, signal, redirect, ...rest } = given;
    const init: RequestInit = rest;
    const method = operation.method.toUpperCase();
    if (body !== undefined && (method === 'GET' || method === 'HEAD')) {
      throw new ConfigurationError(`${plan.label}: a ${method} request cannot have a body; remove \`body\` from the call (the spec defines no request body for it).`);
    }
    const headers = mergeHeaders(mergeHeaders({ ...baseHeaders }, callHeaders), params?.header);
    if (plan.contentType && headers['content-type'] === undefined) headers['content-type'] = plan.contentType;
    const perCall = options.requestHeaders?.(operation);
    if (perCall) {
      assertValidHeaders(perCall, plan.label);
      for (const name in perCall) {
        const key = name.toLowerCase();
        if (headers[key] === undefined) headers[key] = perCall[name] as string;
      }
    }
    let sent = body;
    if (plan.bodyTokenField && (sent === undefined || sent === null || (typeof sent === 'object' && !Array.isArray(sent) && Object.getPrototypeOf(sent) === Object.prototype))) {
      // A token the caller put in the body wins; normally they never pass one.
      sent = { [plan.bodyTokenField]: auth.bodyToken, ...(sent as object | undefined) };
    }
    let serialized: unknown;
    if (sent !== undefined) {
      serialized = bodySerializer ? bodySerializer(sent, new Headers(headers)) : serializeBody(sent, headers);
      if (headers['content-type'] === undefined && !(typeof FormData !== 'undefined' && serialized instanceof FormData)) headers['content-type'] = 'application/json';
    }
    let path = operation.path;
    if (path.includes('{')) {
      const serializer = pathSerializer ? guardedPathSerializer(plan.label, path, pathSerializer) : plan.pathSerializer;
      path = serializer(path, params?.path ?? {});
    }
    const query = serializeQuery(params?.query, querySerializer);
    const url = `${baseUrl === undefined ? client.baseUrl : baseUrl.replace(/\/$/, '')}${path}${query ? `?${query}` : ''}`;
    if (redirect !== undefined) init.redirect = redirect;
    return {
      outgoing: { method, url, headers, body: serialized as BodyInit | null | undefined, init },
      replayable: isReplayable(serialized),
    };
  }

  async function send(operation: OperationInfo, init: object | undefined, throwing: boolean): Promise<CallResult> {
    const plan = planFor(operation);
    const given = (init ?? {}) as CallInit;
    if (given.middleware !== undefined && given.middleware.length > 0) {
      throw new ConfigurationError(`${plan.label}: per-call middleware is not supported by Specsmith clients; pass a \`fetch\` function to see or change each attempt's Request.`);
    }
    if (given.baseUrl !== undefined && !checkedBaseUrls.has(given.baseUrl)) {
      assertSecureBaseUrl(given.baseUrl);
      checkedBaseUrls.add(given.baseUrl);
    }
    // Per call only what the call adds; the client's own headers were checked at creation.
    if (given.headers) assertValidHeaders(given.headers, plan.label);
    if (given.params?.header) assertValidHeaders(given.params.header, plan.label);
    const { outgoing, replayable } = outgoingFor(operation, plan, given);
    const call = new Call(client, plan, given.signal ?? undefined, given.parseAs === 'stream', given.fetch ?? client.fetch, replayable);
    // Followed by the call itself, so that no redirect leaves HTTPS or takes credentials elsewhere.
    if (given.redirect === undefined && canFollowRedirects) call.followRedirects = true;

    try {
      const received = await call.run(outgoing);
      const { response } = received;
      if (!response.ok) {
        const error = parseFailureBody(received.bytes);
        const failure = call.failure(response, error, false, { retryAfterMs: received.retryAfterMs });
        if (throwing) throw failure;
        errors.set(response, redactError(failure, redactor));
        return { error, response };
      }
      let data: unknown;
      try {
        data = parseData(received, given.parseAs);
      } catch (error) {
        const notJson = notJsonBody(error, received.bytes, redactor);
        throw new ApiError({ ...call.refusal(response, `${plan.label} got a response body that is not valid JSON ${notJson.detail}`), body: notJson.body, cause: notJson.cause });
      }
      // Where the attempt already parsed this JSON, it has already looked for a failure inside.
      const looked = received.json !== undefined && data === received.json.value;
      if (looked ? received.inside === undefined : !isFailureInside2xx(client.errors.catalogue, data)) return { data, response };
      const failure = call.failure(response, data, true, looked && received.inside ? { inside: received.inside } : {});
      call.journal('application-error', call.startedAt, false, response, data, failure);
      if (throwing) throw failure;
      errors.set(response, redactError(failure, redactor));
      return { error: data, response };
    } catch (error) {
      // Every thrown error leaves through here, so every string in it is redacted, whoever built it.
      if (error instanceof ApiError) {
        error.attempts = Math.max(error.attempts, call.attempts);
        throw redactError(error, redactor);
      }
      if (error instanceof SpecsmithError) throw redactError(error, redactor);
      throw redactError(call.classify(error).error, redactor);
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
