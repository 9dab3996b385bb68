export { createAltcraftClient, withNewRequestId } from './client.js';
export type { AltcraftClient, AltcraftClientOptions } from './client.js';
export { ErrorCode, errorCodeInfo, operationTable } from '@specsmith/altcraft-api';
export type { components, paths } from '@specsmith/altcraft-api';
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
