import { ApiError } from '../errors/api-error.js';
import { isFailureInside2xx, normaliseFailure } from '../normalise-error.js';
import type { NormalisedFailure } from '../normalise-error.js';
import type { Outgoing } from './outgoing.js';
import { readBody } from './read-body.js';
import { parseRetryAfter } from '../retry-after.js';
import type { CallContext } from './call-context.js';
import { refusal, tooLarge } from './call-errors.js';
import { send } from './send.js';

/** What one attempt got back: the response and, unless streamed, its body read in full. */
export interface Received {
  readonly response: Response;
  /** Undefined for a streamed body and for statuses that have none. */
  readonly bytes: Uint8Array | undefined;
  /** The JSON of a 2xx body when it was already parsed to look for a vendor failure inside. */
  readonly json?: { readonly value: unknown };
  /** The vendor failure found inside that JSON. */
  readonly inside?: NormalisedFailure;
  /** A failed response's Retry-After. */
  readonly retryAfterMs?: number | undefined;
}

/** How one attempt ended, as the policies around it see it. */
type AttemptResult =
  | { readonly kind: 'response'; readonly received: Received; readonly startedAt: number }
  /** Thrown while sending or reading: classified by the retry loop. */
  | { readonly kind: 'error'; readonly error: unknown; readonly startedAt: number }
  /** The token was refused and replaced: send again at once. */
  | { readonly kind: 'token-refresh'; readonly received: Received };

/** One attempt, or a policy wrapped around it. */
export type Attempt = (call: CallContext, request: Outgoing) => Promise<AttemptResult>;

const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
const decoder = new TextDecoder();

/**
 * A 2xx with an empty body where the spec promises one is not a success: for a write it
 * would report as done something the server may never have done.
 */
function assertBodyNotRequired(call: CallContext, response: Response): void {
  const { operation, label } = call.plan;
  const promised = operation.responseMediaTypes;
  if (promised.length === 0 || operation.method === 'head') return;
  throw new ApiError(refusal(call, response, `${label} got an HTTP ${response.status} response with an empty body where the spec promises ${promised.join(' or ')}`));
}

/** The 2xx body's JSON, parsed only for vendors whose catalogue has a success marker (a failure may hide inside). */
function jsonIfCatalogued(call: CallContext, bytes: Uint8Array): { value: unknown } | undefined {
  if (!call.client.errors.catalogue?.success || bytes.length === 0) return undefined;
  try {
    return { value: JSON.parse(decoder.decode(bytes)) };
  } catch {
    return undefined; // Not JSON: reported when the body is parsed for the caller.
  }
}

/** Sends the request and reads the body inside the attempt, so the timeout covers it and a cut-off body can be retried. */
export const attemptOnce: Attempt = async (call, request) => {
  const { client, lifetime } = call;
  const startedAt = client.clock.now();
  lifetime.startAttemptTimer();
  let response: Response;
  let bytes: Uint8Array | undefined;
  try {
    response = await send(call, request);
    if (!call.streaming && !nullBodyStatuses.has(response.status) && request.method !== 'HEAD') {
      bytes = await readBody(response, client.maxResponseBytes);
      if (bytes === undefined) throw tooLarge(call, response);
      if (response.ok && bytes.length === 0) assertBodyNotRequired(call, response);
    }
  } catch (error) {
    lifetime.stopAttemptTimer();
    return { kind: 'error', error, startedAt };
  }
  lifetime.stopAttemptTimer();
  if (!response.ok) return { kind: 'response', received: { response, bytes, retryAfterMs: parseRetryAfter(response.headers, client.clock.now()) }, startedAt };
  const json = bytes ? jsonIfCatalogued(call, bytes) : undefined;
  if (!json) return { kind: 'response', received: { response, bytes }, startedAt };
  const inside = isFailureInside2xx(client.errors.catalogue, json.value) ? normaliseFailure(client.errors, 200, json.value, true) : undefined;
  return { kind: 'response', received: inside ? { response, bytes, json, inside } : { response, bytes, json }, startedAt };
};
