import { bodyTokenAuth, ConfigurationError } from '@specsmith/core';
import type { Auth, VendorAuthContext } from '@specsmith/core';

/** What an `oauth` option gets from the client it is given to: the client's own, plus its token endpoint. */
export interface XtremepushOAuthContext extends VendorAuthContext {
  /** The token endpoint of the client's base URL (`/api/oauth/token`). */
  readonly tokenUrl: string;
}

/** OAuth for `createXtremepushClient`'s `oauth` option; make one with `xtremepushOAuth({ … })`. */
export interface XtremepushOAuth {
  /** Builds the client's token auth (called once, when the client is created). */
  auth(context: XtremepushOAuthContext): Auth;
}

/**
 * The App Token goes into the `apptoken` body field of every operation the spec marks with it;
 * an OAuth access token goes into `Authorization: Bearer` (see `xtremepushOAuth`).
 */
export function xtremepushAuth(credentials: { readonly appToken?: string | undefined; readonly oauth?: XtremepushOAuth | undefined }, context: XtremepushOAuthContext): Auth {
  if (credentials.appToken && credentials.oauth) throw new ConfigurationError('Xtremepush takes either `appToken` or `oauth`, not both.');
  if (credentials.appToken) return bodyTokenAuth(credentials.appToken);
  if (credentials.oauth) {
    if (typeof credentials.oauth.auth !== 'function') {
      throw new ConfigurationError('Xtremepush `oauth` takes xtremepushOAuth({ … }) from @specsmith/xtremepush, not the plain options.');
    }
    return credentials.oauth.auth(context);
  }
  throw new ConfigurationError('Xtremepush needs `appToken` (Settings > Integrations > API Integration) or `oauth`.');
}
