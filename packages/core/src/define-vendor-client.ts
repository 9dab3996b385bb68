/**
 * A vendor client from a generated package's `api` and what only the vendor knows: its name,
 * its base URL and its auth. Everything else comes from the spec through `api` (retry advice,
 * rate limits, the body token, token prefixes, the error catalogue) and from the common options.
 */
import { bearerAuth } from './auth.js';
import type { Auth } from './auth.js';
import type { CallerOptions } from './caller.js';
import { createApiClient } from './client.js';
import type { ClientOf } from './client.js';
import type { GeneratedApi } from './contract/index.js';
import type { ErrorConfig } from './normalise-error.js';
import { commonCallerOptions, pacingFromPolicy, retryFromPolicy } from './options.js';
import type { CommonClientOptions } from './options.js';
import type { Redactor } from './redact.js';
import { bearerPrefix } from './spec-auth.js';
import type { Clock, OperationInfo } from './types.js';

/** What a vendor's `auth` gets from the client it is building. */
export interface VendorAuthContext {
  /** The client's base URL (a token endpoint often lives under it). */
  readonly baseUrl: string;
  /** The client's own options (retry, errors, journal, fetch …) for a token endpoint's caller. */
  readonly tokenCaller: Omit<CallerOptions, 'baseUrl' | 'throwOnError' | 'pacing'>;
  readonly clock: Clock | undefined;
  /** Adds a secret that arrives after the client exists (an OAuth token) to the client's redactor. */
  readonly onSecret: (secret: string) => void;
  /** `Authorization: Bearer`, with the spec's `x-token-prefix` for its bearer scheme added when missing. */
  bearer(token: string): Auth;
}

/** What a wrapper says about its vendor; the rest is read from the spec. */
export interface VendorDefinition<Options extends CommonClientOptions> {
  /** The vendor's name in error messages, logs and journal entries. */
  readonly vendor: string;
  /** Where requests go when the options give no `baseUrl` (from a region, an instance, a host). */
  baseUrl(options: Options): string;
  /** The client's credentials; a missing or contradictory one is a ConfigurationError naming the option. */
  auth(options: Options, context: VendorAuthContext): Auth;
  /** Headers the vendor's own options set on every request, over `options.headers`; undefined ones are not sent. */
  headers?(options: Options): Readonly<Record<string, string | undefined>>;
  /** What the spec's error catalogue does not say: error classes by code, a body field that mirrors the status. */
  readonly errors?: Pick<ErrorConfig, 'kinds' | 'bodyStatusField'>;
  /** The Content-Type of an operation's body when the call sets none. @default JSON */
  requestContentType?(operation: OperationInfo, options: Options): string | undefined;
  /** Headers computed for each call, the same across its retries; a header the call sets wins. */
  requestHeaders?(operation: OperationInfo, options: Options): Readonly<Record<string, string>> | undefined;
}

/** A typed client factory: the options' `throwOnError: true` selects throw mode in the types too. */
export type VendorClientFactory<Api extends GeneratedApi, Options> = <const O extends Options>(options: O) => ClientOf<Api, O>;

function definedHeaders(base: Readonly<Record<string, string>> | undefined, extra: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> {
  const headers: Record<string, string> = { ...base };
  for (const name in extra) {
    const value = extra[name];
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}

/**
 * `export const createAcmeClient = defineVendorClient(api, { vendor: 'Acme', baseUrl, auth })`.
 * The client retries by the spec's `x-retry` under the options' `retry`, paces by its
 * `x-rate-limit` under `pacing`, fills and redacts the `x-body-token` field, reads failures by
 * its `x-error-codes`, and redacts tokens that arrive later (OAuth) as they come.
 */
export function defineVendorClient<Api extends GeneratedApi<object>, Options extends CommonClientOptions>(api: Api, definition: VendorDefinition<Options>): VendorClientFactory<Api, Options> {
  const { vendor } = definition;
  const prefix = bearerPrefix(api);
  const bearer = (token: string) => bearerAuth(token, { prefix });
  const errors: ErrorConfig = { catalogue: api.errors.catalogue, codes: api.errors.codes, ...definition.errors };
  const bodyToken = api.policy.bodyToken;
  const { requestContentType, requestHeaders } = definition;
  return <const O extends Options>(options: O): ClientOf<Api, O> => {
    const { throwOnError, ...shared } = commonCallerOptions(options);
    const baseUrl = options.baseUrl ?? definition.baseUrl(options);
    const retry = { ...retryFromPolicy(api.policy.retry), ...options.retry };
    // Tokens arrive after the client exists; they join its redactor as they come.
    let redactor: Redactor | undefined;
    const auth = definition.auth(options, {
      baseUrl,
      tokenCaller: { ...shared, vendor, retry, errors },
      clock: options.clock,
      onSecret: (secret) => redactor?.addSecret(secret),
      bearer,
    });
    const client = createApiClient(api.createResources, api.operations, {
      ...shared,
      ...(throwOnError === undefined ? {} : { throwOnError }),
      baseUrl,
      vendor,
      auth,
      headers: definedHeaders(options.headers, definition.headers?.(options)),
      retry,
      pacing: pacingFromPolicy(api.policy.rateLimit, options.pacing),
      errors,
      ...(bodyToken ? { redact: { fields: [bodyToken.field] } } : {}),
      ...(requestContentType ? { requestContentType: (operation: OperationInfo) => requestContentType(operation, options) } : {}),
      ...(requestHeaders ? { requestHeaders: (operation: OperationInfo) => requestHeaders(operation, options) } : {}),
    });
    redactor = client.caller.redactor;
    // The mode is a type of the options; the caller picked the same one from `throwOnError` at run time.
    return client as unknown as ClientOf<Api, O>;
  };
}
