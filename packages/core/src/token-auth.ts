import type { Auth, TokenAttempt, TokenProvider } from './auth.js';
import { describeCause } from './internal/describe-cause.js';
import { ApiError, AuthenticationError } from './errors/api-error.js';
import { SpecsmithError } from './errors/base.js';
import { isValidHeaderValue } from './internal/header-safety.js';

/** The error of a call whose token could not be had. */
function tokenError(attempt: TokenAttempt, error: unknown): ApiError {
  const inner = error instanceof ApiError ? error : undefined;
  return new AuthenticationError({
    ...attempt.details(`${attempt.label} could not get an OAuth access token: ${inner ? inner.message : describeCause(error)}`),
    status: inner?.status,
    fieldErrors: inner?.fieldErrors ?? [],
    retryable: inner?.retryable ?? false,
    body: inner?.body,
    headers: inner?.headers ?? {},
    cause: error,
  });
}

/**
 * Puts the provider's token on one attempt as `Authorization: Bearer`, after checking it can be
 * sent in a header; resolves to the token (so a 401 can invalidate it). Lives here, not in the
 * call, so that clients without tokens do not bundle it.
 */
async function applyToken(tokens: TokenProvider, attempt: TokenAttempt): Promise<string> {
  let token: string;
  try {
    token = await tokens.get(attempt.signal);
  } catch (error) {
    throw attempt.interrupted(error) ?? tokenError(attempt, error);
  }
  attempt.addSecret(token);
  if (!isValidHeaderValue(token)) {
    // A CR or LF would let the token endpoint inject headers; forget it so the next call fetches another.
    tokens.invalidate(token);
    throw tokenError(attempt, new SpecsmithError('the access token has a control character or a character above U+00FF, so it cannot be sent in a header'));
  }
  attempt.request.headers['authorization'] = `Bearer ${token}`;
  return token;
}

/** A bearer token from a provider (OAuth), refreshed as it expires. */
export function tokenAuth(tokens: TokenProvider): Auth {
  return { tokens, applyToken, secrets: [] };
}
