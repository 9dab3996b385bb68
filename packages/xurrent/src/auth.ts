import { combineAuth, ConfigurationError, headerAuth } from '@specsmith/core';
import type { Auth, VendorAuthContext } from '@specsmith/core';

/** What an `oauth` option gets from the client it is given to: its options for the token endpoint's caller, its clock, its redactor. */
export type XurrentOAuthContext = VendorAuthContext;

/** OAuth for `createXurrentClient`'s `oauth` option; make one with `xurrentOAuth({ clientId, clientSecret })`. */
export interface XurrentOAuth {
  /** Builds the client's token auth (called once, when the client is created). */
  auth(context: XurrentOAuthContext): Auth;
}

export interface XurrentCredentials {
  readonly account: string;
  readonly token?: string | undefined;
  readonly oauth?: XurrentOAuth | undefined;
}

/**
 * Bearer token (personal access token or OAuth) plus `X-Xurrent-Account`. The account id is not
 * a secret; it is a header the client is configured with once, as the spec's `accountHeader`
 * security scheme says, so it is never a per-call parameter.
 */
export function xurrentAuth(credentials: XurrentCredentials, context: XurrentOAuthContext): Auth {
  if (!credentials.account) throw new ConfigurationError('Xurrent needs `account` (the X-Xurrent-Account id, e.g. "widget").');
  const account = headerAuth('X-Xurrent-Account', credentials.account, { secret: false });
  if (credentials.token && credentials.oauth) throw new ConfigurationError('Xurrent takes either `token` or `oauth`, not both.');
  if (credentials.token) return combineAuth(account, context.bearer(credentials.token));
  if (credentials.oauth) {
    if (typeof credentials.oauth.auth !== 'function') {
      throw new ConfigurationError('Xurrent `oauth` takes xurrentOAuth({ clientId, clientSecret }) from @specsmith/xurrent, not the plain options.');
    }
    return combineAuth(account, credentials.oauth.auth(context));
  }
  throw new ConfigurationError('Xurrent needs `token` (a personal access token) or `oauth` (client credentials).');
}
