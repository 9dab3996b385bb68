import { bodyTokenAuth, combineAuth, ConfigurationError, defineVendorClient, serverUrl } from '@specsmith/core';
import type { Auth, ClientOf, CommonClientOptions, ErrorKind } from '@specsmith/core';
import { api, servers } from '@specsmith/altcraft-api';
import type { ErrorCode } from '@specsmith/altcraft-api';

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

export type AltcraftClient<Options extends AltcraftClientOptions = AltcraftClientOptions> = ClientOf<typeof api, Options>;

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

function altcraftAuth({ token, tokenIn = 'body' }: AltcraftClientOptions, bearer: (token: string) => Auth): Auth {
  if (!token) throw new ConfigurationError('Altcraft needs `token` (an API token from Settings > Tokens).');
  if (tokenIn === 'body') return bodyTokenAuth(token);
  if (tokenIn === 'header') return bearer(token);
  return combineAuth(bodyTokenAuth(token), bearer(token));
}

const create = /* @__PURE__ */ defineVendorClient<typeof api, AltcraftClientOptions>(api, {
  vendor: 'Altcraft',
  baseUrl: (options) => serverUrl(servers[0], { host: options.host }),
  auth: (options, { bearer }) => altcraftAuth(options, bearer),
  errors: { kinds },
  requestHeaders: (_operation, options) => (options.forceNewWrites ? { 'X-Request-ID': crypto.randomUUID() } : undefined),
});

/**
 * A typed Altcraft client. Every method is a POST; the token goes into the body (or the bearer
 * header). Writes are retried like reads, because Altcraft de-duplicates a repeated request for a
 * day and a retry resends the same headers and body. `error != 0` inside an HTTP 200 is an error.
 */
export function createAltcraftClient<const Options extends AltcraftClientOptions>(options: Options): AltcraftClient<Options> {
  return create(options);
}
