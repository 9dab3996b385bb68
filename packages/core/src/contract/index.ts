/**
 * The contract between a generated package and the runtime: the operation table and the
 * spec's `x-` extensions, as the generator emits them and core reads them. Types only, so
 * importing it costs a bundle nothing; generated code imports its types from here
 * (`@specsmith/core/contract`) instead of restating them.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** How to walk a list operation (the spec's `x-pagination`). */
export interface PaginationInfo {
  readonly style: 'link' | 'offset' | 'cursor' | 'skip';
  readonly in: 'query' | 'body';
  readonly limitParam: string;
  readonly offsetParam?: string;
  readonly skipParam?: string;
  readonly moreField?: string;
  readonly cursorParam?: string;
  readonly nextCursorField?: string;
  readonly itemsField?: string;
  readonly maxLimit?: number;
  /** The paging fields are not confirmed by the vendor's docs: a dead end warns instead of failing. */
  readonly uncertain?: boolean;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** OpenAPI 3.1 parameter styles (section 4.8.12.4). */
export type ParameterStyleName = 'matrix' | 'label' | 'simple' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

/**
 * How one parameter is serialised, listed only when it differs from its location's default
 * (path and header: `simple`, query and cookie: `form`; `explode` true for `form` only;
 * `allowReserved` false).
 */
export interface ParameterStyle {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly style: ParameterStyleName;
  readonly explode: boolean;
  /** Query only: reserved characters (`:/?#[]@!$&'()*+,;=`) are sent as they are. */
  readonly allowReserved?: boolean;
}

/** One row of a generated operation table. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly tags: readonly string[];
  /** Safe to retry: an idempotent method or the spec's `x-idempotent`. */
  readonly idempotent: boolean;
  readonly pagination: PaginationInfo | null;
  /** Alternatives, each a list of security scheme names that apply together. */
  readonly security: readonly (readonly string[])[];
  /** JSON body property the runtime fills with the secret (`x-body-token`), or null. */
  readonly bodyToken: string | null;
  readonly requestMediaTypes: readonly string[];
  /** Media types a 2xx response declares; empty when success has no body. */
  readonly responseMediaTypes: readonly string[];
  /** Parameters serialised other than by their location's default; absent when none are. */
  readonly parameterStyles?: readonly ParameterStyle[];
}

/** Where a vendor puts its error code and message (the spec's `x-error-codes`, minus the list). */
export interface ErrorCatalogue {
  readonly in: 'status' | 'body';
  readonly field?: string;
  readonly message?: string;
  readonly success?: { readonly field: string; readonly equals: string | number | boolean };
}

/** Meaning of one vendor error code. */
export interface ErrorCodeInfo {
  readonly name: string;
  readonly status: number;
  readonly retryable: boolean;
  readonly description: string;
}

/** The vendor's documented retry advice (the spec's `x-retry`). */
export interface VendorRetryPolicy {
  readonly maxRetries?: number;
  readonly delaysMs?: readonly number[];
  readonly minRetryAfterMs?: number;
}

/** The vendor's published limits (the spec's `x-rate-limit`). */
export interface VendorRateLimitPolicy {
  readonly headers: 'x-ratelimit' | 'ietf' | 'none';
  readonly burst?: { readonly requests: number; readonly perMs: number };
}

/** The spec's `x-body-token`. */
export interface BodyTokenPolicy {
  readonly field: string;
  readonly description: string;
  /** Security schemes that replace the body token when the client uses them (`oauth2`). */
  readonly alternatives?: readonly string[];
}

/** The vendor's own rules from the spec, as `vendorPolicy` in a generated package. */
export interface VendorPolicy {
  readonly bodyToken: BodyTokenPolicy | null;
  readonly retry: VendorRetryPolicy | null;
  readonly rateLimit: VendorRateLimitPolicy | null;
  /** The spec's `x-token-prefix` per security scheme (`{ bearerAuth: 'O:' }`). */
  readonly tokenPrefixes?: Readonly<Record<string, string>>;
}

/** One `servers` entry. */
export interface ServerInfo {
  readonly url: string;
  readonly description?: string;
  readonly variables: Readonly<Record<string, { readonly default: string; readonly enum?: readonly string[]; readonly description?: string }>>;
}

/** A header as a call may give it: null and undefined send nothing, an array repeats the header. */
export type HeaderValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/** How a call's success body is read: JSON unless the call says otherwise. */
export type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';

/**
 * What every generated call accepts besides its parameters and body. There is no path
 * serializer and no middleware: the runtime refuses both (a path keeps the shape the spec
 * gives it; policies wrap the attempt instead).
 */
export type CallOptions = Omit<RequestInit, 'body' | 'headers' | 'method'> & {
  readonly headers?: Readonly<Record<string, HeaderValue>> | Headers | readonly (readonly [string, string])[];
  /** @default 'json' */
  readonly parseAs?: ParseAs;
  /** Send this call elsewhere (checked like the client's own). */
  readonly baseUrl?: string;
  /** The fetch for this call's attempts. */
  readonly fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
  /** The query string (without `?`) for `params.query`, instead of the spec's parameter styles. */
  readonly querySerializer?: (query: Record<string, unknown>) => string;
  /** The body as sent, instead of serialising it by its media type. */
  readonly bodySerializer?: (body: unknown, headers: Headers) => BodyInit;
};

/** A call's result: the success body, or the failure body, and the Response either way. */
export type Outcome<Data, Failure> = { data: Data; error?: never; response: Response } | { data?: never; error: Failure; response: Response };

/** Sends one operation; the shape generated `createResources(call)` expects. */
export type Caller = (operation: OperationInfo, init: object | undefined) => Promise<unknown>;

/**
 * Everything a generated package tells the runtime, as its `api` export. The type parameters
 * carry the package's own types to the client core builds, so no wrapper needs a cast.
 */
export interface GeneratedApi<Resources = unknown, Table = Readonly<Record<string, OperationInfo>>, Paths = unknown, Code extends string | number = string | number> {
  /** The spec's title. */
  readonly title: string;
  readonly operations: Table;
  readonly createResources: (call: Caller) => Resources;
  readonly errors: { readonly catalogue: ErrorCatalogue | null; readonly codes: Readonly<Record<string, ErrorCodeInfo>> };
  readonly policy: VendorPolicy;
  readonly servers: readonly ServerInfo[];
  readonly securitySchemes: Readonly<Record<string, unknown>>;
  /** Never set: carries the package's `paths` and error-code types. */
  readonly '~types'?: { readonly paths: Paths; readonly code: Code };
}

// A wrapper as data: what each wrapper exports as `descriptor`, so the suites, benchmarks and docs
// samples that take the vendors from redocly.yaml can treat every vendor alike.

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
