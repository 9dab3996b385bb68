import { commonCallerOptions, ConfigurationError, createApiClient, pacingFromPolicy, retryFromPolicy } from '@specsmith/core';
import type { ApiClient, CommonClientOptions, ModeOf, Redactor } from '@specsmith/core';
import { createResources, errorCatalogue, errorCodeInfo, operationTable, servers, vendorPolicy } from '@specsmith/xurrent-api';
import type { ErrorCode, paths, Resources } from '@specsmith/xurrent-api';
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

export type XurrentClient<Options extends XurrentClientOptions = XurrentClientOptions> = ApiClient<
  Resources,
  typeof operationTable,
  paths,
  ErrorCode,
  ModeOf<Options>
>;

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

/**
 * A typed Xurrent client: bearer token and account header on every call, pacing by the
 * `x-ratelimit-*` headers and the 20-per-2-s burst limit, Retry-After honoured on 429
 * (at least 2 s), typed errors with the `[field, message]` pairs of a 422 as field errors.
 */
export function createXurrentClient<const Options extends XurrentClientOptions>(options: Options): XurrentClient<Options> {
  const common = commonCallerOptions(options);
  const baseUrl = options.baseUrl ?? xurrentBaseUrl(options.instance, options.environment);
  const retry = { ...retryFromPolicy(vendorPolicy.retry), ...options.retry };
  const errors = { catalogue: errorCatalogue, codes: errorCodeInfo };
  // Tokens arrive after the client exists; they join its redactor as they come.
  let redactor: Redactor | undefined;
  const auth = xurrentAuth(options, { tokenCaller: { ...common, vendor: 'Xurrent', retry, errors }, clock: options.clock, onSecret: (secret) => redactor?.addSecret(secret) });
  const client = createApiClient(createResources, operationTable, {
    ...common,
    baseUrl,
    vendor: 'Xurrent',
    auth,
    headers: {
      ...options.headers,
      ...(options.language ? { 'X-Xurrent-Language': options.language } : {}),
      ...(options.source ? { 'X-Xurrent-Source': options.source } : {}),
    },
    retry,
    pacing: pacingFromPolicy(vendorPolicy.rateLimit, options.pacing),
    errors,
  });
  redactor = client.caller.redactor;
  return client as unknown as XurrentClient<Options>;
}
