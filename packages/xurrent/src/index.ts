export { createXurrentClient, xurrentBaseUrl } from './client.js';
export type { XurrentClient, XurrentClientOptions, XurrentInstance } from './client.js';
export { xurrentOAuth } from './oauth.js';
export type { XurrentOAuthOptions } from './oauth.js';
export type { XurrentOAuth, XurrentOAuthContext } from './auth.js';
export { ErrorCode, errorCodeInfo, operationTable } from '@specsmith/xurrent-api';
export type { components, paths } from '@specsmith/xurrent-api';
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
