// This wrapper as data (the contract's VendorDescriptor), for the suites, benchmarks and docs
// samples that take the vendors from redocly.yaml; test/support/vendors.ts checks each one it loads.
import type { VendorDescriptor } from '@specsmith/core/contract';
import { api } from '@specsmith/altcraft-api';
import { createAltcraftClient, type AltcraftClientOptions } from './client.js';

const profile = { db_id: 1, matching: 'email', email: 'example@example.com' };

export const descriptor: VendorDescriptor<AltcraftClientOptions> = {
  vendor: 'altcraft',
  title: 'Altcraft',
  create: createAltcraftClient,
  api,
  exampleOptions: { token: { env: 'ALTCRAFT_TOKEN' }, host: 'ru.altkraft.com' },
  testCredentials: (secret) => ({ token: secret }),
  secretOptions: ['token'],
  read: { operationId: 'getProfile', init: { body: profile } },
  // Altcraft ignores a repeat of the same write for a day, so the spec marks it x-idempotent.
  write: { operationId: 'addProfile', init: { body: { db_id: 1, data: { _fname: 'Jim', email: 'jim@example.com' } } } },
  errors: {
    invalid: {
      operationId: 'getProfile',
      init: { body: { matching: 'email', email: 'example@example.com' } },
      expected: { name: 'ValidationError', status: 400, code: 400, codeName: 'IncorrectRequest', fieldErrors: [], retryable: false },
    },
    documented: {
      operationId: 'getProfile',
      init: { body: profile },
      expected: { name: 'AuthenticationError', status: 401, code: 401, codeName: 'TokenRequired', fieldErrors: [], retryable: false },
    },
  },
  // Altcraft answers HTTP 200 for its application errors; only the catalogue's retryable codes are retried.
  failuresInside200: [
    {
      kind: 'error 500 (InternalError, retryable)',
      body: JSON.stringify({ error: 500, error_text: 'Internal service error' }),
      read: { attempts: 2, upstream: 1, error: null },
      write: { attempts: 2, upstream: 1, error: null },
    },
    {
      kind: 'error 413 (DatabaseUnavailable, not retryable)',
      body: JSON.stringify({ error: 413, error_text: 'The database is not available in the selected resource' }),
      read: { attempts: 1, upstream: 0, error: { name: 'ApiError', retryable: false, status: 200, code: 413, codeName: 'DatabaseUnavailable' } },
      write: { attempts: 1, upstream: 0, error: { name: 'ApiError', retryable: false, status: 200, code: 413, codeName: 'DatabaseUnavailable' } },
    },
    {
      // A number the catalogue does not list is not an HTTP status: not retried.
      kind: 'error 503 (not in the catalogue)',
      body: JSON.stringify({ error: 503, error_text: 'Service unavailable' }),
      read: { attempts: 1, upstream: 0, error: { name: 'ServerError', retryable: false, status: 200 } },
      write: { attempts: 1, upstream: 0, error: { name: 'ServerError', retryable: false, status: 200 } },
    },
  ],
};
