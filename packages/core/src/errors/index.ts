export { ConfigurationError, InsecureTransportError, InvalidRequestError, SpecsmithError } from './base.js';
export {
  AbortedError,
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  createApiError,
  isApiError,
  kindForStatus,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  ValidationError,
} from './api-error.js';
export type { ApiErrorDetails, ErrorKind, FieldError } from './api-error.js';
