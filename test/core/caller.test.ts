import { type ApiError, AuthenticationError, ConnectionError, createCaller, memoryJournal, type RateLimitError, ServerError } from '@specsmith/core';
import type { CallerOptions } from '@specsmith/core';
import { jsonLinesJournal } from '@specsmith/core/journal-file';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal, remember } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { closedPort, startLoopback } from '../support/loopback.js';
import { createThing, getThing, operation } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const envelope = { in: 'body', field: 'error', message: 'error_text', success: { field: 'error', equals: 0 } } as const;
const codes = { 401: { name: 'TokenRequired', status: 200, retryable: false, description: 'Token required.' } };
const importProfile = operation({ operationId: 'importProfile', method: 'post', path: '/profiles/import', idempotent: true, bodyToken: 'token' });

function setup(steps: readonly Step[], options: Partial<CallerOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const journal = recordingJournal();
  const caller = createCaller({ baseUrl: 'https://api.acme.test/v1', vendor: 'Acme', fetch, journal, clock: virtualClock(), ...options });
  return { fetch, journal, ...caller };
}

describe('result mode and throw mode', () => {
  it("result mode keeps openapi-fetch's { data, error, response }; errorOf gives the typed error", async () => {
    const { call, errorOf } = setup([
      { status: 200, body: { id: 1 } },
      { status: 404, body: { message: 'Not Found' } },
    ]);
    const ok = (await call(getThing, { params: { path: { id: 1 } } })) as { data: unknown; error?: unknown; response: Response };
    expect(ok.data).toEqual({ id: 1 });
    expect(ok.error).toBeUndefined();
    expect(errorOf(ok)).toBeUndefined();

    const missing = (await call(getThing, { params: { path: { id: 2 } } })) as { data?: unknown; error: unknown; response: Response };
    expect(missing.error).toEqual({ message: 'Not Found' });
    expect(missing.data).toBeUndefined();
    expect(missing.response.status).toBe(404);
    const error = errorOf(missing);
    remember(error);
    expect(error?.message).toBe('Acme getThing failed with HTTP 404: Not Found');
  });

  it('throw mode resolves to { data, response } and throws the typed error', async () => {
    const { call } = setup(
      [
        { status: 200, body: { id: 1 } },
        { status: 500, body: 'boom' },
      ],
      { throwOnError: true, retry: { maxRetries: 0 } },
    );
    expect(((await call(getThing, { params: { path: { id: 1 } } })) as { data: unknown }).data).toEqual({ id: 1 });
    const error = await failure<ServerError>(call(getThing, { params: { path: { id: 1 } } }));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toBe('Acme getThing failed with HTTP 500: boom');
  });

  it('a failure inside a 200 is an error in both modes, and is journaled', async () => {
    const body = { error: 401, error_text: 'API token required' };
    const { call, callOrThrow, errorOf, journal } = setup([{ status: 200, body }], { errors: { catalogue: envelope, codes } });
    const result = (await call(getThing, { params: { path: { id: 1 } } })) as { data?: unknown; error: unknown; response: Response };
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual(body);
    const typed = errorOf(result);
    expect(typed).toBeInstanceOf(AuthenticationError);
    expect(typed?.message).toBe('Acme getThing failed with error 401 (TokenRequired) in an HTTP 200 response: API token required');

    const thrown = await failure<AuthenticationError>(callOrThrow(getThing, { params: { path: { id: 1 } } }));
    expect(thrown.code).toBe(401);
    expect(thrown.status).toBe(200);
    expect(journal.entries.map((entry) => [entry.outcome, entry.response?.status, entry.response?.body])).toEqual([
      ['application-error', 200, body],
      ['application-error', 200, body],
    ]);
  });

  it('a success envelope is not an error', async () => {
    const { callOrThrow } = setup([{ status: 200, body: { error: 0, error_text: 'Successful operation', profile_id: 'p1' } }], { errors: { catalogue: envelope, codes } });
    expect((await callOrThrow(getThing, { params: { path: { id: 1 } } })).data).toEqual({ error: 0, error_text: 'Successful operation', profile_id: 'p1' });
  });

  it('does not disguise a misuse as a network error', async () => {
    const { callOrThrow, fetch } = setup([{ status: 200 }]);
    await expect(callOrThrow(getThing, { params: { path: { id: 1 } }, body: { not: 'allowed' } })).rejects.toThrow(
      'Acme getThing: a GET request cannot have a body; remove `body` from the call (the spec defines no request body for it).',
    );
    expect(fetch.requests).toHaveLength(0);
  });
});

