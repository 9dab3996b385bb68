/**
 * Where a fleet keeps what one vendor credential shares: `specsmith:<vendor>:<hash>:<what>`, the
 * hash being the first 16 hex digits (64 bits) of the credential's SHA-256. The key names a
 * credential without revealing it, and two credentials collide with a chance of 2^-64.
 */
import { createHash } from 'node:crypto';

export interface FleetKeys {
  /** `specsmith:<vendor>:<hash>`, the namespace every key below sits in. */
  readonly prefix: string;
  /** Hash: the rate budget (level, limit, reset, window, what the fleet took). */
  readonly budget: string;
  /** Sorted set: start times of the requests in the current burst window. */
  readonly burst: string;
  /** String: the epoch ms until which a 429's Retry-After holds every process. */
  readonly cooldown: string;
  /** String: the sealed OAuth access token. */
  readonly token: string;
  /** String: the id of the process fetching a new token. */
  readonly lock: string;
}

/** The credential's 16-hex-digit fingerprint. */
export function credentialHash(credential: string): string {
  return createHash('sha256').update(credential).digest('hex').slice(0, 16);
}

/** The vendor's name as a key segment: lower case, letters, digits and dashes only (no `:`). */
const segment = (vendor: string): string =>
  vendor
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'api';

export function fleetKeys(vendor: string, credential: string): FleetKeys {
  const prefix = `specsmith:${segment(vendor)}:${credentialHash(credential)}`;
  return {
    prefix,
    budget: `${prefix}:budget`,
    burst: `${prefix}:burst`,
    cooldown: `${prefix}:cooldown`,
    token: `${prefix}:token`,
    lock: `${prefix}:token-lock`,
  };
}
