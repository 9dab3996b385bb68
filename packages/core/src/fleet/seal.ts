/**
 * The shared OAuth token is stored sealed (AES-256-GCM, with a key derived from the credential by
 * HKDF), so a reader of Redis who lacks the credential gets no bearer token to use, and a value
 * altered in Redis fails to open instead of being sent. `v1.<refreshAt>.<iv>.<sealed+tag>`.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { TokenLease } from '../fleet-store.js';

export type SealKey = Buffer;

export function sealKey(credential: string): SealKey {
  return Buffer.from(hkdfSync('sha256', credential, 'specsmith-fleet', 'oauth access token', 32));
}

export function seal(key: SealKey, lease: TokenLease): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The refresh time is authenticated too, so nobody can stretch a token's life in Redis.
  cipher.setAAD(Buffer.from(String(lease.refreshAt)));
  const sealed = Buffer.concat([cipher.update(lease.token, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v1.${lease.refreshAt}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** The lease in `value`, or undefined when it is not one this credential sealed. */
export function open(key: SealKey, value: string): TokenLease | undefined {
  const [version, refreshAt, iv, sealed] = value.split('.');
  if (version !== 'v1' || !refreshAt || !iv || !sealed) return undefined;
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(refreshAt));
    decipher.setAuthTag(bytes.subarray(-16));
    const token = Buffer.concat([decipher.update(bytes.subarray(0, -16)), decipher.final()]).toString('utf8');
    return { token, refreshAt: Number(refreshAt) };
  } catch {
    return undefined;
  }
}
