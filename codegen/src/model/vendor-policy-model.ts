// The vendor's own rules as the spec's root extensions give them (x-body-token, x-retry,
// x-rate-limit, x-token-prefix on a security scheme), in the contract's `VendorPolicy` shape.
// Lint has validated each extension against its schema (codegen/contract/), which allows no
// other keys, before the model is built, so the values are taken as they are.
import type { BodyTokenPolicy, VendorPolicy, VendorRateLimitPolicy, VendorRetryPolicy } from '@specsmith/core/contract';
import { isObject, type Json } from './json-ref.js';

export function readBodyToken(value: unknown): BodyTokenPolicy | null {
  return isObject(value) ? (value as unknown as BodyTokenPolicy) : null;
}

/** `x-token-prefix` of each security scheme that has one, by scheme name. */
function readTokenPrefixes(securitySchemes: Readonly<Record<string, Json>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(securitySchemes).flatMap(([name, scheme]): [string, string][] => {
      const prefix = scheme['x-token-prefix'];
      return typeof prefix === 'string' && prefix !== '' ? [[name, prefix]] : [];
    }),
  );
}

/** The policy; `tokenPrefixes` only when some scheme has a prefix. */
export function readVendorPolicy(document: Json, securitySchemes: Readonly<Record<string, Json>>): VendorPolicy {
  const retry = document['x-retry'];
  const rateLimit = document['x-rate-limit'];
  const tokenPrefixes = readTokenPrefixes(securitySchemes);
  return {
    bodyToken: readBodyToken(document['x-body-token']),
    retry: isObject(retry) ? (retry as VendorRetryPolicy) : null,
    rateLimit: isObject(rateLimit) ? (rateLimit as unknown as VendorRateLimitPolicy) : null,
    ...(Object.keys(tokenPrefixes).length > 0 ? { tokenPrefixes } : {}),
  };
}
