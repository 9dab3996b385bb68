import { createApiError, ResponseTooLargeError } from '../errors/api-error.js';
import type { ApiError } from '../errors/api-error.js';
import { getPath, normaliseFailure } from '../normalise-error.js';
import type { NormalisedFailure } from '../normalise-error.js';
import { announcedLength } from './read-body.js';
import { parseRetryAfter } from '../retry-after.js';
import type { CallContext } from './call-context.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** ` (after 3 attempts)` once the call has made more than one. */
export function afterAttempts(call: CallContext): string {
  const attempts = call.log.attempts;
  return attempts > 1 ? ` (after ${plural(attempts, 'attempt')})` : '';
}

/** What every error of this call carries; `message` as given (redact it first where it can hold a value). */
export function callDetails(call: CallContext, message: string) {
  const { operation } = call.plan;
  const url = call.client.redactor.text((call.log.lastRequest ?? call.request).url);
  return { message, operationId: operation.operationId, method: operation.method.toUpperCase(), url, attempts: call.log.attempts };
}

function requestId(call: CallContext, response: Response): string | undefined {
  const { requestIdHeaders, redactor } = call.client;
  for (const name of requestIdHeaders) {
    const value = response.headers.get(name);
    if (value) return redactor.text(value);
  }
  // Altcraft: the X-Request-ID the client sent identifies the request when the server echoes none.
  const sent = call.log.lastRequest?.headers['x-request-id'];
  return sent ? redactor.text(sent) : undefined;
}

/** A response the client will not use: never retried, the same request would get the same answer. */
export function refusal(call: CallContext, response: Response, message: string) {
  const { redactor } = call.client;
  return {
    ...callDetails(call, redactor.text(message)),
    status: response.status,
    requestId: requestId(call, response),
    retryable: false,
    headers: redactor.headers(response.headers),
    response,
  };
}

/** The error for a body over `maxResponseBytes`. */
export function tooLarge(call: CallContext, response: Response): ResponseTooLargeError {
  const limit = call.client.maxResponseBytes;
  const announced = announcedLength(response);
  const what = announced !== undefined && announced > limit ? `whose Content-Length of ${announced} bytes is` : 'whose body is';
  const message =
    `${call.plan.label} got an HTTP ${response.status} response ${what} over the limit of ${limit} bytes; ` +
    'raise the client option maxResponseBytes (0 = no limit) if responses this large are expected';
  return new ResponseTooLargeError({ ...refusal(call, response, message), limitBytes: limit });
}

function describe(call: CallContext, status: number, failure: NormalisedFailure, inside2xx: boolean, body: unknown): string {
  const { codeName, rawCode, vendorMessage, fieldErrors } = failure;
  const name = codeName ? ` (${codeName})` : '';
  let what: string;
  if (inside2xx) {
    const success = call.client.errors.catalogue?.success;
    const flag = success ? `${success.field}: ${JSON.stringify(getPath(body, success.field))}` : 'a failure';
    what = `${rawCode !== undefined ? `error ${rawCode}${name}` : flag} in an HTTP ${status} response`;
  } else if (rawCode !== undefined && String(rawCode) !== String(status)) {
    what = `HTTP ${status}, error ${rawCode}${name}`;
  } else {
    what = `HTTP ${status}${name}`;
  }
  const message = vendorMessage ? `: ${vendorMessage}` : '';
  const fields = fieldErrors.length ? ` [${fieldErrors.map((item) => (item.field ? `${item.field}: ${item.message}` : item.message)).join('; ')}]` : '';
  return `${call.plan.label} failed with ${what}${message}${fields}${afterAttempts(call)}`;
}

/** What the attempt already read of a failed response, so nothing is read twice. */
export interface KnownFailure {
  readonly inside?: NormalisedFailure | undefined;
  readonly retryAfterMs?: number | undefined;
}

/** The typed error for a response that failed (non-2xx, or a failure inside a 2xx body). */
export function responseFailure(call: CallContext, response: Response, body: unknown, inside2xx: boolean, known: KnownFailure = {}): ApiError {
  const { errors, clock, redactor } = call.client;
  const { status } = response;
  const normalised = known.inside ?? normaliseFailure(errors, status, body, inside2xx);
  const retryAfterMs = 'retryAfterMs' in known ? known.retryAfterMs : parseRetryAfter(response.headers, clock.now());
  return createApiError(normalised.kind, {
    ...callDetails(call, redactor.text(describe(call, status, normalised, inside2xx, body))),
    status,
    code: normalised.code,
    codeName: normalised.codeName,
    vendorMessage: normalised.vendorMessage === undefined ? undefined : redactor.text(normalised.vendorMessage),
    fieldErrors: normalised.fieldErrors.map((item) => ({ field: redactor.text(item.field), message: redactor.text(item.message) })),
    requestId: requestId(call, response),
    retryable: normalised.retryable,
    body: redactor.value(body),
    headers: redactor.headers(response.headers),
    response,
    retryAfterMs,
  });
}
