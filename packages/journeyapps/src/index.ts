export { createJourneyappsClient, journeyappsBaseUrl } from './client.js';
export type { JourneyappsClient, JourneyappsClientOptions } from './client.js';
export { ErrorCode, errorCodeInfo, operationTable } from '@specsmith/journeyapps-api';
export type { components, paths } from '@specsmith/journeyapps-api';
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
