import { basicAuth, bearerAuth, commonCallerOptions, ConfigurationError, createApiClient, pacingFromPolicy, retryFromPolicy, serverUrl } from '@specsmith/core';
import type { ApiClient, Auth, CommonClientOptions, ModeOf } from '@specsmith/core';
import { createResources, errorCatalogue, errorCodeInfo, operationTable, servers, vendorPolicy } from '@specsmith/journeyapps-api';
import type { ErrorCode, paths, Resources } from '@specsmith/journeyapps-api';

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

export type JourneyappsClient<Options extends JourneyappsClientOptions = JourneyappsClientOptions> = ApiClient<
  Resources,
  typeof operationTable,
  paths,
  ErrorCode,
  ModeOf<Options>
>;

/** The deployment URL from ids, using the spec's two server templates (current host form first). */
export function journeyappsBaseUrl(options: Pick<JourneyappsClientOptions, 'backendDeploymentId' | 'appDeploymentId' | 'region' | 'host'>): string {
  const [legacy, current] = servers;
  const { backendDeploymentId, appDeploymentId, region, host } = options;
  if (!backendDeploymentId) throw new ConfigurationError('JourneyApps needs `baseUrl`, or `backendDeploymentId` with `appDeploymentId` (and `region`) or `host`.');
  if (appDeploymentId) return serverUrl(current, { appDeploymentId, region, backendDeploymentId });
  if (host) return serverUrl(legacy, { host, backendDeploymentId });
  throw new ConfigurationError('JourneyApps needs `appDeploymentId` (current host form) or `host` (legacy host) next to `backendDeploymentId`.');
}

function journeyappsAuth(options: JourneyappsClientOptions, baseUrl: string): Auth {
  if (options.password && options.token) throw new ConfigurationError('JourneyApps takes either `password` (Basic) or `token`, not both.');
  if (options.token) return bearerAuth(options.token, { prefix: vendorPolicy.tokenPrefixes.bearerAuth });
  if (options.password) {
    const username = options.username ?? options.backendDeploymentId ?? /\/api\/v4\/([^/]+)/.exec(new URL(baseUrl).pathname)?.[1];
    if (!username) throw new ConfigurationError('JourneyApps Basic auth needs `username` or `backendDeploymentId`.');
    return basicAuth(username, options.password);
  }
  throw new ConfigurationError('JourneyApps needs `password` (the deployment API password) or `token` (a named token).');
}

/**
 * A typed JourneyApps client: Basic or named-token auth, JSON or bracket-nested form bodies,
 * skip/limit paging while `more` is true, `{type, title, detail}` errors with `type` as the code,
 * and at least 1 s of waiting after a 429.
 */
export function createJourneyappsClient<const Options extends JourneyappsClientOptions>(options: Options): JourneyappsClient<Options> {
  const baseUrl = options.baseUrl ?? journeyappsBaseUrl(options);
  const form = options.bodyEncoding === 'form';
  const client = createApiClient(createResources, operationTable, {
    ...commonCallerOptions(options),
    baseUrl,
    vendor: 'JourneyApps',
    auth: journeyappsAuth(options, baseUrl),
    ...(options.headers ? { headers: options.headers } : {}),
    retry: { ...retryFromPolicy(vendorPolicy.retry), ...options.retry },
    pacing: pacingFromPolicy(vendorPolicy.rateLimit, options.pacing),
    errors: { catalogue: errorCatalogue, codes: errorCodeInfo },
    ...(form ? { requestContentType: (operation) => (operation.requestMediaTypes.includes(formType) ? formType : undefined) } : {}),
  });
  return client as unknown as JourneyappsClient<Options>;
}
