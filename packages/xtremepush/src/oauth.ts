import { combineAuth, grantSecrets, jwtAssertionFactory, OAuthTokenCache, tokenAuth, tokenEndpoint } from '@specsmith/core';
import type { Auth, JwtAlgorithm, OAuthGrant } from '@specsmith/core';
import type { XtremepushOAuth, XtremepushOAuthContext } from './auth.js';

/**
 * OAuth 2.0 instead of the App Token. Client credentials, or the JWT bearer grant with a key
 * registered in Settings > Integrations > API Integration (PKCS#8 PEM or a CryptoKey; Xtremepush
 * accepts RS256/384/512 and ES256/384/512), or an `assertion` function that signs the JWT itself.
 */
export type XtremepushOAuthOptions = (
  | { readonly clientId: string; readonly clientSecret: string }
  | {
      readonly clientId: string;
      readonly privateKey: string | CryptoKey;
      /** @default 'RS256' */
      readonly algorithm?: JwtAlgorithm;
      readonly audience?: string;
      readonly keyId?: string;
    }
  | { readonly assertion: () => string | Promise<string> }
) & {
  readonly scope?: string;
  /**
   * Refresh the token this long before it expires.
   * @default 60000
   */
  readonly refreshBeforeMs?: number;
};

function grantOf(oauth: XtremepushOAuthOptions): OAuthGrant {
  const scope = oauth.scope ? { scope: oauth.scope } : {};
  if ('clientSecret' in oauth) return { type: 'client_credentials', clientId: oauth.clientId, clientSecret: oauth.clientSecret, ...scope };
  if ('privateKey' in oauth) {
    const { clientId, privateKey, algorithm, audience, keyId } = oauth;
    return {
      type: 'jwt_bearer',
      assertion: jwtAssertionFactory({
        issuer: clientId,
        privateKey,
        ...(algorithm ? { algorithm } : {}),
        ...(audience ? { audience } : {}),
        ...(keyId ? { keyId } : {}),
      }),
      ...scope,
    };
  }
  const make = oauth.assertion;
  return { type: 'jwt_bearer', assertion: () => make(), ...scope };
}

/**
 * The `oauth` option of `createXtremepushClient`: `oauth: xtremepushOAuth({ clientId, clientSecret })`
 * (or a JWT bearer grant). The access token goes into `Authorization: Bearer` (the spec's
 * documented assumption) and is refreshed before it expires. A function of its own, so a client
 * with an App Token does not bundle OAuth or the JWT signer. Nothing is checked or sent until the
 * client is created.
 */
export function xtremepushOAuth(options: XtremepushOAuthOptions): XtremepushOAuth {
  return {
    auth({ tokenUrl, tokenCaller, clock, onSecret }: XtremepushOAuthContext): Auth {
      const grant = grantOf(options);
      const secrets = grantSecrets(grant);
      const tokens = new OAuthTokenCache({
        grant,
        send: tokenEndpoint(tokenUrl, { ...tokenCaller, auth: { secrets } }),
        onSecret,
        ...(options.refreshBeforeMs === undefined ? {} : { refreshBeforeMs: options.refreshBeforeMs }),
        ...(clock === undefined ? {} : { clock }),
      });
      return combineAuth(tokenAuth(tokens), { secrets });
    },
  };
}
