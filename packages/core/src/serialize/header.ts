/**
 * Header and cookie parameters by OpenAPI 3.1's styles: simple for a header, form for a
 * cookie. Hand-written so core has no third-party runtime dependency (openapi-fetch has no
 * serializer for either: it copies header values as they are and has no cookie parameters).
 */
import type { ParameterStyle } from '../contract/index.js';
import { cookieLayout, encodeText, expand, keepText, layouts } from './expand.js';
import { headerStyleFor, styleFor } from './style-for.js';

/**
 * One header parameter's value, simple style: an array is `a,b`, an object `R,100,G,200`
 * (`R=100,G=200` with explode). Nothing is percent-encoded (OpenAPI 3.1.1, Appendix D: RFC 6570's
 * encoding does not suit headers); the request's header check refuses control characters.
 * Undefined when nothing is to be sent (undefined, null, an empty array or object).
 */
export function serializeHeader(name: string, value: unknown, styles?: readonly ParameterStyle[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  const explode = headerStyleFor(styles, name)?.explode ?? false;
  return expand(value, name, layouts.simple, explode, keepText, { location: 'header', name });
}

/**
 * The Cookie header value for a call's cookie parameters, form style: `a=1; b=2` ('' when
 * nothing is sent). Names and values are percent-encoded, as form style does, so that no `;`,
 * `,` or space in a value can start another cookie. With explode (the default) an array is
 * `id=3; id=4` and an object `R=100; G=200`: OpenAPI 3.1.1 (Appendix D) points out that `&`, as
 * in a query, is not cookie syntax, where pairs are delimited by `; `. Without explode, `id=3,4`.
 */
export function serializeCookies(cookies: Readonly<Record<string, unknown>> | undefined | null, styles?: readonly ParameterStyle[]): string {
  if (cookies === undefined || cookies === null) return '';
  let out = '';
  for (const name in cookies) {
    if (!Object.hasOwn(cookies, name)) continue;
    const value = cookies[name];
    if (value === undefined || value === null) continue;
    const explode = styleFor(styles, 'cookie', name)?.explode ?? true;
    const part = expand(value, encodeText(name), cookieLayout, explode, encodeText, { location: 'cookie', name });
    if (part !== undefined) out += `${out === '' ? '' : '; '}${part}`;
  }
  return out;
}
