import { combineAuth, grantSecrets, OAuthTokenCache, tokenAuth, tokenEndpoint } from '@specsmith/core';
import type { Auth } from '@specsmith/core';
import type { XurrentOAuth, XurrentOAuthContext } from './auth.js';

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

/**
 * The `oauth` option of `createXurrentClient`: `oauth: xurrentOAuth({ clientId, clientSecret })`.
 * The token is fetched, cached and refreshed before it expires. A function of its own, so a client
 * with a personal access token does not bundle OAuth. Nothing is checked or sent until the client
 * is created.
 */
export function xurrentOAuth(options: XurrentOAuthOptions): XurrentOAuth {
  return {
    auth({ tokenCaller, clock, onSecret }: XurrentOAuthContext): Auth {
      const { clientId, clientSecret, tokenUrl = 'https://oauth.xurrent.com/token', refreshBeforeMs } = options;
      const grant = { type: 'client_credentials', clientId, clientSecret } as const;
      const tokens = new OAuthTokenCache({
        grant,
        send: tokenEndpoint(tokenUrl, { ...tokenCaller, auth: { secrets: grantSecrets(grant) } }),
        onSecret,
        ...(refreshBeforeMs === undefined ? {} : { refreshBeforeMs }),
        ...(clock === undefined ? {} : { clock }),
      });
      return combineAuth(tokenAuth(tokens), { secrets: grantSecrets(grant) });
    },
  };
}
