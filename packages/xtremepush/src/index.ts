export { createXtremepushClient, xtremepushBaseUrl } from './client.js';
export type { XtremepushClient, XtremepushClientOptions, XtremepushRegion } from './client.js';
export { xtremepushOAuth } from './oauth.js';
export type { XtremepushOAuthOptions } from './oauth.js';
export type { XtremepushOAuth, XtremepushOAuthContext } from './auth.js';
export { ErrorCode, errorCodeInfo, operationTable } from '@specsmith/xtremepush-api';
export type { components, paths } from '@specsmith/xtremepush-api';
export {
  AbortedError,
  ApiError,
  AuthenticationError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  InsecureTransportError,
  isApiError,
  memoryJournal,
  NotFoundError,
  PaginationError,
  PermissionError,
  RateLimitError,
  ServerError,
  SpecsmithError,
  TimeoutError,
  ValidationError,
} from '@specsmith/core';
export type { FieldError, JournalEntry, JournalSink, Page, Paginator } from '@specsmith/core';
export { descriptor } from './descriptor.js';
