import { commonCallerOptions, ConfigurationError, createApiClient, pacingFromPolicy, retryFromPolicy } from '@specsmith/core';
import type { ApiClient, CommonClientOptions, ModeOf, Redactor } from '@specsmith/core';
import { createResources, errorCatalogue, errorCodeInfo, operationTable, servers, vendorPolicy } from '@specsmith/xtremepush-api';
import type { ErrorCode, paths, Resources } from '@specsmith/xtremepush-api';
import { xtremepushAuth } from './auth.js';
import type { XtremepushOAuth } from './auth.js';

export type XtremepushRegion = 'eu' | 'us';

export interface XtremepushClientOptions extends CommonClientOptions {
  /**
   * The region the project lives in.
   * @default 'eu'
   */
  readonly region?: XtremepushRegion;
  /** The project's App Token, sent as the `apptoken` body field. Give this or `oauth`. */
  readonly appToken?: string;
  /** OAuth 2.0 client credentials or JWT bearer grant: `xtremepushOAuth({ clientId, clientSecret })`. */
  readonly oauth?: XtremepushOAuth;
}

export type XtremepushClient<Options extends XtremepushClientOptions = XtremepushClientOptions> = ApiClient<
  Resources,
  typeof operationTable,
  paths,
  ErrorCode,
  ModeOf<Options>
>;

/** The API host of a region, from the spec's `servers` (EU first, then US). */
export function xtremepushBaseUrl(region: XtremepushRegion = 'eu'): string {
  const server = servers.find((candidate) => candidate.description.toLowerCase().startsWith(`${region} region`));
  if (!server) throw new ConfigurationError(`Xtremepush has no region "${region}"; use "eu" or "us".`);
  return server.url;
}

/**
 * A typed Xtremepush client. Every call is a POST with the App Token in the body (or an OAuth
 * bearer token); reads are marked idempotent in the spec and retried, writes are not. The
 * default retry policy is Xtremepush's own advice: once at once, then once more after 30 s.
 * A `success: false` envelope inside an HTTP 200 is an error like any 4xx.
 */
export function createXtremepushClient<const Options extends XtremepushClientOptions>(options: Options): XtremepushClient<Options> {
  const common = commonCallerOptions(options);
  const baseUrl = options.baseUrl ?? xtremepushBaseUrl(options.region);
  const retry = { ...retryFromPolicy(vendorPolicy.retry), ...options.retry };
  // The envelope's `code` mirrors the HTTP status, so a failure inside a 200 still gets its class.
  const errors = { catalogue: errorCatalogue, codes: errorCodeInfo, bodyStatusField: 'code' };
  let redactor: Redactor | undefined;
  const auth = xtremepushAuth(options, {
    tokenUrl: `${baseUrl.replace(/\/$/, '')}${operationTable.getOAuthToken.path}`,
    tokenCaller: { ...common, vendor: 'Xtremepush', retry, errors },
    clock: options.clock,
    onSecret: (secret) => redactor?.addSecret(secret),
  });
  const client = createApiClient(createResources, operationTable, {
    ...common,
    baseUrl,
    vendor: 'Xtremepush',
    auth,
    ...(options.headers ? { headers: options.headers } : {}),
    retry,
    pacing: pacingFromPolicy(vendorPolicy.rateLimit, options.pacing),
    errors,
    redact: { fields: vendorPolicy.bodyToken ? [vendorPolicy.bodyToken.field] : [] },
  });
  redactor = client.caller.redactor;
  return client as unknown as XtremepushClient<Options>;
}
