import { ApiError } from '../errors/api-error.js';
import type { Outgoing } from './outgoing.js';
import { maxRedirects, redirectRequest, redirectTarget } from './redirect.js';
import { isSafeRedirect } from '../transport-safety.js';
import { withSignal } from './with-signal.js';
import type { CallContext } from './call-context.js';
import { refusal } from './call-errors.js';

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

/** Sends one request: the global fetch gets (url, init), a custom fetch a Request. */
function fetchOnce(call: CallContext, outgoing: Outgoing): Promise<Response> {
  const signal = call.lifetime.attemptSignal;
  const init: RequestInit = { ...outgoing.init, method: outgoing.method, headers: outgoing.headers, signal };
  if (outgoing.body !== undefined && outgoing.body !== null) init.body = outgoing.body;
  if (call.followRedirects) init.redirect = 'manual';
  if (!call.fetch) return fetch(outgoing.url, init);
  return settledOnAbort(call.fetch(new Request(outgoing.url, init)), signal);
}

/**
 * Sends one attempt. Where the client follows redirects itself it does so the way fetch would,
 * but only to https:// (or loopback http:// from loopback), without credential headers or a
 * body for another origin, and at most `maxRedirects` times. A redirect it cannot follow that
 * way is the response.
 */
export async function send(call: CallContext, request: Outgoing): Promise<Response> {
  call.log.sent(request);
  let response = await fetchOnce(call, request);
  if (!call.followRedirects) return response;
  for (let hops = 0; ; hops++) {
    const target = redirectTarget(response, request.url);
    if (!target) return response;
    if (!isSafeRedirect(new URL(request.url), target) || hops === maxRedirects) {
      response.body?.cancel().catch(ignore);
      const why =
        hops === maxRedirects
          ? `was redirected more than ${maxRedirects} times`
          : `got a redirect (HTTP ${response.status}) to ${target.protocol}//${target.host}, which it will not follow: a redirect must go to https:// (or http:// from one loopback host to another)`;
      throw new ApiError(refusal(call, response, `${call.plan.label} ${why}`));
    }
    const next = redirectRequest(request, response.status, target, call.replayable, call.client.credentialHeaders);
    if (!next) return response;
    response.body?.cancel().catch(ignore);
    request = next;
    call.log.sent(next, true);
    response = await fetchOnce(call, next);
  }
}
