export type { Auth, BearerOptions, TokenProvider } from './auth.js';
export { base64, basicAuth, bearerAuth, bodyTokenAuth, combineAuth, headerAuth } from './auth.js';
export { tokenAuth } from './token-auth.js';
export { backoffDelay } from './backoff.js';
export type { BackoffOptions } from './backoff.js';
export { createCaller, defaultMaxResponseBytes } from './caller.js';
export type { Caller, CallerHandle, CallerOptions, CallResult, FetchFunction } from './caller.js';
export { createApiClient } from './client.js';
export type {
  ApiClient,
  ClientExtras,
  ClientMode,
  DataOf,
  InitOf,
  ItemOf,
  ModeOf,
  OperationOf,
  PageInitOf,
  PaginatedOperationId,
  ThrowingResources,
} from './client.js';
export type { ClientOf, CodeOf, PathsOf, ResourcesOf } from './client.js';
export { createClient } from './create-client.js';
export type { ClientOptions } from './create-client.js';
export { defineVendorClient } from './define-vendor-client.js';
export type { VendorAuthContext, VendorClientFactory, VendorDefinition } from './define-vendor-client.js';
export { sleep, systemClock } from './clock.js';
export * from './errors/index.js';
export { memoryJournal } from './journal.js';
export type { JournalEntry, JournalOutcome, JournalSink } from './journal.js';
export { importPrivateKey, jwtAssertionFactory, signJwt } from './jwt.js';
export type { JwtAlgorithm, JwtSigningOptions } from './jwt.js';
export { createLog } from './logger.js';
export type { Log, Logger, LogLevel } from './logger.js';
export { getPath, isFailureInside2xx, normaliseFailure, readFieldErrors, readMessage } from './normalise-error.js';
export type { ErrorConfig, NormalisedFailure } from './normalise-error.js';
export { grantSecrets, OAuthTokenCache } from './oauth.js';
export type { OAuthGrant, OAuthOptions, TokenSender } from './oauth.js';
export { defaultPacing, Pacer, PacingDeadlineError, readRateLimit } from './pacing.js';
export type { PacingOptions, PacingState, RateLimitSnapshot } from './pacing.js';
export { paginate, PaginationError, parseLinkHeader } from './pagination.js';
export type { Page, PageOptions, Paginator } from './pagination.js';
export { createRedactor, REDACTED, sensitiveFields, sensitiveHeaders } from './redact.js';
export type { RedactOptions, Redactor } from './redact.js';
export { parseRetryAfter } from './retry-after.js';
export { decideRetry, defaultRetry, resolveRetry } from './retry.js';
export type { AttemptFailure, RetryContext, RetryDecision, RetryOptions, RetryState } from './retry.js';
export { assertSecureBaseUrl, isLoopbackHost, isSafeRedirect } from './transport-safety.js';
export type { Clock, ErrorCatalogue, ErrorCodeInfo, OperationInfo, PaginationInfo, VendorRateLimitPolicy, VendorRetryPolicy } from './types.js';
export { commonCallerOptions, pacingFromPolicy, retryFromPolicy, serverUrl } from './options.js';
export type { CommonClientOptions, ServerInfo } from './options.js';
export { tokenEndpoint } from './token-endpoint.js';
