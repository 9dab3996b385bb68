// defineVendorClient: a vendor's name, base URL and auth, with the spec's policies applied from
// its generated `api` (here a hand-made one for a made-up vendor, Acme).
import { AuthenticationError, bodyTokenAuth, ConfigurationError, ConflictError, defineVendorClient, NotFoundError, ServerError } from '@specsmith/core';
import type { Auth, Caller, CommonClientOptions, VendorAuthContext } from '@specsmith/core';
import type { GeneratedApi } from '@specsmith/core/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal, remember } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { operation } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const operations = {
  getThing: operation({ operationId: 'getThing', method: 'get', path: '/things/{id}', responseMediaTypes: ['application/json'] }),
  createThing: operation({ operationId: 'createThing', method: 'post', path: '/things', bodyToken: 'acmeKey', requestMediaTypes: ['application/json', 'application/x-www-form-urlencoded'] }),
};
type Outcome = { data?: unknown; error?: unknown; response: Response };
const createResources = (call: Caller) => ({
  things: {
    get: (init?: object) => call(operations.getThing, init) as Promise<Outcome>,
    create: (init?: object) => call(operations.createThing, init) as Promise<Outcome>,
  },
});
const api: GeneratedApi<ReturnType<typeof createResources>, typeof operations> = {
  title: 'Acme API',
  operations,
  createResources,
  errors: { catalogue: { in: 'body', field: 'code', message: 'message' }, codes: { NOPE: { name: 'Nope', status: 404, retryable: false, description: 'Not there.' } } },
  policy: {
    bodyToken: { field: 'acmeKey', description: 'The API key, in the body.' },
    retry: { maxRetries: 1, delaysMs: [250] },
    rateLimit: { headers: 'none', burst: { requests: 2, perMs: 1000 } },
    tokenPrefixes: { bearerAuth: 'K:' },
  },
  servers: [{ url: 'https://{region}.acme.test/v1', variables: { region: { default: 'eu' } } }],
  securitySchemes: {},
};

interface AcmeOptions extends CommonClientOptions {
  readonly key: string;
  readonly region?: string;
  readonly language?: string;
  readonly keyIn?: 'body' | 'header';
  readonly form?: boolean;
  readonly traced?: boolean;
}

let seenContext: VendorAuthContext | undefined;
const createAcmeClient = defineVendorClient<typeof api, AcmeOptions>(api, {
  vendor: 'Acme',
  baseUrl: (options) => `https://${options.region ?? 'eu'}.acme.test/v1`,
  auth: (options, context): Auth => {
    seenContext = context;
    if (!options.key) throw new ConfigurationError('Acme needs `key`.');
    return options.keyIn === 'header' ? context.bearer(options.key) : bodyTokenAuth(options.key);
  },
  headers: (options) => ({ 'X-Acme-Language': options.language }),
  errors: { kinds: { NOPE: 'conflict' } },
  requestContentType: (operation, options) => (options.form && operation.requestMediaTypes.includes('application/x-www-form-urlencoded') ? 'application/x-www-form-urlencoded' : undefined),
  requestHeaders: (_operation, options) => (options.traced ? { 'X-Trace': 'fresh' } : undefined),
});

function acme(steps: readonly Step[], options: Partial<AcmeOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const clock = virtualClock();
  const journal = recordingJournal();
  const client = createAcmeClient({ key: CANARY, baseUrl: 'https://api.acme.test/v1', fetch, clock, journal, ...options });
  return { client, fetch, clock, journal };
}

