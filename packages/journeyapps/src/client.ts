import { basicAuth, ConfigurationError, defineVendorClient, serverUrl } from '@specsmith/core';
import type { Auth, ClientOf, CommonClientOptions } from '@specsmith/core';
import { api, servers } from '@specsmith/journeyapps-api';

const formType = 'application/x-www-form-urlencoded';

export interface JourneyappsClientOptions extends CommonClientOptions {
  /**
   * The deployment's API URL as shown on its Manage API page, e.g.
   * `https://<app deployment id>.backend.us.journeyapps.com/api/v4/<backend deployment id>`.
   * Or leave it out and give the ids below.
   */
  readonly baseUrl?: string;
  /** The backend deployment id (24 hex digits); also the Basic auth username. */
  readonly backendDeploymentId?: string;
  /** The app deployment id, for the current host form `<app>.backend.<region>.journeyapps.com`. */
  readonly appDeploymentId?: string;
  /**
   * Region code of the current host form.
   * @default 'us'
   */
  readonly region?: string;
  /** A legacy host instead (`run-us.journeyapps.com`, `run-testing-eu.journeyapps.com`, …). */
  readonly host?: string;
  /** The deployment's API password, for HTTP Basic. Give this or `token`. */
  readonly password?: string;
  /**
   * The Basic auth username.
   * @default the backend deployment id
   */
  readonly username?: string;
  /** A named API token, sent as `Authorization: Bearer O:<token>` (the spec's `x-token-prefix` `O:` is added if missing). */
  readonly token?: string;
  /**
   * How request bodies are encoded where the operation accepts both. `form` sends
   * `application/x-www-form-urlencoded` with bracket nesting (`task[name]=…`).
   * @default 'json'
   */
  readonly bodyEncoding?: 'json' | 'form';
}

export type JourneyappsClient<Options extends JourneyappsClientOptions = JourneyappsClientOptions> = ClientOf<typeof api, Options>;

/** The deployment URL from ids, using the spec's two server templates (current host form first). */
export function journeyappsBaseUrl(options: Pick<JourneyappsClientOptions, 'backendDeploymentId' | 'appDeploymentId' | 'region' | 'host'>): string {
  const [legacy, current] = servers;
  const { backendDeploymentId, appDeploymentId, region, host } = options;
  if (!backendDeploymentId) throw new ConfigurationError('JourneyApps needs `baseUrl`, or `backendDeploymentId` with `appDeploymentId` (and `region`) or `host`.');
  if (appDeploymentId) return serverUrl(current, { appDeploymentId, region, backendDeploymentId });
  if (host) return serverUrl(legacy, { host, backendDeploymentId });
  throw new ConfigurationError('JourneyApps needs `appDeploymentId` (current host form) or `host` (legacy host) next to `backendDeploymentId`.');
}

function journeyappsAuth(options: JourneyappsClientOptions, baseUrl: string, bearer: (token: string) => Auth): Auth {
  if (options.password && options.token) throw new ConfigurationError('JourneyApps takes either `password` (Basic) or `token`, not both.');
  if (options.token) return bearer(options.token);
  if (options.password) {
    const username = options.username ?? options.backendDeploymentId ?? /\/api\/v4\/([^/]+)/.exec(new URL(baseUrl).pathname)?.[1];
    if (!username) throw new ConfigurationError('JourneyApps Basic auth needs `username` or `backendDeploymentId`.');
    return basicAuth(username, options.password);
  }
  throw new ConfigurationError('JourneyApps needs `password` (the deployment API password) or `token` (a named token).');
}

const create = /* @__PURE__ */ defineVendorClient<typeof api, JourneyappsClientOptions>(api, {
  vendor: 'JourneyApps',
  baseUrl: journeyappsBaseUrl,
  auth: (options, { baseUrl, bearer }) => journeyappsAuth(options, baseUrl, bearer),
  requestContentType: (operation, options) => (options.bodyEncoding === 'form' && operation.requestMediaTypes.includes(formType) ? formType : undefined),
});

/**
 * A typed JourneyApps client: Basic or named-token auth, JSON or bracket-nested form bodies,
 * skip/limit paging while `more` is true, `{type, title, detail}` errors with `type` as the code,
 * and at least 1 s of waiting after a 429.
 */
export function createJourneyappsClient<const Options extends JourneyappsClientOptions>(options: Options): JourneyappsClient<Options> {
  return create(options);
}
