import type { PathSerializer } from 'openapi-fetch';
import type { Auth, TokenAttempt } from './auth.js';
import { causeCode, describeCause } from './describe-cause.js';
import { AbortedError, ApiError, ConnectionError, createApiError, ResponseTooLargeError, TimeoutError } from './errors/api-error.js';
import type { JournalOutcome, JournalSink } from './journal.js';
import type { Log } from './logger.js';
import { getPath, isFailureInside2xx, normaliseFailure } from './normalise-error.js';
import type { ErrorConfig, NormalisedFailure } from './normalise-error.js';
import { PacingDeadlineError, readRateLimit } from './pacing.js';
import type { Pacer } from './pacing.js';
import type { Redactor } from './redact.js';
import type { Outgoing } from './outgoing.js';
import { announcedLength, readBody } from './read-body.js';
import { maxRedirects, redirectRequest, redirectTarget } from './redirect.js';
import { parseRetryAfter } from './retry-after.js';
import { decideRetry } from './retry.js';
import type { AttemptFailure, RetryState } from './retry.js';
import { isSafeRedirect } from './transport-safety.js';
import type { Clock, OperationInfo } from './types.js';
import { watchdog } from './watchdog.js';
import { withSignal } from './with-signal.js';

/** A fetch to send with instead of the global one; it gets each attempt as a Request. */
export type FetchFunction = (input: Request) => Promise<Response>;

/** What one call got back: the final response and, unless streamed, its body read in full. */
export interface Received {
  readonly response: Response;
  /** Undefined for a streamed body and for statuses that have none. */
  readonly bytes: Uint8Array | undefined;
  /** The JSON of a 2xx body when it was already parsed to look for a vendor failure inside. */
  readonly json?: { readonly value: unknown };
  /** The vendor failure found inside that JSON, already read (not looked for again when settling). */
  readonly inside?: NormalisedFailure;
  /** A failed response's Retry-After, already read. */
  readonly retryAfterMs?: number | undefined;
}

/** What a client resolves once and every call of it shares. */
export interface ClientContext {
  readonly vendor: string;
  /** Undefined: the global fetch, called with (url, init) so no Request is built for it. */
  readonly fetch: FetchFunction | undefined;
  readonly retry: RetryState;
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly journal: JournalSink | undefined;
  readonly errors: ErrorConfig;
  readonly requestIdHeaders: readonly string[];
  readonly throwOnError: boolean;
  readonly clock: Clock;
  readonly auth: Auth;
  readonly pacer: Pacer | undefined;
  readonly redactor: Redactor;
  readonly log: Log;
  /** `host[:port]` of the base URL, for messages. */
  readonly host: string;
  /** The base URL without a trailing slash. */
  readonly baseUrl: string;
  /** Longest body read into memory, in bytes; 0 = no limit. */
  readonly maxResponseBytes: number;
  /** Headers dropped when a redirect leaves the origin (lower-case). */
  readonly credentialHeaders: readonly string[];
}

/** What a client knows about an operation, worked out on its first call. */
export interface OperationPlan {
  readonly operation: OperationInfo;
  readonly label: string;
  readonly bodyTokenField: string | null;
  readonly contentType: string | undefined;
  /** openapi-fetch's path serializer, checked so no parameter changes the path's shape. */
  readonly pathSerializer: PathSerializer;
}

const unsentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

const decoder = new TextDecoder();
const ignore = () => {};

/**
 * A custom fetch's answer, or the signal's reason as soon as it aborts: a fetch that ignores its
 * signal (a test double, a proxy) must not make a timeout or deadline wait forever. A response
 * that arrives after that has its body cancelled. The global fetch honours its signal itself.
 */
