/**
 * A full client for any generated package, with no wrapper: what `specsmith generate --spec`
 * writes for a spec of your own. Retries, pacing, pagination, the body token and typed errors
 * follow whatever the spec says (its `x-` extensions, else the standard defaults).
 */
import type { Auth } from './auth.js';
import type { ClientOf } from './client.js';
import type { GeneratedApi } from './contract/index.js';
import { defineVendorClient } from './define-vendor-client.js';
import { ConfigurationError } from './errors/base.js';
import type { CommonClientOptions } from './options.js';
import { authForToken } from './spec-auth.js';

export interface ClientOptions extends CommonClientOptions {
  /**
   * Where requests go: the API's host (one of the spec's `servers`, its variables filled in),
   * any https:// URL, or http:// on a loopback host (a local mock).
   */
  readonly baseUrl: string;
  /**
   * Credentials, from core's helpers: `bearerAuth(token)`, `headerAuth(name, value)`,
   * `basicAuth(username, password)`, `bodyTokenAuth(token)`, or several with `combineAuth`.
   * @default none, or the `token`
   */
  readonly auth?: Auth;
  /**
   * A single token, put where the spec says: the `x-body-token` field, else the first of its
   * security schemes it fits (a bearer token with its `x-token-prefix`, an OAuth access token,
   * an API key header). Give this or `auth`.
   */
  readonly token?: string;
  /**
   * The API's name in error messages, logs and journal entries.
   * @default the spec's title
   */
  readonly vendor?: string;
}

function missingBaseUrl(api: GeneratedApi, vendor: string): ConfigurationError {
  const servers = api.servers.map((server) => server.url);
  const listed = servers.length > 0 ? `the spec lists ${servers.join(', ')}` : 'the spec lists no servers';
  return new ConfigurationError(`${vendor}: createClient needs \`baseUrl\`, the URL to send requests to (${listed}; http://127.0.0.1:<port> for a local mock).`);
}

/**
 * `createClient(api, { baseUrl, auth })`: the generated resources with retries, pacing,
 * `paginate`, typed errors and redaction; throw mode with `throwOnError: true`.
 */
export function createClient<Api extends GeneratedApi<object>, const Options extends ClientOptions>(api: Api, options: Options): ClientOf<Api, Options> {
  const vendor = options.vendor ?? api.title;
  if (!options.baseUrl) throw missingBaseUrl(api, vendor);
  if (options.token === '') throw new ConfigurationError(`${vendor}: \`token\` is empty; give the API token, or leave \`token\` out.`);
  if (options.auth && options.token !== undefined) throw new ConfigurationError(`${vendor}: createClient takes either \`auth\` or \`token\`, not both.`);
  return defineVendorClient<Api, ClientOptions>(api, {
    vendor,
    baseUrl: () => options.baseUrl,
    auth: ({ auth, token }) => auth ?? (token === undefined ? { secrets: [] } : authForToken(api, token, vendor)),
  })(options);
}
