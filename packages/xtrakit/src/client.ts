import { bearerAuth, commonCallerOptions, ConfigurationError, createApiClient, pacingFromPolicy, retryFromPolicy } from '@specsmith/core';
import type { ApiClient, CommonClientOptions, ModeOf } from '@specsmith/core';
import { createResources, errorCatalogue, errorCodeInfo, operationTable, servers, vendorPolicy } from '@specsmith/xtrakit-api';
import type { ErrorCode, paths, Resources } from '@specsmith/xtrakit-api';

export interface XtrakitClientOptions extends CommonClientOptions {
  /** The account's API key (app.xtrakit.com/settings/apis), sent as `Authorization: Bearer`. */
  readonly apiKey: string;
  /**
   * `api` is the host of the newest docs; `app` the older one (also the dashboard).
   * @default 'api'
   */
  readonly host?: 'api' | 'app';
}

export type XtrakitClient<Options extends XtrakitClientOptions = XtrakitClientOptions> = ApiClient<
  Resources,
  typeof operationTable,
  paths,
  ErrorCode,
  ModeOf<Options>
>;

/** The API URL for a host, from the spec's `servers`. */
export function xtrakitBaseUrl(host: 'api' | 'app' = 'api'): string {
  const server = servers.find((candidate) => candidate.url.startsWith(`https://${host}.`));
  if (!server) throw new ConfigurationError(`XtraKit has no host "${host}"; use "api" or "app".`);
  return server.url;
}

/**
 * A typed XtraKit client: bearer API key, retries of reads and PUTs on 408/429/5xx, and the
 * `{status, message, data}` envelope's message in typed errors.
 */
export function createXtrakitClient<const Options extends XtrakitClientOptions>(options: Options): XtrakitClient<Options> {
  if (!options.apiKey) throw new ConfigurationError('XtraKit needs `apiKey` (from app.xtrakit.com/settings/apis).');
  const client = createApiClient(createResources, operationTable, {
    ...commonCallerOptions(options),
    baseUrl: options.baseUrl ?? xtrakitBaseUrl(options.host),
    vendor: 'XtraKit',
    auth: bearerAuth(options.apiKey),
    ...(options.headers ? { headers: options.headers } : {}),
    retry: { ...retryFromPolicy(vendorPolicy.retry), ...options.retry },
    pacing: pacingFromPolicy(vendorPolicy.rateLimit, options.pacing),
    errors: { catalogue: errorCatalogue, codes: errorCodeInfo },
  });
  return client as unknown as XtrakitClient<Options>;
}
