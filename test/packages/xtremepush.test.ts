import { AuthenticationError, createXtremepushClient, ErrorCode, ServerError, ValidationError, xtremepushBaseUrl, xtremepushOAuth } from '@specsmith/xtremepush';
import type { XtremepushClientOptions } from '@specsmith/xtremepush';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal, recordingLogger } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const base = 'http://127.0.0.1:4011';
const ok = (extra: object = {}) => ({ body: { code: 200, success: true, ...extra } });

function xtremepush(steps: readonly Step[] | Parameters<typeof scriptedFetch>[0], options: Partial<XtremepushClientOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const clock = virtualClock();
  const journal = recordingJournal();
  const logger = recordingLogger();
  const client = createXtremepushClient({ ...(options.oauth ? {} : { appToken: CANARY }), baseUrl: base, fetch, clock, journal, logger, ...options });
  return { client, fetch, clock, journal, logger };
}

describe('createXtremepushClient', () => {
  it("picks the region host from the spec's servers", () => {
    expect(xtremepushBaseUrl()).toBe('https://external-api.xtremepush.com');
    expect(xtremepushBaseUrl('us')).toBe('https://api.us.xtremepush.com');
  });

  it('puts the App Token into the body of every call; the caller never passes it', async () => {
    const { client, fetch } = xtremepush([ok({ model: { id: 7 } })]);
    await client.campaigns.create({ body: { title: 'Spring sale', push_text: 'Hi' } });
    await client.campaigns.send({ body: { id: 7 } });
    expect(fetch.requests.map((request) => [request.method, request.path, request.json, request.headers.authorization])).toEqual([
      ['POST', '/api/external/create/campaign', { apptoken: CANARY, title: 'Spring sale', push_text: 'Hi' }, undefined],
      ['POST', '/api/external/send/campaign', { apptoken: CANARY, id: 7 }, undefined],
    ]);
  });

  it("follows the vendor's retry advice for reads: once at once, then once after 30 s", async () => {
    const { client, clock, fetch } = xtremepush([{ status: 500, body: { code: 500, success: false, message: 'Server error' } }, { status: 500 }, ok({ data: [] })]);
    const { data } = await client.campaigns.list({ body: { limit: 10 } });
    expect(data).toEqual({ code: 200, success: true, data: [] });
    expect(fetch.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([0, 30_000]);
  });

  it('never retries a write (create, execute, import) after a 5xx', async () => {
    const { client, fetch, journal } = xtremepush([{ status: 500, body: { code: 500, success: false, message: 'Server error' } }, ok()], { throwOnError: true });
    const error = await failure<ServerError>(client.campaigns.execute({ body: { id: 3, target: ['u1'] } }));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toBe('Xtremepush executeCampaign failed with HTTP 500 (InternalServerError): Server error');
    expect(fetch.requests).toHaveLength(1);
    expect(journal.entries[0]?.request.body).toEqual({ apptoken: '[REDACTED]', id: 3, target: ['u1'] });
  });

  it('treats success: false inside an HTTP 200 as an error, with its {field: [messages]}', async () => {
    const body = { code: 400, success: false, message: 'Invalid request', errors: { apptoken: ['The apptoken field is invalid.'], limit: ['The limit must be an integer.'] } };
    const { client } = xtremepush([{ status: 200, body }]);
    const result = await client.profiles.list({ body: { limit: 5 } });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual(body);
    const error = client.errorOf(result);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.code).toBe(ErrorCode.BadRequest);
    expect(error?.message).toBe(
      'Xtremepush listProfiles failed with error 400 (BadRequest) in an HTTP 200 response: Invalid request [apptoken: The apptoken field is invalid.; limit: The limit must be an integer.]',
    );
  });

  it('pages a list with limit/offset in the body', async () => {
    const { client, fetch } = xtremepush([ok({ data: [{ id: 1 }, { id: 2 }] }), ok({ data: [{ id: 3 }] })]);
    const ids = (await client.paginate('listCampaigns', { body: { select: ['id'] } }, { pageSize: 2 }).toArray()).map((campaign) => campaign.id);
    expect(ids).toEqual([1, 2, 3]);
    expect(fetch.requests.map((request) => request.json)).toEqual([
      { apptoken: CANARY, select: ['id'], limit: 2 },
      { apptoken: CANARY, select: ['id'], limit: 2, offset: 2 },
    ]);
  });

  it('OAuth client credentials: token from /api/oauth/token, sent as a bearer header, refreshed before expiry', async () => {
    let issued = 0;
    const { client, fetch, clock } = xtremepush(
      (request) => (request.path === '/api/oauth/token' ? { body: { access_token: `xp-access-${++issued}`, token_type: 'Bearer', expires_in: 600 } } : ok()),
      { oauth: xtremepushOAuth({ clientId: 'client-9', clientSecret: CANARY }) },
    );
    await client.events.hit({ body: { user_id: 'u1', event: 'login' } });
    clock.advance(539_000);
    await client.events.hit({ body: { user_id: 'u1', event: 'login' } });
    clock.advance(2000);
    await client.events.hit({ body: { user_id: 'u1', event: 'login' } });
    expect(fetch.requests.map((request) => [request.path, request.headers.authorization ?? null, request.body])).toEqual([
      ['/api/oauth/token', null, `grant_type=client_credentials&client_id=client-9&client_secret=${encodeURIComponent(CANARY)}`],
      ['/api/external/hit/event', 'Bearer xp-access-1', '{"user_id":"u1","event":"login"}'],
      ['/api/external/hit/event', 'Bearer xp-access-1', '{"user_id":"u1","event":"login"}'],
      ['/api/oauth/token', null, `grant_type=client_credentials&client_id=client-9&client_secret=${encodeURIComponent(CANARY)}`],
      ['/api/external/hit/event', 'Bearer xp-access-2', '{"user_id":"u1","event":"login"}'],
    ]);
  });

  it('OAuth JWT bearer: signs an assertion with the registered key', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const pem = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(await crypto.subtle.exportKey('pkcs8', pair.privateKey)).toString('base64')}\n-----END PRIVATE KEY-----`;
    const { client, fetch } = xtremepush((request) => (request.path === '/api/oauth/token' ? { body: { access_token: 'jwt-access', expires_in: 3600 } } : ok()), {
      oauth: xtremepushOAuth({ clientId: 'client-9', privateKey: pem, algorithm: 'ES256' }),
    });
    await client.tasks.list({ body: { limit: 1 } });
    const form = new URLSearchParams(fetch.requests[0]?.body);
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const [header = '', claims = '', signature = ''] = (form.get('assertion') ?? '').split('.');
    expect(JSON.parse(Buffer.from(claims, 'base64url').toString())).toMatchObject({ iss: 'client-9', sub: 'client-9' });
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pair.publicKey, Buffer.from(signature, 'base64url'), new TextEncoder().encode(`${header}.${claims}`))).toBe(true);
    expect(fetch.requests[1]?.headers.authorization).toBe('Bearer jwt-access');
  });

  it('reports a refused OAuth client as an AuthenticationError, with no secret in it', async () => {
    const { client } = xtremepush([{ status: 401, body: { error: 'invalid_client', error_description: `Client secret ${CANARY} is wrong` } }], {
      oauth: xtremepushOAuth({ clientId: 'client-9', clientSecret: CANARY }),
      throwOnError: true,
    });
    const error = await failure<AuthenticationError>(client.campaigns.list({ body: {} }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('Xtremepush listCampaigns could not get an OAuth access token: Xtremepush oauthToken failed with HTTP 401 (Unauthorized): Client secret [REDACTED] is wrong');
  });

  it('takes exactly one credential', () => {
    expect(() => createXtremepushClient({ appToken: CANARY, oauth: xtremepushOAuth({ clientId: 'c', clientSecret: CANARY }) })).toThrow('Xtremepush takes either `appToken` or `oauth`, not both.');
    expect(() => createXtremepushClient({})).toThrow('Xtremepush needs `appToken` (Settings > Integrations > API Integration) or `oauth`.');
    expect(() => createXtremepushClient({ oauth: { clientId: 'c', clientSecret: CANARY } as never })).toThrow(
      'Xtremepush `oauth` takes xtremepushOAuth({ … }) from @specsmith/xtremepush, not the plain options.',
    );
  });
});
