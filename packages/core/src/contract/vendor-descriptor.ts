/**
 * A wrapper as data: what each wrapper exports as `descriptor`, so the suites, benchmarks and
 * docs samples that treat every vendor alike (taking the vendors from redocly.yaml) can join
 * each with its factory, example and test options, a read and a write, and how it reports errors.
 */
import type { GeneratedApi } from './index.js';

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
