// This wrapper as data, for the suites, benchmarks and docs samples that treat every vendor
// alike (they take the vendors from redocly.yaml and join each with its wrapper's descriptor):
// its factory, example and test options, a read and a write, and how the vendor reports errors.
// The types are repeated in each wrapper so that none depends on another;
// test/support/vendors.ts checks every descriptor it loads.
import type { GeneratedApi } from '@specsmith/core/contract';
import { api } from '@specsmith/xtremepush-api';
import { createXtremepushClient, type XtremepushClientOptions } from './client.js';

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

export const descriptor: VendorDescriptor<XtremepushClientOptions> = {
  vendor: 'xtremepush',
  title: 'Xtremepush',
  create: createXtremepushClient,
  api,
  exampleOptions: { appToken: { env: 'XTREMEPUSH_APP_TOKEN' }, region: 'eu' },
  testCredentials: (secret) => ({ appToken: secret }),
  secretOptions: ['appToken'],
  read: { operationId: 'listCampaigns', init: { body: { limit: 10 } } },
  write: { operationId: 'sendCampaign', init: { body: { id: 48213 } } },
  errors: {
    // Prism's 400 example for a body it rejects names the App Token; `limit` must be at least 1.
    invalid: {
      operationId: 'listCampaigns',
      init: { body: { limit: 0 } },
      expected: { name: 'ValidationError', status: 400, code: 400, codeName: 'BadRequest', fieldErrors: [{ field: 'apptoken', message: 'The apptoken field is required.' }], retryable: false },
    },
    documented: {
      operationId: 'getCampaignInfo',
      init: { body: { id: 1 } },
      expected: { name: 'AuthenticationError', status: 401, code: 401, codeName: 'Unauthorized', fieldErrors: [], retryable: false },
    },
  },
  failuresInside200: [
    {
      kind: '{code: 500, success: false} (InternalServerError, retryable)',
      body: JSON.stringify({ code: 500, success: false, message: 'Internal error', errors: {} }),
      read: { attempts: 2, upstream: 1, error: null },
      // The envelope's code mirrors the HTTP status: a ServerError, retryable, but not for a write.
      write: { attempts: 1, upstream: 0, error: { name: 'ServerError', retryable: true, status: 200, code: 500, codeName: 'InternalServerError' } },
    },
  ],
};
