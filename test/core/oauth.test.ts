import { AuthenticationError, combineAuth, ConfigurationError, createCaller, importPrivateKey, jwtAssertionFactory, OAuthTokenCache, tokenAuth, tokenEndpoint } from '@specsmith/core';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { getThing } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const grant = { type: 'client_credentials', clientId: 'client-1', clientSecret: CANARY } as const;

function tokens(lifetimeSeconds: number | undefined) {
  const clock = virtualClock();
  let issued = 0;
  const sent: Record<string, string>[] = [];
  const cache = new OAuthTokenCache({
    grant,
    clock,
    send: async (form) => {
      sent.push({ ...form });
      issued += 1;
      return { access_token: `access-${issued}`, token_type: 'Bearer', ...(lifetimeSeconds === undefined ? {} : { expires_in: lifetimeSeconds }) };
    },
  });
  return { clock, cache, sent };
}

describe('OAuthTokenCache', () => {
  it('sends the client credentials grant and caches the token', async () => {
    const { cache, sent } = tokens(3600);
    expect(await cache.get()).toBe('access-1');
    expect(await cache.get()).toBe('access-1');
    expect(sent).toEqual([{ grant_type: 'client_credentials', client_id: 'client-1', client_secret: CANARY }]);
  });

  it('refreshes refreshBeforeMs (60 s) before expiry, not after', async () => {
    const { cache, clock } = tokens(3600);
    expect(await cache.get()).toBe('access-1');
    clock.advance(3_539_000);
    expect(await cache.get()).toBe('access-1');
    clock.advance(1000);
    expect(await cache.get()).toBe('access-2');
  });

  it('shares one refresh among concurrent callers', async () => {
    const { cache, sent } = tokens(3600);
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual(['access-1', 'access-1', 'access-1']);
    expect(sent).toHaveLength(1);
  });

  it('forgets a token the server refused, but not a newer one', async () => {
    const { cache } = tokens(undefined);
    expect(await cache.get()).toBe('access-1');
    cache.invalidate('access-0');
    expect(await cache.get()).toBe('access-1');
    cache.invalidate('access-1');
    expect(await cache.get()).toBe('access-2');
  });
});

describe('JWT bearer grant', () => {
  it('signs a fresh RS256 assertion that verifies with the public key', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', pair.privateKey)).toString('base64');
    const pem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.match(/.{1,64}/g)?.join('\n')}\n-----END PRIVATE KEY-----\n`;
    const make = jwtAssertionFactory({ privateKey: pem, issuer: 'client-1', keyId: 'k1' });
    const jwt = await make(Date.parse('2026-11-23T10:00:00Z'));
    const [header = '', claims = '', signature = ''] = jwt.split('.');
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    expect(decode(header)).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'k1' });
    expect(decode(claims)).toMatchObject({ iss: 'client-1', sub: 'client-1', iat: 1795428000, exp: 1795428300 });
    const valid = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', pair.publicKey, Buffer.from(signature, 'base64url'), new TextEncoder().encode(`${header}.${claims}`));
    expect(valid).toBe(true);
  });

  it('signs ES256 with a WebCrypto key, and explains keys it cannot use', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    const jwt = await jwtAssertionFactory({ privateKey: pair.privateKey, algorithm: 'ES256', issuer: 'c' })(0);
    const [header = '', claims = '', signature = ''] = jwt.split('.');
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pair.publicKey, Buffer.from(signature, 'base64url'), new TextEncoder().encode(`${header}.${claims}`))).toBe(true);

    await expect(importPrivateKey('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----', 'RS256')).rejects.toThrow(
      'The private key is in PKCS#1/SEC1 form; convert it to PKCS#8 with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem`.',
    );
    await expect(importPrivateKey('not a key', 'RS256')).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('tokenAuth', () => {
  it("is what sends a provider's tokens: a bare `tokens` without it is refused at creation", () => {
    const provider = { get: async () => 'access-1', invalidate: () => {} };
    expect(() => createCaller({ baseUrl: 'https://api.acme.test', auth: { tokens: provider, secrets: [] } })).toThrow(
      'auth.tokens must come from tokenAuth(provider) (or combineAuth of it), which sends the token.',
    );
    expect(() => createCaller({ baseUrl: 'https://api.acme.test', auth: combineAuth({ secrets: [] }, tokenAuth(provider)) })).not.toThrow();
  });
});

describe('OAuth on the wire', () => {
  function client(apiSteps: Parameters<typeof scriptedFetch>[0], tokenSteps: Parameters<typeof scriptedFetch>[0]) {
    const clock = virtualClock();
    const journal = recordingJournal();
    const tokenFetch = scriptedFetch(tokenSteps);
    const apiFetch = scriptedFetch(apiSteps);
    const cache = new OAuthTokenCache({
      grant,
      clock,
      send: tokenEndpoint('https://auth.acme.test/oauth/token', { fetch: tokenFetch, clock, journal, vendor: 'Acme', auth: { secrets: [CANARY] } }),
    });
    const caller = createCaller({ baseUrl: 'https://api.acme.test', vendor: 'Acme', fetch: apiFetch, clock, journal, auth: tokenAuth(cache) });
    return { ...caller, apiFetch, tokenFetch, clock, journal };
  }

  it('posts the grant as a form, sends the token as a bearer header, and refreshes it once on a 401', async () => {
    let n = 0;
    const { callOrThrow, apiFetch, tokenFetch } = client(
      [
        { status: 401, body: { message: 'token revoked' } },
        { status: 200, body: { id: 1 } },
      ],
      () => ({ status: 200, body: { access_token: `access-${++n}`, expires_in: 3600 } }),
    );
    const { data } = await callOrThrow(getThing, { params: { path: { id: 1 } } });
    expect(data).toEqual({ id: 1 });
    expect(tokenFetch.requests.map((request) => [request.url, request.headers['content-type'], request.body])).toEqual([
      ['https://auth.acme.test/oauth/token', 'application/x-www-form-urlencoded', `grant_type=client_credentials&client_id=client-1&client_secret=${encodeURIComponent(CANARY)}`],
      ['https://auth.acme.test/oauth/token', 'application/x-www-form-urlencoded', `grant_type=client_credentials&client_id=client-1&client_secret=${encodeURIComponent(CANARY)}`],
    ]);
    expect(apiFetch.requests.map((request) => request.headers.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('refreshes at most once per call: a second 401 is an AuthenticationError', async () => {
    let n = 0;
    const { callOrThrow, apiFetch } = client([{ status: 401, body: { message: 'nope' } }], () => ({ status: 200, body: { access_token: `access-${++n}` } }));
    const error = await failure<AuthenticationError>(callOrThrow(getThing, { params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('Acme getThing failed with HTTP 401: nope (after 2 attempts)');
    expect(apiFetch.requests).toHaveLength(2);
  });

  it("a refused grant becomes an AuthenticationError of the call, with the endpoint's reason", async () => {
    const { callOrThrow, apiFetch, journal } = client([{ status: 200, body: {} }], [{ status: 401, body: { error: 'invalid_client', error_description: 'Unknown client' } }]);
    const error = await failure<AuthenticationError>(callOrThrow(getThing, { params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('Acme getThing could not get an OAuth access token: Acme oauthToken failed with HTTP 401: Unknown client');
    expect(error.status).toBe(401);
    expect(apiFetch.requests).toHaveLength(0);
    expect(journal.entries[0]?.request.body).toBe('grant_type=client_credentials&client_id=client-1&client_secret=[REDACTED]');
  });
});