describe('defineVendorClient', () => {
  it("sends to the options' baseUrl, else the definition's; the vendor's headers go over the options' and an undefined one is left out", async () => {
    const fetch = scriptedFetch([{ body: { id: 1 } }]);
    const client = createAcmeClient({ key: CANARY, region: 'us', fetch, headers: { 'X-Acme-Language': 'en', 'X-App': 'demo' }, language: 'nl', keyIn: 'header' });
    await client.things.get({ params: { path: { id: 1 } } });
    const plain = acme([{ body: { id: 1 } }], { keyIn: 'header' });
    await plain.client.things.get({ params: { path: { id: 1 } } });
    expect(fetch.requests[0]?.url).toBe('https://us.acme.test/v1/things/1');
    expect(fetch.requests[0]?.headers).toEqual({ authorization: `Bearer K:${CANARY}`, 'x-acme-language': 'nl', 'x-app': 'demo' });
    expect(plain.fetch.requests[0]?.url).toBe('https://api.acme.test/v1/things/1');
    expect(plain.fetch.requests[0]?.headers).toEqual({ authorization: `Bearer K:${CANARY}` });
  });

  it("bearer() adds the spec's x-token-prefix once, not to a token that has it", async () => {
    const { client, fetch } = acme([{ body: { id: 1 } }], { key: 'K:abc', keyIn: 'header' });
    await client.things.get({ params: { path: { id: 1 } } });
    expect(fetch.requests[0]?.headers.authorization).toBe('Bearer K:abc');
  });

  it("retries by the spec's x-retry (one retry after 250 ms), under the options' retry", async () => {
    const spec = acme([{ status: 503, body: { message: 'busy' } }, { body: { id: 1 } }]);
    expect((await spec.client.things.get({ params: { path: { id: 1 } } })).data).toEqual({ id: 1 });
    expect(spec.fetch.requests).toHaveLength(2);
    expect(spec.clock.sleeps).toEqual([250]);

    const overridden = acme([{ status: 503, body: { message: 'busy' } }, { body: { id: 1 } }], { retry: { maxRetries: 0 }, throwOnError: true });
    const error = await failure<ServerError>(overridden.client.things.get({ params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toBe('Acme getThing failed with HTTP 503: busy');
    expect(overridden.fetch.requests).toHaveLength(1);
  });

  it("keeps to the spec's burst limit (2 per second); pacing: false turns it off", async () => {
    const paced = acme([{ body: {} }]);
    const start = paced.clock.now();
    const sentAt: number[] = [];
    const stamp = () => sentAt.push(paced.clock.now() - start);
    await Promise.all([1, 2, 3].map((id) => paced.client.things.get({ params: { path: { id } } }).then(stamp)));
    expect(sentAt).toEqual([0, 0, 1000]);

    const unpaced = acme([{ body: {} }], { pacing: false });
    await Promise.all([1, 2, 3].map((id) => unpaced.client.things.get({ params: { path: { id } } })));
    expect(unpaced.clock.sleeps).toEqual([]);
  });

  it("fills the x-body-token field and redacts it; the catalogue reads the code, the definition's kinds pick the class", async () => {
    const { client, fetch, journal } = acme([{ status: 404, body: { code: 'NOPE', message: `no thing for ${CANARY}` } }]);
    const result = await client.things.create({ body: { name: 'x' } });
    const error = client.errorOf(result);
    remember(error);
    expect(fetch.requests[0]?.json).toEqual({ acmeKey: CANARY, name: 'x' });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.code).toBe('NOPE');
    expect(error?.message).toBe('Acme createThing failed with HTTP 404, error NOPE (Nope): no thing for [REDACTED]');
    // A key the caller puts in the body itself is redacted by the field's name.
    await client.things.create({ body: { acmeKey: 'caller-own-key', name: 'y' } });
    expect(fetch.requests[1]?.json).toEqual({ acmeKey: 'caller-own-key', name: 'y' });
    expect(journal.entries.map((entry) => entry.request.body)).toEqual([
      { acmeKey: '[REDACTED]', name: 'x' },
      { acmeKey: '[REDACTED]', name: 'y' },
    ]);
  });

  it("reads failures by the spec's error catalogue: a code it does not list keeps the status's class", async () => {
    const { client } = acme([{ status: 404, body: { code: 'OTHER', message: 'gone' } }], { throwOnError: true });
    const error = await failure<NotFoundError>(client.things.get({ params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBeUndefined();
    expect(error.message).toBe('Acme getThing failed with HTTP 404, error OTHER: gone');
  });

  it('redacts a secret the auth reports after the client exists (an OAuth token)', async () => {
    const late = `late-${CANARY}`;
    const { client } = acme([{ status: 401, body: { message: `token ${late} expired` } }], { throwOnError: true });
    seenContext?.onSecret(late);
    const error = await failure<AuthenticationError>(client.things.get({ params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('Acme getThing failed with HTTP 401: token [REDACTED] expired');
  });

  it("gives the auth the base URL and the options a token endpoint's caller needs", () => {
    const fetch = scriptedFetch([{ body: {} }]);
    const clock = virtualClock();
    createAcmeClient({ key: CANARY, fetch, clock, timeoutMs: 5000, throwOnError: true, retry: { maxRetries: 3 } });
    expect(seenContext?.baseUrl).toBe('https://eu.acme.test/v1');
    expect(seenContext?.clock).toBe(clock);
    expect(seenContext?.tokenCaller).toEqual({
      fetch,
      clock,
      timeoutMs: 5000,
      vendor: 'Acme',
      retry: { maxRetries: 3, delaysMs: [250] },
      errors: { catalogue: api.errors.catalogue, codes: api.errors.codes, kinds: { NOPE: 'conflict' } },
    });
  });

  it("sets the definition's per-operation Content-Type and per-call headers", async () => {
    const { client, fetch } = acme([{ status: 201, body: { id: 1 } }], { form: true, traced: true });
    await client.things.create({ body: { name: 'x' } });
    await client.things.get({ params: { path: { id: 1 } } });
    expect(fetch.requests[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(fetch.requests[0]?.body).toBe(`acmeKey=${encodeURIComponent(CANARY)}&name=x`);
    expect(fetch.requests[0]?.headers['x-trace']).toBe('fresh');
    expect(fetch.requests[1]?.headers['content-type']).toBeUndefined();
    expect(fetch.requests[1]?.headers['x-trace']).toBe('fresh');
  });

  it('refuses to start when the auth says an option is missing', () => {
    expect(() => createAcmeClient({ key: '' })).toThrow(new ConfigurationError('Acme needs `key`.'));
  });
});
