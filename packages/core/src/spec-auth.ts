/**
 * Credentials placed where a generated package's spec says: a bearer token with the spec's
 * `x-token-prefix`, and a bare `token` in the body field of `x-body-token` or in the first
 * security scheme that a single token fits.
 */
import { bearerAuth, bodyTokenAuth, headerAuth } from './auth.js';
import type { Auth } from './auth.js';
import type { GeneratedApi } from './contract/index.js';
import { ConfigurationError } from './errors/base.js';

interface SchemeFields {
  readonly type?: unknown;
  readonly scheme?: unknown;
  readonly in?: unknown;
  readonly name?: unknown;
}

const isBearer = (scheme: SchemeFields) => scheme.type === 'http' && typeof scheme.scheme === 'string' && scheme.scheme.toLowerCase() === 'bearer';

/** Names of the security schemes the operations use, in the order they first use them. */
function schemeNamesInUse(api: GeneratedApi): Set<string> {
  const names = new Set<string>();
  for (const operation of Object.values(api.operations)) for (const alternative of operation.security) for (const name of alternative) names.add(name);
  return names;
}

/** The spec's security schemes, those its operations use first, then the rest. */
function schemesInUse(api: GeneratedApi): [string, SchemeFields][] {
  const names = schemeNamesInUse(api);
  for (const name of Object.keys(api.securitySchemes)) names.add(name);
  const found: [string, SchemeFields][] = [];
  for (const name of names) {
    const scheme = api.securitySchemes[name];
    if (scheme !== null && typeof scheme === 'object') found.push([name, scheme as SchemeFields]);
  }
  return found;
}

/**
 * The `x-token-prefix` of the spec's bearer scheme (JourneyApps `O:`): only bearer schemes carry
 * one (rule `specsmith/token-prefix`), so the policy's prefixes are enough, the first the operations use.
 */
export function bearerPrefix(api: GeneratedApi): string | undefined {
  const prefixes = api.policy.tokenPrefixes ?? {};
  for (const name of schemeNamesInUse(api)) if (prefixes[name] !== undefined) return prefixes[name];
  return Object.values(prefixes)[0];
}

const describeScheme = ([name, scheme]: [string, SchemeFields]) => `${name} (${[scheme.type, scheme.scheme ?? scheme.in].filter((part) => typeof part === 'string').join(' ')})`;

/**
 * Where a single `token` goes: the body field of the spec's `x-body-token`; else the first scheme
 * it fits, a bearer token (prefix added), an OAuth or OpenID Connect access token as a bearer
 * token, or an API key in a header. A key in the query or a cookie, and Basic (two parts), are
 * not a single token in a header, so they need `auth`.
 */
export function authForToken(api: GeneratedApi, token: string, vendor: string): Auth {
  if (api.policy.bodyToken) return bodyTokenAuth(token);
  const schemes = schemesInUse(api);
  for (const [name, scheme] of schemes) {
    if (isBearer(scheme)) return bearerAuth(token, { prefix: api.policy.tokenPrefixes?.[name] });
    if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return bearerAuth(token);
    if (scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string') return headerAuth(scheme.name, token);
  }
  const declared = schemes.length > 0 ? `the spec's schemes are ${schemes.map(describeScheme).join(', ')}, none of them one token in a header` : 'the spec declares no security scheme';
  throw new ConfigurationError(`${vendor}: \`token\` has nowhere to go (${declared}); pass \`auth\` instead, e.g. basicAuth(username, password), headerAuth(name, value) or bearerAuth(token).`);
}
