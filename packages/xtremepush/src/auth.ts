import { bodyTokenAuth, combineAuth, ConfigurationError, grantSecrets, jwtAssertionFactory, OAuthTokenCache, tokenAuth, tokenEndpoint } from '@specsmith/core';
import type { Auth, CallerOptions, Clock, JwtAlgorithm, OAuthGrant } from '@specsmith/core';

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
 * The App Token goes into the `apptoken` body field of every operation the spec marks with it;
 * an OAuth access token goes into `Authorization: Bearer` (the spec's documented assumption) and
 * is refreshed before it expires.
 */
export function xtremepushAuth(
  credentials: { readonly appToken?: string | undefined; readonly oauth?: XtremepushOAuthOptions | undefined },
  tokenUrl: string,
  tokenCaller: Omit<CallerOptions, 'baseUrl' | 'throwOnError' | 'pacing'>,
  clock: Clock | undefined,
  onSecret: (secret: string) => void,
): Auth {
  if (credentials.appToken && credentials.oauth) throw new ConfigurationError('Xtremepush takes either `appToken` or `oauth`, not both.');
  if (credentials.appToken) return bodyTokenAuth(credentials.appToken);
  if (credentials.oauth) {
    const grant = grantOf(credentials.oauth);
    const secrets = grantSecrets(grant);
    const tokens = new OAuthTokenCache({
      grant,
      send: tokenEndpoint(tokenUrl, { ...tokenCaller, auth: { secrets } }),
      onSecret,
      ...(credentials.oauth.refreshBeforeMs === undefined ? {} : { refreshBeforeMs: credentials.oauth.refreshBeforeMs }),
      ...(clock === undefined ? {} : { clock }),
    });
    return combineAuth(tokenAuth(tokens), { secrets });
  }
  throw new ConfigurationError('Xtremepush needs `appToken` (Settings > Integrations > API Integration) or `oauth`.');
}
