// The public API: what wrappers and applications use. The request pipeline's mechanics are in
// internal/ and the serializers in serialize/, neither exported.

// Clients: a vendor wrapper's factory, a client for any generated package, and the caller beneath.
export { defineVendorClient } from './define-vendor-client.js';
export type { VendorAuthContext, VendorClientFactory, VendorDefinition } from './define-vendor-client.js';
export { createClient } from './create-client.js';
export type { ClientOptions } from './create-client.js';
export { createCaller, defaultMaxResponseBytes } from './caller.js';
export type { Caller, CallerHandle, CallerOptions, CallResult, FetchFunction } from './caller.js';
export { commonCallerOptions, serverUrl } from './options.js';
export type { CommonClientOptions, ServerInfo } from './options.js';
export type {
  ApiClient,
  ClientExtras,
  ClientMode,
  ClientOf,
  CodeOf,
  DataOf,
  InitOf,
  ItemOf,
  ModeOf,
  OperationOf,
  PageInitOf,
  PaginatedOperationId,
  PathsOf,
  ResourcesOf,
  ThrowingResources,
} from './client.js';
export type { Clock, ErrorCatalogue, ErrorCodeInfo, OperationInfo, PaginationInfo, VendorRateLimitPolicy, VendorRetryPolicy } from './types.js';

// Credentials.
export type { Auth, BearerOptions, TokenProvider } from './auth.js';
export { base64, basicAuth, bearerAuth, bodyTokenAuth, combineAuth, headerAuth } from './auth.js';
export { tokenAuth } from './token-auth.js';
export { grantSecrets, OAuthTokenCache } from './oauth.js';
export type { OAuthGrant, OAuthOptions, TokenSender } from './oauth.js';
export { tokenEndpoint } from './token-endpoint.js';
export { importPrivateKey, jwtAssertionFactory } from './jwt.js';
export type { JwtAlgorithm, JwtSigningOptions } from './jwt.js';

// Errors, and how a vendor's failures are read.
export * from './errors/index.js';
export { normaliseFailure, readFieldErrors, readMessage } from './normalise-error.js';
export type { ErrorConfig, NormalisedFailure } from './normalise-error.js';

// Fleet mode's hook: what a shared store (`@specsmith/core/fleet`) gives a client.
export type { FleetMember, FleetScope, FleetStore, SharedBudget, SharedTokens, TokenLease } from './fleet-store.js';

// Retries, pacing, pagination.
export { backoffDelay } from './backoff.js';
export type { BackoffOptions } from './backoff.js';
export { parseRetryAfter } from './retry-after.js';
export { decideRetry, resolveRetry } from './retry.js';
export type { AttemptFailure, RetryContext, RetryDecision, RetryOptions, RetryState } from './retry.js';
export { defaultPacing, Pacer, PacingDeadlineError, readRateLimit } from './pacing.js';
export type { PacingOptions, PacingState, RateLimitSnapshot } from './pacing.js';
export { paginate, PaginationError, parseLinkHeader } from './pagination.js';
export type { Page, PageOptions, Paginator } from './pagination.js';

// Redaction, the journal, logging, time, transport checks.
export { createRedactor, REDACTED } from './redact.js';
export type { RedactOptions, Redactor } from './redact.js';
export { memoryJournal } from './journal.js';
export type { JournalEntry, JournalOutcome, JournalSink } from './journal.js';
export type { Log, Logger, LogLevel } from './logger.js';
export { sleep } from './clock.js';
export { assertSecureBaseUrl, isLoopbackHost } from './transport-safety.js';