describe('body token, content type, per-call headers', () => {
  it('injects the body token into every operation that declares one, without the caller passing it', async () => {
    const { fetch, callOrThrow } = setup([{ status: 200, body: { error: 0 } }], { auth: { bodyToken: CANARY, secrets: [CANARY] } });
    await callOrThrow(importProfile, { body: { db_id: 1, data: { email: 'a@b.c' } } });
    await callOrThrow(importProfile, undefined);
    await callOrThrow(createThing, { body: { name: 'n' } });
    expect(fetch.requests.map((request) => request.json)).toEqual([{ token: CANARY, db_id: 1, data: { email: 'a@b.c' } }, { token: CANARY }, { name: 'n' }]);
  });

  it('sends form bodies with bracket nesting where the client asks for them', async () => {
    const form = operation({ operationId: 'createObject', method: 'post', path: '/objects/task.json', requestMediaTypes: ['application/json', 'application/x-www-form-urlencoded'] });
    const { fetch, callOrThrow } = setup([{ status: 200, body: {} }], {
      requestContentType: (op) => (op.requestMediaTypes.includes('application/x-www-form-urlencoded') ? 'application/x-www-form-urlencoded' : undefined),
    });
    await callOrThrow(form, { body: { task: { name: 'Wash Dishes', status: 0 } } });
    await callOrThrow(form, { body: { task: { name: 'x' } }, headers: { 'Content-Type': 'application/json' } });
    expect(fetch.requests.map((request) => [request.headers['content-type'], request.body])).toEqual([
      ['application/x-www-form-urlencoded', 'task[name]=Wash%20Dishes&task[status]=0'],
      ['application/json', '{"task":{"name":"x"}}'],
    ]);
  });

  it('adds per-call headers that stay the same across retries; a header the call sets wins', async () => {
    let n = 0;
    const { fetch, callOrThrow } = setup([{ status: 503 }, { status: 200, body: {} }], { requestHeaders: () => ({ 'X-Request-ID': `id-${++n}` }) });
    await callOrThrow(importProfile, { body: {} });
    await callOrThrow(importProfile, { body: {}, headers: { 'X-Request-ID': 'mine' } });
    expect(fetch.requests.map((request) => request.headers['x-request-id'])).toEqual(['id-1', 'id-1', 'mine']);
  });

  it("merges headers (the call wins, null removes, arrays send every value) and serialises the query by the spec's styles", async () => {
    const { fetch, callOrThrow } = setup([{ status: 200, body: {} }], { headers: { 'X-Trace': 'client', 'X-Drop': 'client' } });
    const styled = operation({ ...getThing, parameterStyles: [{ name: 'filter', in: 'query', style: 'deepObject', explode: true }] });
    await callOrThrow(styled, {
      params: { path: { id: 7 }, query: { tag: ['a', 'b'], filter: { state: 'open' }, color: { R: 100, G: 200 }, empty: undefined, q: 'a b' }, header: { 'X-Param': 1 } },
      headers: { 'x-trace': 'call', 'X-Drop': null, Accept: ['application/json', 'text/plain'] },
    });
    const [request] = fetch.requests;
    // filter has a deepObject row; color, an object without one, goes by the default (form, exploded).
    expect(request?.url).toBe('https://api.acme.test/v1/things/7?tag=a&tag=b&filter%5Bstate%5D=open&R=100&G=200&q=a%20b');
    expect(request?.headers).toMatchObject({ 'x-trace': 'call', 'x-param': '1', accept: 'application/json, text/plain' });
    expect(request?.headers['x-drop']).toBeUndefined();
  });

  it('sends header parameters in simple style and cookie parameters as one Cookie header', async () => {
    const { fetch, callOrThrow } = setup([{ status: 200, body: {} }]);
    const styled = operation({ ...getThing, parameterStyles: [{ name: 'X-Point', in: 'header', style: 'simple', explode: true }] });
    await callOrThrow(styled, {
      params: { path: { id: 7 }, header: { 'X-Ids': [1, 2], 'X-Point': { x: 1, y: 2 }, 'X-None': null }, cookie: { session: 'a b', theme: 'dark' } },
      headers: { Cookie: 'seen=1' },
    });
    const [request] = fetch.requests;
    expect(request?.headers).toMatchObject({ 'x-ids': '1,2', 'x-point': 'x=1,y=2', cookie: 'seen=1; session=a%20b; theme=dark' });
    expect(request?.headers['x-none']).toBeUndefined();
  });

  it('a per-call middleware is refused with a pointer to the fetch option, before anything is sent', async () => {
    const { fetch, callOrThrow } = setup([{ status: 200, body: {} }]);
    await expect(callOrThrow(getThing, { params: { path: { id: 1 } }, middleware: [{ onRequest: () => undefined }] })).rejects.toThrow(
      "Acme getThing: per-call middleware is not supported by Specsmith clients; pass a `fetch` function to see or change each attempt's Request.",
    );
    expect(fetch.requests).toHaveLength(0);
  });
});

