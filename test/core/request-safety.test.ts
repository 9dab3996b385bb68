import {
  ApiError,
  AuthenticationError,
  bearerAuth,
  combineAuth,
  ConfigurationError,
  createCaller,
  defaultMaxResponseBytes,
  headerAuth,
  InsecureTransportError,
  InvalidRequestError,
  paginate,
  ResponseTooLargeError,
  tokenAuth,
} from '@specsmith/core';
import type { CallerOptions, CallResult } from '@specsmith/core';
import { createAltcraftClient } from '@specsmith/altcraft';
import { createJourneyappsClient } from '@specsmith/journeyapps';
import { createXtrakitClient } from '@specsmith/xtrakit';
import { createXurrentClient } from '@specsmith/xurrent';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal, remember } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { startLoopback } from '../support/loopback.js';
import { createThing, getThing, listing, operation } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const base = 'https://api.acme.test/v1';

function setup(steps: readonly Step[] | Parameters<typeof scriptedFetch>[0], options: Partial<CallerOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const journal = recordingJournal();
  const caller = createCaller({ baseUrl: base, vendor: 'Acme', auth: bearerAuth(CANARY), fetch, journal, clock: virtualClock(), throwOnError: true, ...options });
  return { fetch, journal, ...caller };
}

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    remember(error);
    return error as Error;
  }
  throw new Error('expected an error');
}

const controlMessage = (name: string) =>
  `header "${name}" has a value with a control character (CR, LF, NUL, another character below 0x20 except tab, or DEL), ` +
  'which HTTP does not allow; remove it (a trailing newline from a file or an environment variable is the usual cause).';

