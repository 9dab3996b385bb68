import { ConfigurationError, defineVendorClient } from '@specsmith/core';
import type { ClientOf, CommonClientOptions } from '@specsmith/core';
import { api, operationTable, servers } from '@specsmith/xtremepush-api';
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

export type XtremepushClient<Options extends XtremepushClientOptions = XtremepushClientOptions> = ClientOf<typeof api, Options>;

/** The API host of a region, from the spec's `servers` (EU first, then US). */
export function xtremepushBaseUrl(region: XtremepushRegion = 'eu'): string {
  const server = servers.find((candidate) => candidate.description.toLowerCase().startsWith(`${region} region`));
  if (!server) throw new ConfigurationError(`Xtremepush has no region "${region}"; use "eu" or "us".`);
  return server.url;
}

const create = /* @__PURE__ */ defineVendorClient<typeof api, XtremepushClientOptions>(api, {
  vendor: 'Xtremepush',
  baseUrl: (options) => xtremepushBaseUrl(options.region),
  auth: (options, context) => xtremepushAuth(options, { ...context, tokenUrl: `${context.baseUrl.replace(/\/$/, '')}${operationTable.getOAuthToken.path}` }),
  // The envelope's `code` mirrors the HTTP status, so a failure inside a 200 still gets its class.
  errors: { bodyStatusField: 'code' },
});

/**
 * A typed Xtremepush client. Every call is a POST with the App Token in the body (or an OAuth
 * bearer token); reads are marked idempotent in the spec and retried, writes are not. The
 * default retry policy is Xtremepush's own advice: once at once, then once more after 30 s.
 * A `success: false` envelope inside an HTTP 200 is an error like any 4xx.
 */
export function createXtremepushClient<const Options extends XtremepushClientOptions>(options: Options): XtremepushClient<Options> {
  return create(options);
}
