// This wrapper as data, for the suites, benchmarks and docs samples that treat every vendor
// alike (they take the vendors from redocly.yaml and join each with its wrapper's descriptor):
// its factory, example and test options, a read and a write, and how the vendor reports errors.
// The types are repeated in each wrapper so that none depends on another;
// test/support/vendors.ts checks every descriptor it loads.
import type { GeneratedApi } from '@specsmith/core/contract';
import { api } from '@specsmith/altcraft-api';
import { createAltcraftClient, type AltcraftClientOptions } from './client.js';

/** One call: an operation and an init its spec (and so its Prism mock) accepts; the body token is the wrapper's to add. */
export interface VendorCall {
  readonly operationId: string;
  readonly init: object;
}

/** An error as the suites compare it: its class by name and the facts a caller reads. */
export interface ExpectedError {
  readonly name: string;
  readonly retryable: boolean;
  readonly status?: number;
  readonly code?: string | number;
  readonly codeName?: string;
  readonly fieldErrors?: readonly { readonly field: string; readonly message: string }[];
}

/** How a call ends: attempts it sent, requests that reached the server, and its error (null: it succeeded). */
export interface ExpectedOutcome {
  readonly attempts: number;
  readonly upstream: number;
  readonly error: ExpectedError | null;
}

/** A value a docs sample shows for an option: a literal, or `{ env }` for one read from the environment. */
export type ExampleValue = string | number | boolean | { readonly env: string };

/**
 * A wrapper as data, for the suites, benchmarks and docs samples that treat every vendor alike.
 * The same shape in every wrapper; test/support/vendors.ts checks each one it loads.
 */
export interface VendorDescriptor<Options extends object = object> {
  /** The spec's key under `apis:` in redocly.yaml. */
  readonly vendor: string;
  /** The vendor's name as it writes it. */
  readonly title: string;
  /** The wrapper's factory. */
  readonly create: (options: Options) => unknown;
  /** The generated package the wrapper is built on. */
  readonly api: GeneratedApi;
  /** The options a docs sample passes to `create`. */
  readonly exampleOptions: { readonly [Name in keyof Options]?: ExampleValue };
  /** Options that authenticate a test client with `secret` as every credential. */
  readonly testCredentials: (secret: string) => Options;
  /** The options of `testCredentials` that carry the secret: none of their values may show in output. */
  readonly secretOptions: readonly (keyof Options & string)[];
  /** A read and a write the Prism mock answers with its 2xx example. */
  readonly read: VendorCall;
  readonly write: VendorCall;
  /** The error a request that breaks the spec raises, and the one a documented error status (`expected.status`) raises. */
  readonly errors: {
    readonly invalid: VendorCall & { readonly expected: ExpectedError };
    readonly documented: VendorCall & { readonly expected: ExpectedError & { readonly status: number } };
  };
  /** Failures the vendor reports inside an HTTP 200, and how `read` and `write` end under each. */
  readonly failuresInside200: readonly { readonly kind: string; readonly body: string; readonly read: ExpectedOutcome; readonly write: ExpectedOutcome }[];
}

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
