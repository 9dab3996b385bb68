import { ConfigurationError, defineVendorClient } from '@specsmith/core';
import type { ClientOf, CommonClientOptions } from '@specsmith/core';
import { api, servers } from '@specsmith/xurrent-api';
import { xurrentAuth } from './auth.js';
import type { XurrentOAuth } from './auth.js';

/** Xurrent instances (data regions). */
export type XurrentInstance = 'global' | 'au' | 'uk' | 'ch' | 'us';

export interface XurrentClientOptions extends CommonClientOptions {
  /** The account to work in (`X-Xurrent-Account`), e.g. `widget`. */
  readonly account: string;
  /** A personal access token. Give this or `oauth`. */
  readonly token?: string;
  /**
   * OAuth client credentials: `xurrentOAuth({ clientId, clientSecret })`. The token is fetched,
   * cached and refreshed before it expires.
   */
  readonly oauth?: XurrentOAuth;
  /**
   * @default 'global' (api.xurrent.com)
   */
  readonly instance?: XurrentInstance;
  /**
   * @default 'production'
   */
  readonly environment?: 'production' | 'qa' | 'demo';
  /** `X-Xurrent-Language`: translates enum texts and validation messages (`nl`, `de`, …). */
  readonly language?: string;
  /** `X-Xurrent-Source`: the `source` recorded on created records. */
  readonly source?: string;
}

export type XurrentClient<Options extends XurrentClientOptions = XurrentClientOptions> = ClientOf<typeof api, Options>;

/** The API URL of an instance, checked against the spec's `servers`. */
export function xurrentBaseUrl(instance: XurrentInstance = 'global', environment: 'production' | 'qa' | 'demo' = 'production'): string {
  const region = instance === 'global' ? '' : `.${instance}`;
  const domain = { production: 'xurrent.com', qa: 'xurrent.qa', demo: 'xurrent-demo.com' }[environment];
  const url = `https://api${region}.${domain}/v1`;
  if (!servers.some((server) => server.url === url)) {
    throw new ConfigurationError(`Xurrent has no ${environment} instance "${instance}"; the spec lists ${servers.map((server) => server.url).join(', ')}.`);
  }
  return url;
}

const create = /* @__PURE__ */ defineVendorClient<typeof api, XurrentClientOptions>(api, {
  vendor: 'Xurrent',
  baseUrl: (options) => xurrentBaseUrl(options.instance, options.environment),
  auth: xurrentAuth,
  headers: (options) => ({ 'X-Xurrent-Language': options.language, 'X-Xurrent-Source': options.source }),
});

/**
 * A typed Xurrent client: bearer token and account header on every call, pacing by the
 * `x-ratelimit-*` headers and the 20-per-2-s burst limit, Retry-After honoured on 429
 * (at least 2 s), typed errors with the `[field, message]` pairs of a 422 as field errors.
 */
export function createXurrentClient<const Options extends XurrentClientOptions>(options: Options): XurrentClient<Options> {
  return create(options);
}
