import { ConfigurationError, defineVendorClient } from '@specsmith/core';
import type { ClientOf, CommonClientOptions } from '@specsmith/core';
import { api, servers } from '@specsmith/xtrakit-api';

export interface XtrakitClientOptions extends CommonClientOptions {
  /** The account's API key (app.xtrakit.com/settings/apis), sent as `Authorization: Bearer`. */
  readonly apiKey: string;
  /**
   * `api` is the host of the newest docs; `app` the older one (also the dashboard).
   * @default 'api'
   */
  readonly host?: 'api' | 'app';
}

export type XtrakitClient<Options extends XtrakitClientOptions = XtrakitClientOptions> = ClientOf<typeof api, Options>;

/** The API URL for a host, from the spec's `servers`. */
export function xtrakitBaseUrl(host: 'api' | 'app' = 'api'): string {
  const server = servers.find((candidate) => candidate.url.startsWith(`https://${host}.`));
  if (!server) throw new ConfigurationError(`XtraKit has no host "${host}"; use "api" or "app".`);
  return server.url;
}

const create = /* @__PURE__ */ defineVendorClient<typeof api, XtrakitClientOptions>(api, {
  vendor: 'XtraKit',
  baseUrl: (options) => xtrakitBaseUrl(options.host),
  auth: (options, { bearer }) => {
    if (!options.apiKey) throw new ConfigurationError('XtraKit needs `apiKey` (from app.xtrakit.com/settings/apis).');
    return bearer(options.apiKey);
  },
});

/**
 * A typed XtraKit client: bearer API key, retries of reads and PUTs on 408/429/5xx, and the
 * `{status, message, data}` envelope's message in typed errors.
 */
export function createXtrakitClient<const Options extends XtrakitClientOptions>(options: Options): XtrakitClient<Options> {
  return create(options);
}