function settledOnAbort(pending: Promise<Response>, signal: AbortSignal): Promise<Response> {
  const answer = withSignal(pending, signal);
  answer.catch(() => {
    if (signal.aborted) pending.then((late) => late.body?.cancel().catch(ignore), ignore);
  });
  return answer;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One call of one operation: its attempts, timers and what it learnt on the way. */
export class Call {
  attempts = 0;
  retries = 0;
  refreshed = false;
  safe: boolean;
  lastRequest: Outgoing | undefined;
  reason: 'user' | 'deadline' | undefined;
  attemptTimedOut = false;
  /** Follow redirects here (the request was made with `redirect: 'manual'`), checking each target. */
  followRedirects = false;
  /** This attempt followed a redirect: what went before it reached the server, so a later failure is never "unsent". */
  redirected = false;
  readonly startedAt: number;
  readonly deadlineAt: number;
  /** Aborted on the caller's abort or the deadline; made only when a wait needs it (AbortControllers are not free). */
  private waitController: AbortController | undefined;
  attempt = new AbortController();
  /** When the watchdog stops this call (`performance.now()`): the attempt's timeout or the deadline, whichever is first. */
  dueAt = Number.POSITIVE_INFINITY;
  /** The deadline on the monotonic clock the watchdog uses (the injected clock may be a fake). */
  private readonly deadlineDueAt: number;
  private readonly onUserAbort = () => this.abort('user');

  constructor(
    readonly client: ClientContext,
    readonly plan: OperationPlan,
    readonly userSignal: AbortSignal | undefined,
    readonly streaming: boolean,
    readonly fetchImpl: FetchFunction | undefined,
    readonly replayable: boolean,
  ) {
    this.safe = plan.operation.idempotent;
    this.startedAt = client.clock.now();
    this.deadlineAt = this.client.deadlineMs > 0 ? this.startedAt + this.client.deadlineMs : Number.POSITIVE_INFINITY;
    this.deadlineDueAt = this.client.deadlineMs > 0 ? performance.now() + this.client.deadlineMs : Number.POSITIVE_INFINITY;
    if (userSignal?.aborted) this.abort('user');
    else userSignal?.addEventListener('abort', this.onUserAbort, { once: true });
  }

  abort(reason: 'user' | 'deadline') {
    this.reason ??= reason;
    this.waitController?.abort();
    this.attempt.abort();
  }

  /** What putting a fetched token on `request` needs of this call, and nothing more. */
  private tokenAttempt(request: Outgoing): TokenAttempt {
    return {
      signal: this.waitSignal(),
      request,
      label: this.plan.label,
      addSecret: (secret) => this.client.redactor.addSecret(secret),
      interrupted: (error) => (this.reason ? this.classify(error).error : undefined),
      details: (message) => this.details(this.text(message)),
    };
  }

  /** The signal that ends a wait (retry backoff, pacing, token refresh) on abort or deadline. */
  waitSignal(): AbortSignal {
    if (!this.waitController) {
      this.waitController = new AbortController();
      if (this.reason) this.waitController.abort();
    }
    // The first wait can come before any attempt (pacing, a token): the deadline must end it too.
    if (this.dueAt === Number.POSITIVE_INFINITY) this.watchDeadline();
    return this.waitController.signal;
  }

  /** The watchdog's callback: the deadline passed, or else this attempt's timeout. */
  expire(now: number) {
    if (now >= this.deadlineDueAt) {
      this.abort('deadline');
    } else {
      this.attemptTimedOut = true;
      this.attempt.abort();
    }
  }

  armAttemptTimer() {
    this.attemptTimedOut = false;
    const { timeoutMs } = this.client;
    if (this.reason) return;
    this.dueAt = timeoutMs > 0 ? Math.min(performance.now() + timeoutMs, this.deadlineDueAt) : this.deadlineDueAt;
    if (this.dueAt !== Number.POSITIVE_INFINITY) watchdog.watch(this);
  }

  disarmAttemptTimer() {
    this.watchDeadline();
  }

  /** Between attempts (and before the first) only the deadline stops the call. */
  private watchDeadline() {
    this.dueAt = this.deadlineDueAt;
    // Once aborted, every later wait and attempt is aborted too; nothing is left to stop.
    if (this.dueAt === Number.POSITIVE_INFINITY || this.reason) watchdog.unwatch(this);
    else watchdog.watch(this);
  }

  dispose() {
    watchdog.unwatch(this);
    // A streamed body outlives the call; the caller's signal must still be able to stop it.
    if (!this.streaming) this.userSignal?.removeEventListener('abort', this.onUserAbort);
  }

  /** Sends one attempt: the global fetch gets (url, init), a custom fetch a Request. */
  private send(outgoing: Outgoing): Promise<Response> {
    const init: RequestInit = { ...outgoing.init, method: outgoing.method, headers: outgoing.headers, signal: this.attempt.signal };
    if (outgoing.body !== undefined && outgoing.body !== null) init.body = outgoing.body;
    if (this.followRedirects) init.redirect = 'manual';
    if (!this.fetchImpl) return fetch(outgoing.url, init);
    return settledOnAbort(this.fetchImpl(new Request(outgoing.url, init)), this.attempt.signal);
  }

  /** A retry gets a fresh signal; a new FormData boundary needs fetch to write the Content-Type again. */
  private renew(outgoing: Outgoing): Outgoing {
    this.attempt = new AbortController();
    if (this.reason) this.attempt.abort();
    if (typeof FormData !== 'undefined' && outgoing.body instanceof FormData) delete outgoing.headers['content-type'];
    return outgoing;
  }

  /** The error for a failure without a response, and how retrying sees it. */
  classify(error: unknown): { error: ApiError; failure: AttemptFailure | undefined; outcome: JournalOutcome } {
    const { label } = this.plan;
    const { deadlineMs, timeoutMs } = this.client;
    if (this.reason === 'user') {
      const reason = this.userSignal?.reason as { name?: unknown } | undefined;
      if (reason?.name === 'TimeoutError') {
        const elapsed = this.client.clock.now() - this.startedAt;
        return {
          error: new TimeoutError({ ...this.details(this.text(`${label} timed out: the caller's signal fired after ${elapsed} ms`)), retryable: true, timeoutMs: elapsed, scope: 'deadline', cause: reason }),
          failure: undefined,
          outcome: 'timeout',
        };
      }
      return { error: new AbortedError({ ...this.details(`${label} was aborted by the caller`), retryable: false, cause: reason }), failure: undefined, outcome: 'aborted' };
    }
    if (this.reason === 'deadline' || error instanceof PacingDeadlineError) {
      const detail = error instanceof PacingDeadlineError ? ` (the rate-limit budget frees up only in ${error.waitMs} ms)` : '';
      return {
        error: new TimeoutError({ ...this.details(`${label} did not complete within its deadline of ${deadlineMs} ms${detail}${this.after()}`), retryable: true, timeoutMs: deadlineMs, scope: 'deadline' }),
        failure: undefined,
        outcome: 'timeout',
      };
    }
    if (this.attemptTimedOut) {
      return {
        error: new TimeoutError({ ...this.details(`${label} got no complete response within ${timeoutMs} ms${this.after()}`), retryable: true, timeoutMs, scope: 'attempt' }),
        failure: { kind: 'timeout' },
        outcome: 'timeout',
      };
    }
    if (error instanceof ApiError) return { error, failure: undefined, outcome: error.status === undefined ? 'connection-error' : 'response-refused' };
    const code = causeCode(error);
    return {
      error: new ConnectionError({ ...this.details(this.text(`${label} could not reach ${this.client.host}: ${describeCause(error)}${this.after()}`)), retryable: true, cause: error }),
      failure: { kind: 'network', unsent: !this.redirected && code !== undefined && unsentCodes.has(code) },
      outcome: 'connection-error',
    };
  }

  url(): string {
    return this.client.redactor.text(this.lastRequest?.url ?? `${this.client.baseUrl}${this.plan.operation.path}`);
  }

  /** What every error of this call carries; `message` as given (redact it first where it can hold a value). */
  details(message: string) {
    const { operation } = this.plan;
    return { message, operationId: operation.operationId, method: operation.method.toUpperCase(), url: this.url(), attempts: this.attempts };
  }

  after(): string {
    return this.attempts > 1 ? ` (after ${plural(this.attempts, 'attempt')})` : '';
  }

  text(value: string): string {
    return this.client.redactor.text(value);
  }

  /** Journals one failed attempt; `body` is the response body as read (text or JSON). */
  journal(outcome: JournalOutcome, startedAt: number, willRetry: boolean, response?: Response, body?: unknown, error?: Error) {
    const { journal: sink, redactor, clock, log } = this.client;
    const request = this.lastRequest;
    if (!sink || !request) return;
    const now = clock.now();
    const entry = {
      timestamp: new Date(now).toISOString(),
      vendor: this.client.vendor,
      operationId: this.plan.operation.operationId,
      attempt: this.attempts,
      outcome,
      durationMs: now - startedAt,
      willRetry,
      request: {
        method: request.method,
        url: redactor.text(request.url),
        headers: redactor.headers(request.headers),
        ...(request.body === undefined || request.body === null ? {} : { body: redactor.body(request.body, request.headers['content-type'] ?? null) }),
      },
      ...(response
        ? {
            response: {
              status: response.status,
              statusText: response.statusText,
              headers: redactor.headers(response.headers),
              ...(body === undefined ? {} : { body: redactor.body(body, response.headers.get('content-type')) }),
            },
          }
        : {}),
      ...(error ? { error: { name: error.name, message: redactor.text(error.message) } } : {}),
    };
    const failed = (cause: unknown) => log('warn', `journal sink failed: ${describeCause(cause)}`);
    try {
      const written = sink.write(entry);
      if (written) written.catch(failed);
    } catch (cause) {
      failed(cause);
    }
  }

  private async wait(ms: number) {
    try {
      await this.client.clock.sleep(ms, this.waitSignal());
    } catch (error) {
      throw this.classify(error).error;
    }
  }

  /** Counts, logs and waits out one retry; `what` says why (`HTTP 503`). */
  private async retry(what: string, waitMs: number) {
    this.retries += 1;
    this.client.log('info', `${this.plan.label}: ${what}; retry ${this.retries} of ${this.client.retry.maxRetries} in ${waitMs} ms`);
    await this.wait(waitMs);
  }

  /** Every attempt of this call runs here: pacing, token, timeout, body read, retries. */
  async run(original: Outgoing): Promise<Received> {
    const client = this.client;
    const { pacer, auth, clock, retry } = client;
    const label = this.plan.label;
    const headers = original.headers;
    this.safe ||= retry.idempotencyHeaders.some((name) => headers[name.toLowerCase()] !== undefined);
    for (;;) {
      this.attempts += 1;
      const current = this.attempts === 1 ? original : this.renew(original);
      this.lastRequest = current;
      if (pacer && !pacer.tryAcquire()) {
        try {
          const waited = await pacer.acquire(this.waitSignal(), this.deadlineAt);
          if (waited > 0) client.log('debug', `${label}: paced for ${waited} ms to stay under the rate limit`);
        } catch (error) {
          throw this.classify(error).error;
        }
      }
      const tokens = auth.tokens;
      // Set by tokenAuth (createCaller refuses `tokens` without it), so clients without tokens do not bundle it.
      const token = tokens ? await auth.applyToken?.(tokens, this.tokenAttempt(current)) : undefined;
      const startedAt = clock.now();
      this.armAttemptTimer();
      let response: Response;
      let body: unknown;
      let bytes: Uint8Array | undefined;
      try {
        response = this.followRedirects ? await this.exchange(current) : await this.send(current);
        // Read the body inside the attempt: the timeout covers it and a cut-off body can be retried.
        if (!this.streaming && !nullBodyStatuses.has(response.status) && current.method !== 'HEAD') {
          bytes = await readBody(response, client.maxResponseBytes);
          if (bytes === undefined) throw this.tooLarge(response);
          if (response.ok && bytes.length === 0) this.assertBodyNotRequired(response);
          if (!response.ok && client.journal) body = decoder.decode(bytes);
        }
      } catch (error) {
        this.disarmAttemptTimer();
        const { error: failure, failure: kind, outcome } = this.classify(error);
        const decision = kind ? decideRetry(retry, kind, this.retryContext()) : undefined;
        this.journal(outcome, startedAt, decision?.retry === true, undefined, undefined, failure);
        if (!decision?.retry) {
          failure.attempts = this.attempts;
          throw failure;
        }
        await this.retry(`${failure.name} (${failure.message})`, decision.waitMs);
        continue;
      }
      this.disarmAttemptTimer();

      const { status } = response;
      const now = clock.now();
      // A success has no wait to honour; not reading Retry-After spares two header lookups per call.
      const retryAfterMs = response.ok ? undefined : parseRetryAfter(response.headers, now);
      pacer?.observe(response.headers, status, retryAfterMs);
      if (response.ok) {
        const json = bytes ? this.jsonIfCatalogued(bytes) : undefined;
        const inside = json && isFailureInside2xx(client.errors.catalogue, json.value) ? normaliseFailure(client.errors, 200, json.value, true) : undefined;
        if (inside) {
          // A vendor code inside a 2xx that the catalogue marks retryable (Altcraft 500) is retried like a 5xx, when the operation is safe to repeat.
          const decision = decideRetry(retry, { kind: 'application', retryable: inside.retryable }, this.retryContext());
          if (decision.retry) {
            this.journal('application-error', startedAt, true, response, json?.value);
            await this.retry(`vendor code ${String(inside.rawCode)} inside HTTP ${status}`, decision.waitMs);
            continue;
          }
        }
        return { response, bytes, ...(json ? { json } : {}), ...(inside ? { inside } : {}) };
      }

      if (status === 401 && token !== undefined && !this.refreshed) {
        // The token may have been revoked or expired early: fetch a new one and try once more.
        this.refreshed = true;
        tokens?.invalidate(token);
        this.journal('http-error', startedAt, true, response, body);
        client.log('info', `${label}: HTTP 401 with an OAuth token; refreshing the token and trying again`);
        continue;
      }
      const resetAt = status === 429 ? readRateLimit(response.headers, 'auto', now)?.resetAt : undefined;
      const decision = decideRetry(retry, { kind: 'status', status, retryAfterMs, resetMs: resetAt === undefined ? undefined : Math.max(0, resetAt - now) }, this.retryContext());
      this.journal('http-error', startedAt, decision.retry, response, body);
      if (!decision.retry) {
        if (this.attempts > 1 || status === 429) client.log('debug', `${label}: HTTP ${status}, not retrying: ${decision.reason}`);
        return { response, bytes, retryAfterMs };
      }
      if (this.streaming) await response.body?.cancel();
      await this.retry(`HTTP ${status}`, decision.waitMs);
    }
  }

  /**
   * Sends one attempt and follows its redirects the way fetch would, but only to https:// (or
   * loopback http:// from loopback), without credential headers or a body for another origin,
   * and at most `maxRedirects` times. A redirect it cannot follow that way is the response.
   */
  private async exchange(request: Outgoing): Promise<Response> {
    this.redirected = false;
    let response = await this.send(request);
    for (let hops = 0; ; hops++) {
      const target = redirectTarget(response, request.url);
      if (!target) return response;
      if (!isSafeRedirect(new URL(request.url), target) || hops === maxRedirects) {
        response.body?.cancel().catch(ignore);
        const why = hops === maxRedirects
          ? `was redirected more than ${maxRedirects} times`
          : `got a redirect (HTTP ${response.status}) to ${target.protocol}//${target.host}, which it will not follow: a redirect must go to https:// (or http:// from one loopback host to another)`;
        throw new ApiError(this.refusal(response, `${this.plan.label} ${why}`));
      }
      const next = redirectRequest(request, response.status, target, this.replayable, this.client.credentialHeaders);
      if (!next) return response;
      response.body?.cancel().catch(ignore);
      request = next;
      this.lastRequest = next;
      this.redirected = true;
      response = await this.send(next);
    }
  }

  /**
   * A 2xx with an empty body where the spec promises one is not a success: for a write it
   * would report as done something the server may never have done.
   */
  private assertBodyNotRequired(response: Response): void {
    const { operation, label } = this.plan;
    const promised = operation.responseMediaTypes;
    if (promised.length === 0 || operation.method === 'head') return;
    throw new ApiError(this.refusal(response, `${label} got an HTTP ${response.status} response with an empty body where the spec promises ${promised.join(' or ')}`));
  }

  /** The 2xx body's JSON, parsed only for vendors whose catalogue has a success marker (a failure may hide inside). */
  private jsonIfCatalogued(bytes: Uint8Array): { value: unknown } | undefined {
    if (!this.client.errors.catalogue?.success || bytes.length === 0) return undefined;
    try {
      return { value: JSON.parse(decoder.decode(bytes)) };
    } catch {
      return undefined; // Not JSON: reported when the caller parses the body.
    }
  }

  /** The error for a body over `maxResponseBytes`. */
  private tooLarge(response: Response): ResponseTooLargeError {
    const limit = this.client.maxResponseBytes;
    const announced = announcedLength(response);
    const what = announced !== undefined && announced > limit ? `whose Content-Length of ${announced} bytes is` : 'whose body is';
    const message =
      `${this.plan.label} got an HTTP ${response.status} response ${what} over the limit of ${limit} bytes; ` +
      'raise the client option maxResponseBytes (0 = no limit) if responses this large are expected';
    return new ResponseTooLargeError({ ...this.refusal(response, message), limitBytes: limit });
  }

  /** A response the client will not use: never retried, the same request would get the same answer. */
  refusal(response: Response, message: string) {
    return {
      ...this.details(this.text(message)),
      status: response.status,
      requestId: this.requestId(response),
      retryable: false,
      headers: this.client.redactor.headers(response.headers),
      response,
    };
  }

  retryContext() {
    const { clock } = this.client;
    return { retries: this.retries, safe: this.safe, replayable: this.replayable, now: clock.now(), deadlineAt: this.deadlineAt, random: clock.random() };
  }

  /**
   * The typed error for a response that failed (non-2xx, or a failure inside a 2xx body).
   * `known` carries what the attempt already read of it, so nothing is read twice.
   */
  failure(response: Response, body: unknown, inside2xx: boolean, known: Pick<Received, 'inside' | 'retryAfterMs'> = {}): ApiError {
    const { errors, clock, redactor } = this.client;
    const { status } = response;
    const normalised = known.inside ?? normaliseFailure(errors, status, body, inside2xx);
    const retryAfterMs = 'retryAfterMs' in known ? known.retryAfterMs : parseRetryAfter(response.headers, clock.now());
    return createApiError(normalised.kind, {
      ...this.details(this.text(this.describe(status, normalised, inside2xx, body))),
      status,
      code: normalised.code,
      codeName: normalised.codeName,
      vendorMessage: normalised.vendorMessage === undefined ? undefined : this.text(normalised.vendorMessage),
      fieldErrors: normalised.fieldErrors.map((item) => ({ field: this.text(item.field), message: this.text(item.message) })),
      requestId: this.requestId(response),
      retryable: normalised.retryable,
      body: redactor.value(body),
      headers: redactor.headers(response.headers),
      response,
      retryAfterMs,
    });
  }

  private describe(status: number, failure: NormalisedFailure, inside2xx: boolean, body: unknown): string {
    const { codeName, rawCode, vendorMessage, fieldErrors } = failure;
    const name = codeName ? ` (${codeName})` : '';
    let what: string;
    if (inside2xx) {
      const success = this.client.errors.catalogue?.success;
      const flag = success ? `${success.field}: ${JSON.stringify(getPath(body, success.field))}` : 'a failure';
      what = `${rawCode !== undefined ? `error ${rawCode}${name}` : flag} in an HTTP ${status} response`;
    } else if (rawCode !== undefined && String(rawCode) !== String(status)) {
      what = `HTTP ${status}, error ${rawCode}${name}`;
    } else {
      what = `HTTP ${status}${name}`;
    }
    const message = vendorMessage ? `: ${vendorMessage}` : '';
    const fields = fieldErrors.length ? ` [${fieldErrors.map((item) => (item.field ? `${item.field}: ${item.message}` : item.message)).join('; ')}]` : '';
    return `${this.plan.label} failed with ${what}${message}${fields}${this.after()}`;
  }

  private requestId(response: Response): string | undefined {
    const { requestIdHeaders, redactor } = this.client;
    for (const name of requestIdHeaders) {
      const value = response.headers.get(name);
      if (value) return redactor.text(value);
    }
    // Altcraft: the X-Request-ID the client sent identifies the request when the server echoes none.
    const sent = this.lastRequest?.headers['x-request-id'];
    return sent ? redactor.text(sent) : undefined;
  }
}
