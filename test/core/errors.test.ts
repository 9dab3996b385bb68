import {
  ApiError,
  AuthenticationError,
  ConflictError,
  createApiError,
  createCaller,
  isApiError,
  kindForStatus,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  SpecsmithError,
  ValidationError,
} from '@specsmith/core';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure } from '../support/canary.js';
import { getThing } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

describe('error classes', () => {
  it.each([
    [400, ValidationError],
    [401, AuthenticationError],
    [403, PermissionError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, ValidationError],
    [429, RateLimitError],
    [500, ServerError],
    [503, ServerError],
    [402, ApiError],
    [410, ApiError],
  ] as const)('HTTP %i → %o', async (status, type) => {
    const fetch = scriptedFetch([{ status, body: { message: 'nope' } }]);
    const { callOrThrow } = createCaller({ baseUrl: 'https://api.acme.test', vendor: 'Acme', fetch, retry: { maxRetries: 0 } });
    const error = await failure<ApiError>(callOrThrow(getThing, { params: { path: { id: 1 } } }));
    expect(error.constructor).toBe(type);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(SpecsmithError);
    expect(error.name).toBe(type.name);
    expect(error.status).toBe(status);
    expect(isApiError(error)).toBe(true);
  });

  it('maps kinds to classes and statuses to kinds', () => {
    expect(kindForStatus(422)).toBe('validation');
    expect(kindForStatus(418)).toBe('other');
    const error = createApiError('rate-limit', { message: 'm', operationId: 'o', method: 'GET', url: 'u', retryable: true, attempts: 1, retryAfterMs: 5 });
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(5);
  });

  it('carries status, code, message, field errors, request id, retryable and attempts; hides the raw response', async () => {
    const fetch = scriptedFetch([
      {
        status: 422,
        headers: { 'x-request-id': 'req-42', 'set-cookie': `session=${CANARY}` },
        body: { message: 'Validation Failed', errors: [['subject', "Subject can't be blank"]] },
      },
    ]);
    const { callOrThrow } = createCaller({
      baseUrl: 'https://api.acme.test',
      vendor: 'Acme',
      fetch,
      errors: { catalogue: { in: 'status', message: 'message' }, codes: { 422: { name: 'ValidationFailed', status: 422, retryable: false, description: 'Validation failed.' } } },
    });
    const error = await failure<ValidationError<422>>(callOrThrow(getThing, { params: { path: { id: 3 } } }));
    expect(error.message).toBe("Acme getThing failed with HTTP 422 (ValidationFailed): Validation Failed [subject: Subject can't be blank]");
    expect({
      status: error.status,
      code: error.code,
      codeName: error.codeName,
      vendorMessage: error.vendorMessage,
      fieldErrors: error.fieldErrors,
      requestId: error.requestId,
      retryable: error.retryable,
      attempts: error.attempts,
      operationId: error.operationId,
      method: error.method,
      url: error.url,
    }).toEqual({
      status: 422,
      code: 422,
      codeName: 'ValidationFailed',
      vendorMessage: 'Validation Failed',
      fieldErrors: [{ field: 'subject', message: "Subject can't be blank" }],
      requestId: 'req-42',
      retryable: false,
      attempts: 1,
      operationId: 'getThing',
      method: 'GET',
      url: 'https://api.acme.test/things/3',
    });
    expect(error.headers['set-cookie']).toBe('[REDACTED]');
    expect(error.response?.status).toBe(422);
    expect(Object.keys(error)).not.toContain('response');
    expect(inspect(error)).not.toContain('Response {');
  });
});
