// createClient(api, options) end to end: a package generated from a spec of a user's own
// (test/fixtures/generic-client/openapi.yaml, as `specsmith generate --spec` writes it) against
// a loopback server. Retries, pagination, typed errors and the token's place come from the spec.
import { basicAuth, ConfigurationError, createClient, NotFoundError } from '@specsmith/core';
import type { Caller, GeneratedApi } from '@specsmith/core/contract';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, remember } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { startLoopback } from '../support/loopback.js';
import { operation } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Loopback } from '../support/loopback.js';
import { runSpecsmith } from '../support/run-specsmith.js';
import { makeTempDir } from '../support/temp-dir.js';

afterAll(expectNoCanary);

type Outcome = { data?: unknown; error?: unknown; response: Response };
type Widgets = { widgets: Record<'list' | 'create' | 'get', (init?: object) => Promise<Outcome>> };

const widgets = [1, 2, 3].map((id) => ({ id, name: `widget ${id}` }));
let api: GeneratedApi<Widgets>;
let server: Loopback;
let temp: { remove: () => Promise<void> };
let flaky = 0;

beforeAll(async () => {
  const dir = await makeTempDir('generic-client');
  temp = dir;
  const generated = await runSpecsmith(['generate', '--spec', 'test/fixtures/generic-client/openapi.yaml', '--name', 'widgets', '--out', dir.path]);
  expect(generated.stderr).toBe('');
  ({ api } = (await import(join(dir.path, 'src/index.ts'))) as { api: GeneratedApi<Widgets> });
  server = await startLoopback((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/widgets' && request.method === 'GET') {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      return send(200, { items: widgets.slice(offset, offset + Number(url.searchParams.get('limit'))) });
    }
    if (url.pathname === '/widgets/7' && flaky++ === 0) return send(503, { code: 'BUSY', message: 'try again' });
    if (url.pathname === '/widgets' && request.method === 'POST') return send(503, { code: 'BUSY', message: 'try again' });
    const widget = widgets.find((candidate) => `/widgets/${candidate.id}` === url.pathname) ?? (url.pathname === '/widgets/7' ? { id: 7, name: 'widget 7' } : undefined);
    if (!widget) return send(404, { code: 'WIDGET_NOT_FOUND', message: `No widget at ${url.pathname}` });
    return send(200, widget);
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await temp?.remove();
});

const client = (options: Record<string, unknown> = {}) => createClient(api, { baseUrl: server.url, token: CANARY, clock: virtualClock(), ...options });
const requests = () => server.requests.map((request) => `${request.method} ${request.url}`);

describe('createClient with a generated package', () => {
  it("calls an operation, with the token in the header the spec's apiKey scheme names", async () => {
    server.requests.length = 0;
    const { data } = await client().widgets.get({ params: { path: { id: 1 } } });
    expect(data).toEqual({ id: 1, name: 'widget 1' });
    expect(server.requests[0]?.headers['x-widget-key']).toBe(CANARY);
    expect(requests()).toEqual(['GET /widgets/1']);
  });

  it("turns a failure into the typed error of the spec's x-error-codes: status, code and its name", async () => {
    const error = await failure<NotFoundError>(client({ throwOnError: true }).widgets.get({ params: { path: { id: 404 } } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.code).toBe('WIDGET_NOT_FOUND');
    expect(error.codeName).toBe('WidgetNotFound');
    expect(error.message).toBe('Widget Store API getWidget failed with HTTP 404, error WIDGET_NOT_FOUND (WidgetNotFound): No widget at /widgets/404');
  });

  it('retries a GET answered with 503, and not a POST', async () => {
    server.requests.length = 0;
    const clock = virtualClock();
    const { data } = await client({ clock }).widgets.get({ params: { path: { id: 7 } } });
    expect(data).toEqual({ id: 7, name: 'widget 7' });
    expect(requests()).toEqual(['GET /widgets/7', 'GET /widgets/7']);
    expect(clock.sleeps).toHaveLength(1);

    server.requests.length = 0;
    const result = await client().widgets.create({ body: { name: 'new' } });
    remember(result.error);
    expect(result.response.status).toBe(503);
    expect(requests()).toEqual(['POST /widgets']);
  });

  it("walks a list by the spec's x-pagination (offset and limit in the query)", async () => {
    server.requests.length = 0;
    // The package is generated at test time, so its `paths` type is not known here (types/create-client.ts checks the types).
    const items = await client()
      .paginate('listWidgets', { params: { query: { color: 'red' } } } as never, { pageSize: 2 })
      .toArray();
    expect(items).toEqual(widgets);
    expect(requests()).toEqual(['GET /widgets?color=red&limit=2', 'GET /widgets?color=red&limit=2&offset=2']);
  });

  it("takes core's auth helpers instead of a token", async () => {
    server.requests.length = 0;
    await createClient(api, { baseUrl: server.url, auth: basicAuth('me', CANARY) }).widgets.get({ params: { path: { id: 1 } } });
    expect(server.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`me:${CANARY}`).toString('base64')}`);
    expect(server.requests[0]?.headers['x-widget-key']).toBeUndefined();
  });

  it("needs a baseUrl, and names the spec's servers", () => {
    expect(() => createClient(api, { token: CANARY } as never)).toThrow(ConfigurationError);
    expect(() => createClient(api, { token: CANARY } as never)).toThrow(
      new ConfigurationError('Widget Store API: createClient needs `baseUrl`, the URL to send requests to (the spec lists https://api.widgets.test/v1; http://127.0.0.1:<port> for a local mock).'),
    );
  });

  it('refuses a token and auth together, an empty token, and a token no scheme of the spec fits', () => {
    expect(() => createClient(api, { baseUrl: server.url, token: CANARY, auth: basicAuth('me', CANARY) })).toThrow(
      new ConfigurationError('Widget Store API: createClient takes either `auth` or `token`, not both.'),
    );
    expect(() => createClient(api, { baseUrl: server.url, token: '' })).toThrow(new ConfigurationError('Widget Store API: `token` is empty; give the API token, or leave `token` out.'));
    expect(() => createClient({ ...api, securitySchemes: {} }, { baseUrl: server.url, token: CANARY })).toThrow(
      new ConfigurationError(
        'Widget Store API: `token` has nowhere to go (the spec declares no security scheme); pass `auth` instead, e.g. basicAuth(username, password), headerAuth(name, value) or bearerAuth(token).',
      ),
    );
    const basicOnly = { ...api, securitySchemes: { basic: { type: 'http', scheme: 'basic' }, cookieKey: { type: 'apiKey', in: 'cookie', name: 'key' } } };
    expect(() => createClient(basicOnly, { baseUrl: server.url, token: CANARY })).toThrow(
      new ConfigurationError(
        "Widget Store API: `token` has nowhere to go (the spec's schemes are basic (http basic), cookieKey (apiKey cookie), none of them one token in a header); pass `auth` instead, e.g. basicAuth(username, password), headerAuth(name, value) or bearerAuth(token).",
      ),
    );
  });
});

describe('where createClient puts a token', () => {
  const createThing = operation({ operationId: 'createThing', method: 'post', path: '/things', bodyToken: 'key', security: [['bearerAuth']] });
  const base: GeneratedApi<{ create: (init?: object) => Promise<unknown> }> = {
    title: 'Things API',
    operations: { createThing },
    createResources: (call: Caller) => ({ create: (init?: object) => call(createThing, init) }),
    errors: { catalogue: null, codes: {} },
    policy: { bodyToken: null, retry: null, rateLimit: null },
    servers: [],
    securitySchemes: { bearerAuth: { type: 'http', scheme: 'Bearer' }, oauth: { type: 'oauth2', flows: {} } },
  };
  async function sent(api: typeof base): Promise<{ authorization: string | undefined; body: unknown }> {
    const fetch = scriptedFetch([{ status: 201, body: {} }]);
    await createClient(api, { baseUrl: 'https://things.test', token: CANARY, fetch }).create({ body: { name: 'x' } });
    return { authorization: fetch.requests[0]?.headers.authorization, body: fetch.requests[0]?.json };
  }

  it('in the x-body-token field of the operations that carry one', async () => {
    expect(await sent({ ...base, policy: { ...base.policy, bodyToken: { field: 'key', description: 'The key.' } } })).toEqual({ authorization: undefined, body: { key: CANARY, name: 'x' } });
  });

  it('as the bearer token of the scheme the operations use, with its x-token-prefix', async () => {
    expect(await sent({ ...base, policy: { ...base.policy, tokenPrefixes: { bearerAuth: 'T:' } } })).toEqual({ authorization: `Bearer T:${CANARY}`, body: { name: 'x' } });
  });

  it('as an OAuth access token when that is the first scheme', async () => {
    expect(await sent({ ...base, securitySchemes: { oauth: { type: 'oauth2', flows: {} } } })).toEqual({ authorization: `Bearer ${CANARY}`, body: { name: 'x' } });
  });
});
