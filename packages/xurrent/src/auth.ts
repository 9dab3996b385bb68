import { bearerAuth, combineAuth, ConfigurationError, grantSecrets, headerAuth, OAuthTokenCache, tokenAuth, tokenEndpoint } from '@specsmith/core';
import type { Auth, CallerOptions, Clock } from '@specsmith/core';

/** OAuth client credentials of a Xurrent OAuth application (the token lasts one hour). */
export interface XurrentOAuthOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /**
   * @default 'https://oauth.xurrent.com/token'
   */
  readonly tokenUrl?: string;
  /**
   * Refresh the token this long before it expires.
   * @default 60000
   */
  readonly refreshBeforeMs?: number;
}

export interface XurrentCredentials {
  readonly account: string;
  readonly token?: string | undefined;
  readonly oauth?: XurrentOAuthOptions | undefined;
}

/**
 * Bearer token (personal access token or OAuth) plus `X-Xurrent-Account`. The account id is not
 * a secret; it is a header the client is configured with once, as the spec's `accountHeader`
 * security scheme says, so it is never a per-call parameter.
 */
export function xurrentAuth(
  credentials: XurrentCredentials,
  tokenCaller: Omit<CallerOptions, 'baseUrl' | 'throwOnError' | 'pacing'>,
  clock: Clock | undefined,
  onSecret: (secret: string) => void,
): Auth {
  if (!credentials.account) throw new ConfigurationError('Xurrent needs `account` (the X-Xurrent-Account id, e.g. "widget").');
  const account = headerAuth('X-Xurrent-Account', credentials.account, { secret: false });
  if (credentials.token && credentials.oauth) throw new ConfigurationError('Xurrent takes either `token` or `oauth`, not both.');
  if (credentials.token) return combineAuth(account, bearerAuth(credentials.token));
  if (credentials.oauth) {
    const { clientId, clientSecret, tokenUrl = 'https://oauth.xurrent.com/token', refreshBeforeMs } = credentials.oauth;
    const grant = { type: 'client_credentials', clientId, clientSecret } as const;
    const tokens = new OAuthTokenCache({
      grant,
      send: tokenEndpoint(tokenUrl, { ...tokenCaller, auth: { secrets: grantSecrets(grant) } }),
      onSecret,
      ...(refreshBeforeMs === undefined ? {} : { refreshBeforeMs }),
      ...(clock === undefined ? {} : { clock }),
    });
    return combineAuth(account, tokenAuth(tokens), { secrets: grantSecrets(grant) });
  }
  throw new ConfigurationError('Xurrent needs `token` (a personal access token) or `oauth` (client credentials).');
}
