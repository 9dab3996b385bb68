import { bearerAuth, bodyTokenAuth, combineAuth, commonCallerOptions, ConfigurationError, createApiClient, pacingFromPolicy, retryFromPolicy, serverUrl } from '@specsmith/core';
import type { ApiClient, Auth, CommonClientOptions, ErrorKind, ModeOf } from '@specsmith/core';
import { createResources, errorCatalogue, errorCodeInfo, operationTable, servers, vendorPolicy } from '@specsmith/altcraft-api';
import type { ErrorCode, paths, Resources } from '@specsmith/altcraft-api';

export interface AltcraftClientOptions extends CommonClientOptions {
  /** The API token (Settings > Tokens). */
  readonly token: string;
  /**
   * The Altcraft host: the cloud, or your on-premises installation.
   * @default 'ru.altkraft.com'
   */
  readonly host?: string;
  /**
   * Where the token goes: the `token` body field every method documents, the
   * `Authorization: Bearer` header of the newer docs, or both.
   * @default 'body'
   */
  readonly tokenIn?: 'body' | 'header' | 'both';
  /**
   * Give every call a fresh `X-Request-ID`, so Altcraft executes a repeated payload again instead
   * of returning the cached response of the first one (its de-duplication lasts a day). The id
   * stays the same across one call's retries, which therefore remain de-duplicated.
   * @default false
   */
  readonly forceNewWrites?: boolean;
}

export type AltcraftClient<Options extends AltcraftClientOptions = AltcraftClientOptions> = ApiClient<
  Resources,
  typeof operationTable,
  paths,
  ErrorCode,
  ModeOf<Options>
>;

/**
 * Altcraft answers HTTP 200 for every application error, so its codes, not the status, pick the
 * error class where the code is not an HTTP status already.
 */
const kinds = {
  402: 'permission',
  415: 'validation',
  435: 'conflict',
  441: 'permission',
  450: 'validation',
  501: 'not-found',
} as const satisfies Partial<Record<ErrorCode, ErrorKind>>;

/** A copy of a call's init with a fresh `X-Request-ID`: Altcraft will execute it even if an identical request ran today. */
export function withNewRequestId<Init extends object>(init: Init): Init {
  const headers = new Headers(('headers' in init ? init.headers : undefined) as HeadersInit | undefined);
  headers.set('X-Request-ID', crypto.randomUUID());
  return { ...init, headers };
}

function altcraftAuth(token: string, tokenIn: 'body' | 'header' | 'both'): Auth {
  if (!token) throw new ConfigurationError('Altcraft needs `token` (an API token from Settings > Tokens).');
  if (tokenIn === 'body') return bodyTokenAuth(token);
  if (tokenIn === 'header') return bearerAuth(token);
  return combineAuth(bodyTokenAuth(token), bearerAuth(token));
}

/**
 * A typed Altcraft client. Every method is a POST; the token goes into the body (or the bearer
 * header). Writes are retried like reads, because Altcraft de-duplicates a repeated request for a
 * day and a retry resends the same headers and body. `error != 0` inside an HTTP 200 is an error.
 */
export function createAltcraftClient<const Options extends AltcraftClientOptions>(options: Options): AltcraftClient<Options> {
  const server = servers[0];
  const baseUrl = options.baseUrl ?? serverUrl(server, { host: options.host });
  const client = createApiClient(createResources, operationTable, {
    ...commonCallerOptions(options),
    baseUrl,
    vendor: 'Altcraft',
    auth: altcraftAuth(options.token, options.tokenIn ?? 'body'),
    ...(options.headers ? { headers: options.headers } : {}),
    retry: { ...retryFromPolicy(vendorPolicy.retry), ...options.retry },
    pacing: pacingFromPolicy(vendorPolicy.rateLimit, options.pacing),
    errors: { catalogue: errorCatalogue, codes: errorCodeInfo, kinds },
    redact: { fields: vendorPolicy.bodyToken ? [vendorPolicy.bodyToken.field] : [] },
    ...(options.forceNewWrites ? { requestHeaders: () => ({ 'X-Request-ID': crypto.randomUUID() }) } : {}),
  });
  return client as unknown as AltcraftClient<Options>;
}