describe('journal', () => {
  it('records request, response and timestamp of every failed attempt, redacted', async () => {
    const { journal, callOrThrow } = setup(
      [
        { status: 503, statusText: 'Service Unavailable', headers: { 'retry-after': '1' }, body: { error: 500, error_text: `echo ${CANARY}` } },
        { status: 200, body: { error: 0 } },
      ],
      { auth: { bodyToken: CANARY, headers: { Authorization: `Bearer ${CANARY}` }, secrets: [CANARY] } },
    );
    await callOrThrow(importProfile, { body: { db_id: 1 } });
    expect(journal.entries).toEqual([
      {
        timestamp: '2026-11-23T10:00:00.000Z',
        vendor: 'Acme',
        operationId: 'importProfile',
        attempt: 1,
        outcome: 'http-error',
        durationMs: 0,
        willRetry: true,
        request: {
          method: 'POST',
          url: 'https://api.acme.test/v1/profiles/import',
          headers: { authorization: 'Bearer [REDACTED]', 'content-type': 'application/json' },
          body: { token: '[REDACTED]', db_id: 1 },
        },
        response: {
          status: 503,
          statusText: 'Service Unavailable',
          headers: { 'content-type': 'application/json', 'retry-after': '1' },
          body: { error: 500, error_text: 'echo [REDACTED]' },
        },
      },
    ]);
  });

  it('records connection failures too, and a failing sink never breaks the call', async () => {
    const warn = vi.fn();
    const fetch = scriptedFetch([{ fail: 'reset' }, { status: 200, body: {} }]);
    const sink = {
      write() {
        throw new Error('disk full');
      },
    };
    const { callOrThrow } = createCaller({ baseUrl: 'https://api.acme.test', fetch, journal: sink, clock: virtualClock(), logger: { debug() {}, info() {}, warn, error() {} } });
    await callOrThrow(getThing, { params: { path: { id: 1 } } });
    expect(warn).toHaveBeenCalledWith('[specsmith] journal sink failed: disk full');
    const memory = memoryJournal();
    const second = createCaller({ baseUrl: 'https://api.acme.test', vendor: 'Acme', fetch: scriptedFetch([{ fail: 'refused' }]), journal: memory, clock: virtualClock(), retry: { maxRetries: 0 } });
    await failure(second.callOrThrow(getThing, { params: { path: { id: 1 } } }));
    expect(memory.entries.map((entry) => [entry.outcome, entry.response, entry.error])).toEqual([
      ['connection-error', undefined, { name: 'ConnectionError', message: 'Acme getThing could not reach api.acme.test: fetch failed: connect ECONNREFUSED 127.0.0.1:9' }],
    ]);
  });

  it('the JSON-lines file sink appends one redacted entry per line', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'specsmith-journal-'));
    try {
      const sink = jsonLinesJournal(join(folder, 'logs', 'failures.jsonl'));
      const { callOrThrow } = setup([{ status: 500, body: { message: `bad ${CANARY}` } }], {
        journal: sink,
        auth: { headers: { Authorization: `Bearer ${CANARY}` }, secrets: [CANARY] },
        retry: { maxRetries: 1 },
      });
      await failure(callOrThrow(getThing, { params: { path: { id: 1 } } }));
      await sink.close();
      const text = await readFile(join(folder, 'logs', 'failures.jsonl'), 'utf8');
      remember(text);
      const lines = text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { attempt: number; response: { body: unknown }; request: { headers: unknown } });
      expect(lines.map((line) => [line.attempt, line.response.body, line.request.headers])).toEqual([
        [1, { message: 'bad [REDACTED]' }, { authorization: 'Bearer [REDACTED]' }],
        [2, { message: 'bad [REDACTED]' }, { authorization: 'Bearer [REDACTED]' }],
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('over a real loopback connection', () => {
  it('retries a body cut off mid-way, for a safe request', async () => {
    const server = await startLoopback((_request, response, index) => {
      if (index === 0) {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        response.write('{"id": 1, "na');
        setTimeout(() => response.destroy(), 5);
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id": 1, "name": "whole"}');
    });
    try {
      const { callOrThrow } = createCaller({ baseUrl: server.url, vendor: 'Acme', clock: virtualClock() });
      const { data } = await callOrThrow(getThing, { params: { path: { id: 1 } } });
      expect(data).toEqual({ id: 1, name: 'whole' });
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('reports a refused connection as a ConnectionError and retries it', async () => {
    const port = await closedPort();
    const { callOrThrow } = createCaller({ baseUrl: `http://127.0.0.1:${port}`, vendor: 'Acme', clock: virtualClock() });
    const error = await failure<ConnectionError>(callOrThrow(createThing, { body: { name: 'n' } }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(3);
    expect(error.message).toBe(`Acme createThing could not reach 127.0.0.1:${port}: fetch failed: connect ECONNREFUSED 127.0.0.1:${port} (after 3 attempts)`);
  });

  it('sends auth headers and parses JSON end to end', async () => {
    const server = await startLoopback((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'srv-1' });
      response.end('{"id": 9}');
    });
    try {
      const { callOrThrow } = createCaller({ baseUrl: server.url, auth: { headers: { Authorization: `Bearer ${CANARY}` }, secrets: [CANARY] } });
      const { data, response } = await callOrThrow(createThing, { body: { name: 'n' } });
      expect(data).toEqual({ id: 9 });
      expect(response.status).toBe(201);
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${CANARY}`);
      expect(server.requests[0]?.body).toBe('{"name":"n"}');
    } finally {
      await server.close();
    }
  });
});

describe('console output', () => {
  it('with console as the logger, no secret reaches the console', async () => {
    const printed: unknown[][] = [];
    const spies = (['debug', 'info', 'warn', 'error', 'log'] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args)));
    try {
      const { callOrThrow } = createCaller({
        baseUrl: 'https://api.acme.test',
        vendor: 'Acme',
        fetch: scriptedFetch([
          { status: 503, body: { message: `token ${CANARY} is overloaded`, token: CANARY } },
          { status: 401, body: { message: `Bearer ${CANARY} rejected` } },
        ]),
        auth: { headers: { Authorization: `Bearer ${CANARY}` }, bodyToken: CANARY, secrets: [CANARY] },
        logger: console,
        logLevel: 'debug',
        clock: virtualClock(),
      });
      const error = await failure<ApiError>(callOrThrow(importProfile, { body: {} }));
      console.error(error);
      expect(error).toBeInstanceOf(AuthenticationError);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(printed.length).toBeGreaterThanOrEqual(2);
    remember(...printed.flat());
    expect(printed[0]).toEqual(['[specsmith] Acme importProfile: HTTP 503; retry 1 of 2 in 438 ms']);
  });
});

// A failed response is read once: its Retry-After when the attempt ends, a failure inside a 2xx
// when the attempt looks for it; settling the call reuses both.
describe('a failed response is read once', () => {
  /** A fetch whose responses count the header lookups made on them. */
  function countingFetch(status: number, body: unknown, headers: Record<string, string>) {
    const lookups: string[] = [];
    const fetch = async () => {
      const response = new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
      const get = response.headers.get.bind(response.headers);
      response.headers.get = (name: string) => {
        lookups.push(name.toLowerCase());
        return get(name);
      };
      return response;
    };
    return { fetch, lookups };
  }

  it('a 429 with Retry-After: the header is looked up once, and the error carries its wait', async () => {
    const { fetch, lookups } = countingFetch(429, { message: 'Too Many Requests' }, { 'retry-after': '7' });
    const { callOrThrow } = createCaller({ baseUrl: 'https://api.acme.test/v1', vendor: 'Acme', fetch, clock: virtualClock(), retry: { maxRetries: 0 } });
    const error = await failure<RateLimitError>(callOrThrow(getThing, { params: { path: { id: 1 } } }));
    expect([error.name, error.status, error.retryAfterMs]).toEqual(['RateLimitError', 429, 7000]);
    expect(lookups.filter((name) => name === 'retry-after')).toEqual(['retry-after']);
  });

  it('a failure inside a 200 (Altcraft-like error != 0) is settled from what the attempt read, its Retry-After looked up once', async () => {
    const { fetch, lookups } = countingFetch(200, { error: 401, error_text: 'Token required' }, {});
    const { callOrThrow } = createCaller({ baseUrl: 'https://api.acme.test/v1', vendor: 'Acme', fetch, clock: virtualClock(), errors: { catalogue: envelope, codes } });
    const error = await failure<AuthenticationError>(callOrThrow(importProfile, { body: {} }));
    expect([error.name, error.code, error.message]).toEqual(['AuthenticationError', 401, 'Acme importProfile failed with error 401 (TokenRequired) in an HTTP 200 response: Token required']);
    expect(lookups.filter((name) => name === 'retry-after')).toEqual(['retry-after']);
  });
});
