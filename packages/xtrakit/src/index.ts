export { createXtrakitClient, xtrakitBaseUrl } from './client.js';
export type { XtrakitClient, XtrakitClientOptions } from './client.js';
export { ErrorCode, errorCodeInfo, operationTable } from '@specsmith/xtrakit-api';
export type { components, paths } from '@specsmith/xtrakit-api';
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