describe('header values', () => {
  it.each([
    ['CR LF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['NUL', '\0'],
    ['0x01', '\x01'],
    ['0x1F', '\x1f'],
    ['DEL', '\x7f'],
  ])('a configured header with %s is refused at creation, naming the header, not the value', (_name, character) => {
    const fetch = scriptedFetch([{ status: 200 }]);
    const error = thrown(() => createCaller({ baseUrl: base, fetch, headers: { 'X-Trace': `${CANARY}${character}X-Injected: 1` } }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`H${controlMessage('X-Trace').slice(1)}`);
    expect(error).toMatchObject({ location: 'header', parameter: 'X-Trace' });
    expect(fetch.requests).toHaveLength(0);
  });

  it('credentials are checked once at creation: bearer token, API key header, account', () => {
    expect(thrown(() => createCaller({ baseUrl: base, auth: bearerAuth(`${CANARY}\n`) })).message).toBe(`H${controlMessage('Authorization').slice(1)}`);
    expect(thrown(() => createCaller({ baseUrl: base, auth: headerAuth('X-Api-Key', `${CANARY}\r\nX: 1`) })).message).toBe(`H${controlMessage('X-Api-Key').slice(1)}`);
    const combined = combineAuth(headerAuth('X-Account', 'wid\nget', { secret: false }), bearerAuth(CANARY));
    expect(thrown(() => createCaller({ baseUrl: base, auth: combined }))).toMatchObject({ name: 'InvalidRequestError', parameter: 'X-Account' });
  });

  it('every wrapper refuses a credential with a line break before sending anything', () => {
    const fetch = scriptedFetch([{ status: 200 }]);
    const local = 'http://127.0.0.1:1';
    const errors = [
      thrown(() => createXurrentClient({ account: 'widget', token: `${CANARY}\n`, baseUrl: local, fetch })),
      thrown(() => createXurrentClient({ account: 'wid\r\nget', token: CANARY, baseUrl: local, fetch })),
      thrown(() => createXtrakitClient({ apiKey: `${CANARY}\r\n`, baseUrl: local, fetch })),
      thrown(() => createAltcraftClient({ token: `${CANARY}\n`, tokenIn: 'header', baseUrl: local, fetch })),
      thrown(() => createJourneyappsClient({ token: `${CANARY}\n`, baseUrl: local, fetch })),
      thrown(() => createXtrakitClient({ apiKey: CANARY, baseUrl: local, fetch, headers: { 'X-Source': 'a\nb' } })),
    ];
    expect(errors.map((error) => [error.name, (error as InvalidRequestError).parameter])).toEqual([
      ['InvalidRequestError', 'Authorization'],
      ['InvalidRequestError', 'X-Xurrent-Account'],
      ['InvalidRequestError', 'Authorization'],
      ['InvalidRequestError', 'Authorization'],
      ['InvalidRequestError', 'Authorization'],
      ['InvalidRequestError', 'X-Source'],
    ]);
    expect(fetch.requests).toHaveLength(0);
  });

  it('an invalid header name and a character fetch cannot send are refused with their own messages', () => {
    expect(thrown(() => createCaller({ baseUrl: base, headers: { 'X-A\r\nB': 'v' } })).message).toBe(
      'Header name "X-A\\r\\nB" is not a valid HTTP field name; use only letters, digits and !#$%&\'*+-.^_`|~.',
    );
    expect(thrown(() => createCaller({ baseUrl: base, headers: { 'X-Price': `${CANARY}€` } })).message).toBe(
      'Header "X-Price" has a value with a character above U+00FF, which fetch cannot send; percent-encode it first.',
    );
  });

  it('per-call headers and params.header are checked on each call, before anything is sent', async () => {
    const { call, fetch } = setup([{ status: 200, body: {} }]);
    const perCall = await failure<InvalidRequestError>(call(getThing, { params: { path: { id: 1 } }, headers: { 'X-Trace': `${CANARY}\r\nX-Evil: 1` } }));
    expect(perCall).toBeInstanceOf(InvalidRequestError);
    expect(perCall.message).toBe(`Acme getThing: ${controlMessage('X-Trace')}`);
    const asPairs = await failure<InvalidRequestError>(call(getThing, { params: { path: { id: 1 } }, headers: [['X-Trace', `${CANARY}\n`]] }));
    expect(asPairs.parameter).toBe('X-Trace');
    const asArray = await failure<InvalidRequestError>(call(getThing, { params: { path: { id: 1 } }, headers: { 'X-Tags': ['ok', `${CANARY}\r`] } }));
    expect(asArray.parameter).toBe('X-Tags');
    const param = await failure<InvalidRequestError>(call(getThing, { params: { path: { id: 1 }, header: { 'X-Tenant': `${CANARY}\n` } } }));
    expect(param.message).toBe(`Acme getThing: ${controlMessage('X-Tenant')}`);
    expect(fetch.requests).toHaveLength(0);
  });

  it('headers computed per call (requestHeaders) are checked too', async () => {
    const { call, fetch } = setup([{ status: 200, body: {} }], { requestHeaders: () => ({ 'X-Request-ID': 'id\n2' }) });
    expect((await failure(call(getThing, { params: { path: { id: 1 } } }))).message).toBe(`Acme getThing: ${controlMessage('X-Request-ID')}`);
    expect(fetch.requests).toHaveLength(0);
  });

  it('tabs, Latin-1 and null (which removes a header) are fine', async () => {
    const { call, fetch } = setup([{ status: 200, body: {} }], { headers: { 'X-Note': 'a\tb', 'X-Drop': 'x' } });
    await call(getThing, { params: { path: { id: 1 } }, headers: { 'X-Name': 'Zoë', 'X-Drop': null } });
    expect(fetch.requests[0]?.headers).toMatchObject({ 'x-note': 'a\tb', 'x-name': 'Zoë' });
    expect(fetch.requests[0]?.headers['x-drop']).toBeUndefined();
  });

  it('an OAuth access token with a line break is never sent, and is forgotten', async () => {
    const invalidate = vi.fn();
    const { call, fetch } = setup([{ status: 200, body: {} }], { auth: tokenAuth({ get: async () => `${CANARY}\r\nX-Evil: 1`, invalidate }) });
    const error = await failure<AuthenticationError>(call(getThing, { params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('Acme getThing could not get an OAuth access token: the access token has a control character or a character above U+00FF, so it cannot be sent in a header');
    expect(error.retryable).toBe(false);
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe('path parameters', () => {
  // What openapi-fetch 0.17 sends, checked before the guard existed: encodeURIComponent per
  // value, so only a whole-segment "." or ".." (or an empty value) changes the path.
  it.each([
    ['../admin', `${base}/things/..%2Fadmin`],
    ['a/b', `${base}/things/a%2Fb`],
    ['%2e%2e', `${base}/things/%252e%252e`],
    ['?x=1', `${base}/things/%3Fx%3D1`],
    ['#frag', `${base}/things/%23frag`],
    ['..\\admin', `${base}/things/..%5Cadmin`],
    ['...', `${base}/things/...`],
    ['a b', `${base}/things/a%20b`],
  ])('%j is encoded into the one segment it fills', async (id, url) => {
    const { call, fetch } = setup([{ status: 200, body: {} }]);
    await call(getThing, { params: { path: { id } } });
    expect(fetch.requests.map((request) => request.url)).toEqual([url]);
    const segments = new URL(url).pathname.split('/');
    expect(segments.slice(0, 3)).toEqual(['', 'v1', 'things']);
    expect(segments).toHaveLength(4);
  });

  // Before the guard: ".." went to https://api.acme.test/v1/, "." and "" to …/v1/things/.
  it.each([
    ['..', 'must not be "." or "..": as a whole segment it would send the request to another path'],
    ['.', 'must not be "." or "..": as a whole segment it would send the request to another path'],
    ['', 'must not be empty: an empty segment would send the request to another path'],
  ])('%j is refused before anything is sent', async (id, problem) => {
    const { call, fetch } = setup([{ status: 200, body: {} }]);
    const error = await failure<InvalidRequestError>(call(getThing, { params: { path: { id } } }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe(`Acme getThing: path parameter "id" ${problem}.`);
    expect(error).toMatchObject({ location: 'path', parameter: 'id' });
    expect(fetch.requests).toHaveLength(0);
  });

  it('an array that serializes to ".." is refused as well (openapi-fetch sent it to /v1/)', async () => {
    const { call, fetch } = setup([{ status: 200, body: {} }]);
    await expect(call(getThing, { params: { path: { id: ['..'] } } })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(fetch.requests).toHaveLength(0);
  });

  it('a segment with text around the parameter is judged as a whole (JourneyApps /objects/{model}/{id}.json)', async () => {
    const show = operation({ operationId: 'show', method: 'get', path: '/objects/{model}/{id}.json' });
    const { call, fetch } = setup([{ status: 200, body: {} }]);
    await call(show, { params: { path: { model: 'task', id: '..' } } });
    expect(fetch.requests[0]?.url).toBe(`${base}/objects/task/...json`);
    const error = await failure(call(show, { params: { path: { model: '..', id: '1' } } }));
    expect(error.message).toBe('Acme show: path parameter "model" must not be "." or "..": as a whole segment it would send the request to another path.');
    expect(fetch.requests).toHaveLength(1);
  });

  it('fills simple templates with each value percent-encoded as encodeURIComponent does', async () => {
    const values = [0, 42, -1.5, true, false, 'é', '$&', "it's", 'a+b=c', '~*()!', '%', ' ', '0'];
    const both = operation({ operationId: 'both', method: 'get', path: '/a/{x}/b/{y}.json' });
    const { call, fetch } = setup(values.map(() => ({ status: 200, body: {} })));
    for (const value of values) await call(both, { params: { path: { x: value, y: value } } });
    const filled = ['0', '42', '-1.5', 'true', 'false', '%C3%A9', '%24%26', "it's", 'a%2Bb%3Dc', '~*()!', '%25', '%20', '0'];
    expect(fetch.requests.map((request) => request.url)).toEqual(filled.map((text) => `${base}/a/${text}/b/${text}.json`));
  });

  it('a per-call pathSerializer is refused before anything is sent: the path keeps the shape the spec gives it', async () => {
    const raw = (pathname: string, params: Record<string, unknown>) => pathname.replace('{id}', String(params['id']));
    const { call, fetch } = setup([{ status: 200, body: {} }]);
    const error = await failure<ConfigurationError>(call(getThing, { params: { path: { id: 'a/b' } }, pathSerializer: raw }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe("Acme getThing: a per-call pathSerializer is not supported; path parameters are filled by the spec's styles, each into its own segment.");
    expect(fetch.requests).toHaveLength(0);
  });

  it('a missing path parameter is refused by name instead of sending {id}', async () => {
    const { call, fetch } = setup([{ status: 200, body: {} }]);
    const error = await failure<InvalidRequestError>(call(getThing, { params: { path: {} } }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe('Acme getThing: path parameter "id" is missing (undefined or null); /things/{id} needs a value for each of its parameters.');
    expect(error).toMatchObject({ location: 'path', parameter: 'id' });
    expect(fetch.requests).toHaveLength(0);
  });
});

describe('HTTPS off loopback', () => {
  it('http://example.com is refused with the exact message', () => {
    const error = thrown(() => createCaller({ baseUrl: 'http://example.com/v1', auth: bearerAuth(CANARY) }));
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(error.message).toBe(
      'Refusing to send credentials over plain HTTP to example.com: use an https:// base URL. Plain http:// is allowed only for loopback hosts (localhost, 127.0.0.1, [::1]).',
    );
  });

  it.each(['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010'])('%s is allowed', async (baseUrl) => {
    const { call, fetch } = setup([{ status: 200, body: {} }], { baseUrl });
    await call(getThing, { params: { path: { id: 1 } } });
    expect(fetch.requests[0]?.url).toBe(`${baseUrl}/things/1`);
  });

  it("a Link to plain HTTP elsewhere is not followed: only its query is reused, on the client's HTTPS base", async () => {
    const list = listing({ style: 'link', in: 'query', limitParam: 'per_page' });
    const { callOrThrow, fetch } = setup([{ body: [{ id: 1 }], headers: { link: '<http://evil.example.com/things?page=2>; rel="next"' } }, { body: [{ id: 2 }] }]);
    const items = await paginate(list, (next) => callOrThrow(list, next) as Promise<CallResult>, undefined).toArray();
    expect(items).toEqual([{ id: 1 }, { id: 2 }]);
    expect(fetch.requests.map((request) => request.url)).toEqual([`${base}/things?per_page=100`, `${base}/things?page=2`]);
    expect(fetch.requests[1]?.headers.authorization).toBe(`Bearer ${CANARY}`);
  });

  it('a redirect to plain HTTP off loopback is refused before anything goes there, and not retried', async () => {
    const { call, fetch, journal } = setup([{ status: 302, headers: { location: `http://evil.example.com/steal?token=${CANARY}` } }]);
    const error = await failure<ApiError>(call(getThing, { params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe(
      'Acme getThing got a redirect (HTTP 302) to http://evil.example.com, which it will not follow: a redirect must go to https:// (or http:// from one loopback host to another)',
    );
    expect(error).toMatchObject({ status: 302, retryable: false, attempts: 1 });
    expect(fetch.requests.map((request) => request.url)).toEqual([`${base}/things/1`]);
    expect(journal.entries.map((entry) => entry.outcome)).toEqual(['response-refused']);
  });

  it('a remote server cannot redirect to plain HTTP on this machine', async () => {
    const { call, fetch } = setup([{ status: 307, headers: { location: 'http://127.0.0.1:8080/admin' } }]);
    expect((await failure(call(getThing, { params: { path: { id: 1 } } }))).message).toContain('to http://127.0.0.1:8080, which it will not follow');
    expect(fetch.requests).toHaveLength(1);
  });

  it('a redirect to HTTPS elsewhere is followed without credential headers', async () => {
    const { call, fetch } = setup(
      [
        { status: 302, headers: { location: 'https://cdn.acme.test/file?sig=1' } },
        { status: 200, body: { ok: true } },
      ],
      {
        auth: combineAuth(bearerAuth(CANARY), headerAuth('X-Acme-Key', `${CANARY}-2`)),
      },
    );
    const { data } = (await call(getThing, { params: { path: { id: 1 } } })) as CallResult;
    expect(data).toEqual({ ok: true });
    expect(fetch.requests.map((request) => [request.url, request.headers.authorization, request.headers['x-acme-key']])).toEqual([
      [`${base}/things/1`, `Bearer ${CANARY}`, `${CANARY}-2`],
      ['https://cdn.acme.test/file?sig=1', undefined, undefined],
    ]);
  });

  it('a 307 resends the body on the same origin only; a 303 turns a POST into a GET', async () => {
    const same = setup([
      { status: 307, headers: { location: '/v1/things-new' } },
      { status: 201, body: { id: 9 } },
    ]);
    await same.call(createThing, { body: { name: 'a' } });
    expect(same.fetch.requests.map((request) => [request.method, request.url, request.body])).toEqual([
      ['POST', `${base}/things`, '{"name":"a"}'],
      ['POST', `${base}/things-new`, '{"name":"a"}'],
    ]);

    const elsewhere = setup([{ status: 307, headers: { location: 'https://other.acme.test/things' } }]);
    const error = await failure<ApiError>(elsewhere.call(createThing, { body: { name: 'a' } }));
    expect(error.status).toBe(307);
    expect(elsewhere.fetch.requests).toHaveLength(1);

    const seeOther = setup([
      { status: 303, headers: { location: '/v1/things/9' } },
      { status: 200, body: { id: 9 } },
    ]);
    await seeOther.call(createThing, { body: { name: 'a' } });
    expect(seeOther.fetch.requests.map((request) => [request.method, request.url, request.body, request.headers['content-type']])).toEqual([
      ['POST', `${base}/things`, '{"name":"a"}', 'application/json'],
      ['GET', `${base}/things/9`, undefined, undefined],
    ]);
  });

  it('a connection refused after a redirect is not "unsent": the POST before it is not repeated', async () => {
    const { call, fetch } = setup([{ status: 303, headers: { location: '/v1/things/9' } }, { fail: 'refused' }]);
    const error = await failure<ApiError>(call(createThing, { body: { name: 'a' } }));
    expect(error.name).toBe('ConnectionError');
    expect(fetch.requests.map((request) => request.method)).toEqual(['POST', 'GET']);
  });

  it('stops after 20 redirects', async () => {
    const { call, fetch } = setup((_request, index) => ({ status: 302, headers: { location: `/v1/things/${index + 2}` } }));
    expect((await failure(call(getThing, { params: { path: { id: 1 } } }))).message).toBe('Acme getThing was redirected more than 20 times');
    expect(fetch.requests).toHaveLength(21);
  });

  it('over real HTTP: a same-origin redirect is followed, one to another loopback origin loses the API key', async () => {
    const other = await startLoopback((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":3}'));
    const server = await startLoopback((request, response) => {
      if (request.url === '/things/1') response.writeHead(302, { location: '/things/2' }).end();
      else response.writeHead(307, { location: `${other.url}/things/3` }).end();
    });
    try {
      const caller = createCaller({ baseUrl: server.url, vendor: 'Acme', auth: headerAuth('X-Api-Key', CANARY), throwOnError: true, timeoutMs: 5000 });
      const { data } = (await caller.call(getThing, { params: { path: { id: 1 } } })) as CallResult;
      expect(data).toEqual({ id: 3 });
      // fetch itself would have sent X-Api-Key to the other origin (it drops only Authorization and Cookie).
      expect([...server.requests, ...other.requests].map((request) => [request.url, request.headers['x-api-key']])).toEqual([
        ['/things/1', CANARY],
        ['/things/2', CANARY],
        ['/things/3', undefined],
      ]);
    } finally {
      await Promise.all([server.close(), other.close()]);
    }
  });
});

/** A body of `chunks` × `size` bytes that records how much was pulled and whether it was cancelled. */
function meteredBody(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  // highWaterMark 0: pulled only when read, so `pulled` counts reads.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled === chunks) return controller.close();
        state.pulled += 1;
        controller.enqueue(new Uint8Array(size).fill(0x61));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { state, stream };
}

const tooLargeMessage = (what: string, limit: number, status = 200) =>
  `Acme getThing got an HTTP ${status} response ${what} over the limit of ${limit} bytes; raise the client option maxResponseBytes (0 = no limit) if responses this large are expected`;

describe('maxResponseBytes', () => {
  it('defaults to 16 MiB', () => {
    expect(defaultMaxResponseBytes).toBe(16 * 1024 * 1024);
  });

  it('a Content-Length over the limit fails before reading anything', async () => {
    const { state, stream } = meteredBody(1000, 1024);
    const { call, fetch, journal } = setup([new Response(stream, { headers: { 'content-length': '1024000' } })], { maxResponseBytes: 4096 });
    const error = await failure<ResponseTooLargeError>(call(getThing, { params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe(tooLargeMessage('whose Content-Length of 1024000 bytes is', 4096));
    expect(error).toMatchObject({ status: 200, limitBytes: 4096, retryable: false, attempts: 1 });
    expect(state).toEqual({ pulled: 0, cancelled: true });
    expect(fetch.requests).toHaveLength(1);
    expect(journal.entries.map((entry) => [entry.outcome, entry.willRetry, entry.error?.name])).toEqual([['response-refused', false, 'ResponseTooLargeError']]);
  });

  it('a body without Content-Length is counted and cut off right after the limit, never retried', async () => {
    const bodies = [meteredBody(1000, 1024), meteredBody(1000, 1024)];
    const { call, fetch } = setup((_request, index) => new Response(bodies[index]?.stream, { status: 503 }), { maxResponseBytes: 4096 });
    const error = await failure<ResponseTooLargeError>(call(getThing, { params: { path: { id: 1 } } }));
    expect(error.message).toBe(tooLargeMessage('whose body is', 4096, 503));
    // The fifth 1 KiB chunk passes 4096 bytes; nothing after it is read.
    expect(bodies[0]?.state).toEqual({ pulled: 5, cancelled: true });
    expect(fetch.requests).toHaveLength(1);
  });

  it('a body of exactly the limit is read whole, across chunks', async () => {
    const { stream } = meteredBody(4, 1024);
    const { call } = setup([new Response(stream, { headers: { 'content-type': 'text/plain' } })], { maxResponseBytes: 4096 });
    const { data } = (await call(getThing, { params: { path: { id: 1 } }, parseAs: 'text' })) as CallResult;
    expect(data).toBe('a'.repeat(4096));
  });

  it('0 means no limit; a HEAD may announce more than the limit; a streamed body is not counted', async () => {
    const unlimited = setup([{ status: 200, body: 'a'.repeat(100_000), headers: { 'content-type': 'text/plain' } }], { maxResponseBytes: 0 });
    expect(((await unlimited.call(getThing, { params: { path: { id: 1 } }, parseAs: 'text' })) as CallResult).data).toHaveLength(100_000);

    const head = operation({ operationId: 'headThing', method: 'head', path: '/things/{id}' });
    const heads = setup([new Response(null, { headers: { 'content-length': '999999999' } })], { maxResponseBytes: 10 });
    expect(((await heads.call(head, { params: { path: { id: 1 } } })) as CallResult).response.status).toBe(200);

    const streamed = setup([{ status: 200, body: 'a'.repeat(100), headers: { 'content-type': 'text/plain' } }], { maxResponseBytes: 10 });
    const { data } = (await streamed.call(getThing, { params: { path: { id: 1 } }, parseAs: 'stream' })) as CallResult;
    expect(await new Response(data as ReadableStream).text()).toHaveLength(100);
  });

  it('refuses a limit that is not a whole number of bytes', () => {
    expect(thrown(() => createCaller({ baseUrl: base, maxResponseBytes: -1 })).message).toBe('maxResponseBytes must be a whole number of bytes, 0 or more (0 = no limit); got -1.');
    expect(thrown(() => createCaller({ baseUrl: base, maxResponseBytes: 1.5 }))).toBeInstanceOf(ConfigurationError);
  });

  it('every wrapper takes it (commonCallerOptions)', async () => {
    const fetch = scriptedFetch([{ status: 200, body: { status: 200, message: 'ok', data: { customer: { id: 4, note: 'x'.repeat(200) } } } }]);
    const client = createXtrakitClient({ apiKey: CANARY, baseUrl: 'http://127.0.0.1:4013', fetch, clock: virtualClock(), maxResponseBytes: 100 });
    const error = await failure<ResponseTooLargeError>(client.customers.get({ params: { path: { id: '4' } } }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.message).toBe(
      'XtraKit getCustomer got an HTTP 200 response whose body is over the limit of 100 bytes; raise the client option maxResponseBytes (0 = no limit) if responses this large are expected',
    );
  });

  it('over real HTTP: stops reading and drops the connection instead of downloading the rest', async () => {
    const cap = 64 * 1024 * 1024;
    let written = 0;
    let finished: boolean | undefined;
    let closed!: () => void;
    const done = new Promise<void>((resolve) => (closed = resolve));
    const server = await startLoopback((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const pump = () => {
        // Bounded, in case the client kept reading.
        while (written < cap && !response.destroyed) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => {
        finished = response.writableFinished;
        closed();
      });
      pump();
    });
    try {
      const caller = createCaller({ baseUrl: server.url, vendor: 'Acme', auth: bearerAuth(CANARY), throwOnError: true, timeoutMs: 5000, maxResponseBytes: 64 * 1024 });
      const error = await failure<ResponseTooLargeError>(caller.call(getThing, { params: { path: { id: 1 } } }));
      expect(error.message).toBe(tooLargeMessage('whose body is', 65536));
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      expect(finished).toBe(false);
      expect(written).toBeLessThan(cap);
    } finally {
      await server.close();
    }
  });
});
