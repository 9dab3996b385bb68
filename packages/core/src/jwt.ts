import { ConfigurationError } from './errors/base.js';

/** JWS algorithms the JWT bearer grant accepts (Xtremepush lists exactly these). */
export type JwtAlgorithm = 'RS256' | 'RS384' | 'RS512' | 'ES256' | 'ES384' | 'ES512';

/** How to build the signed JWT of an OAuth JWT bearer grant (RFC 7523). */
export interface JwtSigningOptions {
  /** A PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) or a WebCrypto signing key. */
  readonly privateKey: string | CryptoKey;
  /**
   * @default 'RS256'
   */
  readonly algorithm?: JwtAlgorithm;
  /** `iss`, usually the client ID. */
  readonly issuer: string;
  /**
   * `sub`.
   * @default the issuer
   */
  readonly subject?: string;
  /** `aud`, when the vendor wants one. */
  readonly audience?: string;
  /**
   * Seconds from `iat` to `exp`.
   * @default 300
   */
  readonly lifetimeSeconds?: number;
  /** `kid` header, when the vendor holds several keys. */
  readonly keyId?: string;
}

const algorithms = {
  RS256: { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, sign: { name: 'RSASSA-PKCS1-v1_5' } },
  RS384: { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }, sign: { name: 'RSASSA-PKCS1-v1_5' } },
  RS512: { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' }, sign: { name: 'RSASSA-PKCS1-v1_5' } },
  ES256: { import: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: 'SHA-256' } },
  ES384: { import: { name: 'ECDSA', namedCurve: 'P-384' }, sign: { name: 'ECDSA', hash: 'SHA-384' } },
  ES512: { import: { name: 'ECDSA', namedCurve: 'P-521' }, sign: { name: 'ECDSA', hash: 'SHA-512' } },
} as const satisfies Record<JwtAlgorithm, { import: object; sign: object }>;

const base64url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const encodeJson = (value: object) => base64url(new TextEncoder().encode(JSON.stringify(value)));

/** Imports a PKCS#8 PEM for signing with WebCrypto (Node ≥ 20 and browsers; no node:crypto). */
export async function importPrivateKey(pem: string, algorithm: JwtAlgorithm): Promise<CryptoKey> {
  if (/BEGIN (RSA|EC) PRIVATE KEY/.test(pem)) {
    throw new ConfigurationError('The private key is in PKCS#1/SEC1 form; convert it to PKCS#8 with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem`.');
  }
  const body = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem)?.[1];
  if (!body) throw new ConfigurationError('The private key is not a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----").');
  const der = Uint8Array.from(atob(body.replace(/\s+/g, '')), (char) => char.charCodeAt(0));
  try {
    return await crypto.subtle.importKey('pkcs8', der, algorithms[algorithm].import, false, ['sign']);
  } catch (cause) {
    throw new ConfigurationError(`The private key cannot be used for ${algorithm}.`, { cause });
  }
}

/** Signs `claims` as a compact JWS. */
async function signJwt(claims: Record<string, unknown>, key: CryptoKey, algorithm: JwtAlgorithm, keyId?: string): Promise<string> {
  const header = { alg: algorithm, typ: 'JWT', ...(keyId ? { kid: keyId } : {}) };
  const input = `${encodeJson(header)}.${encodeJson(claims)}`;
  const signature = await crypto.subtle.sign(algorithms[algorithm].sign, key, new TextEncoder().encode(input));
  return `${input}.${base64url(new Uint8Array(signature))}`;
}

/** Returns a function that makes a fresh assertion on each call; the key is imported once. */
export function jwtAssertionFactory(options: JwtSigningOptions): (nowMs: number) => Promise<string> {
  const algorithm = options.algorithm ?? 'RS256';
  let key: Promise<CryptoKey> | undefined;
  return async (nowMs) => {
    key ??= typeof options.privateKey === 'string' ? importPrivateKey(options.privateKey, algorithm) : Promise.resolve(options.privateKey);
    const iat = Math.floor(nowMs / 1000);
    const claims = {
      iss: options.issuer,
      sub: options.subject ?? options.issuer,
      ...(options.audience ? { aud: options.audience } : {}),
      iat,
      exp: iat + (options.lifetimeSeconds ?? 300),
      jti: crypto.randomUUID(),
    };
    return signJwt(claims, await key, algorithm, options.keyId);
  };
}
