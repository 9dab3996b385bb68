import type { Auth, TokenAttempt, TokenProvider } from '../auth.js';
import type { Outgoing } from './outgoing.js';
import type { Attempt } from './attempt.js';
import type { CallContext } from './call-context.js';
import { callDetails } from './call-errors.js';
import { classify } from './classify.js';
import { journalAttempt } from './journal-attempt.js';

const decoder = new TextDecoder();

/** What putting a fetched token on `request` needs of the call, and nothing more. */
function tokenAttempt(call: CallContext, request: Outgoing): TokenAttempt {
  const { redactor } = call.client;
  return {
    signal: call.lifetime.waitSignal(),
    request,
    label: call.plan.label,
    addSecret: (secret) => redactor.addSecret(secret),
    interrupted: (error) => (call.lifetime.reason ? classify(call, error).error : undefined),
    details: (message) => callDetails(call, redactor.text(message)),
  };
}

/**
 * A fetched token around an attempt: put on its own copy of the request, and on a 401 (the
 * token may have been revoked or expired early) replaced once, the attempt then repeated.
 */
export function authenticated(auth: Auth & { readonly tokens: TokenProvider; readonly applyToken: NonNullable<Auth['applyToken']> }, attempt: Attempt): Attempt {
  const { tokens, applyToken } = auth;
  return async (call, request) => {
    const withToken = { ...request, headers: { ...request.headers } };
    const token = await applyToken(tokens, tokenAttempt(call, withToken));
    const result = await attempt(call, withToken);
    if (result.kind !== 'response' || result.received.response.status !== 401 || call.log.count('token-refresh') > 0) return result;
    tokens.invalidate(token);
    const { response, bytes } = result.received;
    journalAttempt(call, { outcome: 'http-error', startedAt: result.startedAt, willRetry: true, response, body: call.client.journal && bytes ? decoder.decode(bytes) : undefined });
    call.client.log('info', `${call.plan.label}: HTTP 401 with an OAuth token; refreshing the token and trying again`);
    return { kind: 'token-refresh', received: result.received };
  };
}
