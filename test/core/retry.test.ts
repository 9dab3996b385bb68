import { AbortedError, ConnectionError, createCaller, decideRetry, RateLimitError, resolveRetry, ServerError, TimeoutError } from '@specsmith/core';
import type { CallerOptions, RetryContext } from '@specsmith/core';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal, recordingLogger } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { createThing, deleteThing, getThing, patchThing, putThing, searchThings } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const ok = { status: 200, body: { id: 1 } } as const;
const unavailable = { status: 503, body: { message: 'down for maintenance' } } as const;

function setup(steps: readonly Step[], options: Partial<CallerOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const clock = virtualClock();
  const logger = recordingLogger();
  const journal = recordingJournal();
  const caller = createCaller({
    baseUrl: 'https://api.acme.test',
    vendor: 'Acme',
    fetch,
    clock,
    logger,
    journal,
    headers: { Authorization: `Bearer ${CANARY}` },
    auth: { secrets: [CANARY] },
    ...options,
  });
  return { fetch, clock, logger, journal, ...caller };
}

const id = { params: { path: { id: 7 } } };

describe('decideRetry', () => {
  const state = resolveRetry();
  const context: RetryContext = { retries: 0, safe: true, replayable: true, now: 0, deadlineAt: 120_000, random: 0 };
  const status = (code: number, retryAfterMs?: number) => ({ kind: 'status', status: code, retryAfterMs }) as const;

  it.each([408, 429, 500, 502, 503, 504, 599])('retries HTTP %i by default', (code) => {
    expect(decideRetry(state, status(code), context)).toEqual({ retry: true, waitMs: 500 });
  });

  it.each([400, 401, 403, 404, 409, 410, 422])('does not retry HTTP %i', (code) => {
    expect(decideRetry(state, status(code), context)).toEqual({ retry: false, reason: `HTTP ${code} is not retried` });
  });

  it('retries an unsafe request only when nothing reached the server or a 429 invited it', () => {
    const unsafe = { ...context, safe: false };
    expect(decideRetry(state, status(503), unsafe)).toEqual({ retry: false, reason: 'the operation is not idempotent' });
    expect(decideRetry(state, status(429), unsafe)).toEqual({ retry: false, reason: 'the operation is not idempotent' });
    expect(decideRetry(state, status(429, 20), unsafe)).toEqual({ retry: true, waitMs: 20 });
    expect(decideRetry(resolveRetry({ unsafeOnRateLimit: false }), status(429, 20), unsafe).retry).toBe(false);
    expect(decideRetry(state, { kind: 'network', unsent: false }, unsafe).retry).toBe(false);
    expect(decideRetry(state, { kind: 'network', unsent: true }, unsafe)).toEqual({ retry: true, waitMs: 500 });
    expect(decideRetry(state, { kind: 'timeout' }, unsafe).retry).toBe(false);
  });

  it('retries a retryable vendor code inside a 2xx only when the operation is safe to repeat', () => {
    expect(decideRetry(state, { kind: 'application', retryable: true }, context)).toEqual({ retry: true, waitMs: 500 });
    expect(decideRetry(state, { kind: 'application', retryable: false }, context)).toEqual({ retry: false, reason: 'the vendor code is not retryable' });
    expect(decideRetry(state, { kind: 'application', retryable: true }, { ...context, safe: false })).toEqual({ retry: false, reason: 'the operation is not idempotent' });
  });

  it('stops when retries run out, the body is a stream, Retry-After is too long or the deadline is near', () => {
    expect(decideRetry(state, status(503), { ...context, retries: 2 })).toEqual({ retry: false, reason: 'no retries left (maxRetries 2)' });
    expect(decideRetry(state, status(503), { ...context, replayable: false })).toEqual({
      retry: false,
      reason: 'the request body is a stream and cannot be sent again',
    });
    expect(decideRetry(state, status(429, 61_000), context)).toEqual({
      retry: false,
      reason: 'Retry-After of 61000 ms exceeds maxRetryAfterMs (60000 ms)',
    });
    expect(decideRetry(state, status(503, 5000), { ...context, now: 116_000 })).toEqual({ retry: false, reason: 'waiting 5000 ms would pass the deadline' });
  });

  it('follows a vendor schedule, which Retry-After can lengthen but not shorten', () => {
    const schedule = resolveRetry({ delaysMs: [0, 30_000] });
    expect(decideRetry(schedule, status(500), context)).toEqual({ retry: true, waitMs: 0 });
    expect(decideRetry(schedule, status(500), { ...context, retries: 1 })).toEqual({ retry: true, waitMs: 30_000 });
    expect(decideRetry(schedule, status(503, 2000), context)).toEqual({ retry: true, waitMs: 2000 });
    expect(decideRetry(schedule, status(503, 2000), { ...context, retries: 1 })).toEqual({ retry: true, waitMs: 30_000 });
  });

  it('waits at least minRetryAfterMs after a 429, and the rate-limit reset when there is no Retry-After', () => {
    const floor = resolveRetry({ minRetryAfterMs: 1000 });
    expect(decideRetry(floor, status(429, 10), context)).toEqual({ retry: true, waitMs: 1000 });
    expect(decideRetry(floor, status(503, 10), context)).toEqual({ retry: true, waitMs: 10 });
    expect(decideRetry(state, { kind: 'status', status: 429, retryAfterMs: undefined, resetMs: 4000 }, context)).toEqual({ retry: true, waitMs: 4000 });
  });

  it('takes statuses as a list or a predicate', () => {
    expect(decideRetry(resolveRetry({ statuses: [503] }), status(500), context).retry).toBe(false);
    expect(decideRetry(resolveRetry({ statuses: (code) => code === 418 }), status(418), context).retry).toBe(true);
  });
});

describe('2xx bodies that are not a success', () => {
  const altcraftLike = {
    catalogue: { in: 'body', field: 'error', message: 'error_text', success: { field: 'error', equals: 0 } },
    codes: {
      413: { name: 'DatabaseUnavailable', status: 200, retryable: true, description: 'Database unavailable.' },
      404: { name: 'NotFound', status: 200, retryable: false, description: 'Not found.' },
    },
  } as const;
  const readWithBody = { ...searchThings, responseMediaTypes: ['application/json'] };

  it('retries a safe operation whose 2xx body carries a retryable vendor code, then succeeds', async () => {
    const { fetch, clock, call } = setup(
      [
        { status: 200, body: { error: 413, error_text: 'Database is unavailable' } },
        { status: 200, body: { error: 0, id: 1 } },
      ],
      { errors: altcraftLike },
    );
    const result = (await call(readWithBody, { body: { q: 'x' } })) as { data: unknown };
    expect(result.data).toEqual({ error: 0, id: 1 });
    expect(fetch.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([438]);
  });

  it('does not retry a non-retryable vendor code, nor an unsafe operation', async () => {
    const first = setup([{ status: 200, body: { error: 404, error_text: 'Not found' } }], { errors: altcraftLike });
    await first.call(readWithBody, { body: { q: 'x' } });
    expect(first.fetch.requests).toHaveLength(1);
    const second = setup([{ status: 200, body: { error: 413, error_text: 'Database is unavailable' } }], { errors: altcraftLike });
    await second.call({ ...createThing, responseMediaTypes: ['application/json'] }, { body: { name: 'x' } });
    expect(second.fetch.requests).toHaveLength(1);
  });

  it('fails an empty 2xx body where the spec promises one, so a lost write is never reported as done', async () => {
    const { call } = setup([new Response('', { status: 200 })]);
    const error = await failure(call({ ...createThing, responseMediaTypes: ['application/json'] }, { body: { name: 'x' } }));
    expect(error.message).toBe('Acme createThing got an HTTP 200 response with an empty body where the spec promises application/json');
  });

  it('accepts an empty 2xx body where the spec declares none', async () => {
    const { call } = setup([new Response('', { status: 200 })]);
    const result = (await call({ ...deleteThing, responseMediaTypes: [] }, id)) as { response: Response };
    expect(result.response.status).toBe(200);
  });
});

describe('retries on the wire', () => {
  it('retries a GET after 503 with capped exponential backoff and jitter, then succeeds', async () => {
    const { fetch, clock, call, logger } = setup([unavailable, unavailable, ok]);
    const result = (await call(getThing, id)) as { data: unknown };
    expect(result.data).toEqual({ id: 1 });
    expect(fetch.requests.map((request) => request.path)).toEqual(['/things/7', '/things/7', '/things/7']);
    expect(clock.sleeps).toEqual([438, 875]);
    expect(logger.lines).toEqual(['info [specsmith] Acme getThing: HTTP 503; retry 1 of 2 in 438 ms', 'info [specsmith] Acme getThing: HTTP 503; retry 2 of 2 in 875 ms']);
  });

  it('sends byte-identical retries (no retry-count header), as de-duplicating vendors need', async () => {
    const { fetch, callOrThrow } = setup([unavailable, ok]);
    await callOrThrow(searchThings, { body: { q: 'x' }, headers: { 'X-Request-ID': 'req-1' } });
    const [first, second] = fetch.requests;
    expect(second?.headers).toEqual(first?.headers);
    expect(second?.body).toBe('{"q":"x"}');
    expect(second?.body).toBe(first?.body);
  });

  it('gives up after the default two retries with the last error', async () => {
    const { fetch, callOrThrow, journal } = setup([unavailable]);
    const error = await failure<ServerError>(callOrThrow(getThing, id));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toBe('Acme getThing failed with HTTP 503: down for maintenance (after 3 attempts)');
    expect(error.attempts).toBe(3);
    expect(error.retryable).toBe(true);
    expect(fetch.requests).toHaveLength(3);
    expect(journal.entries.map((entry) => [entry.attempt, entry.outcome, entry.willRetry])).toEqual([
      [1, 'http-error', true],
      [2, 'http-error', true],
      [3, 'http-error', false],
    ]);
  });

  it.each([
    { name: 'GET', operation: getThing, attempts: 3 },
    { name: 'PUT', operation: putThing, attempts: 3 },
    { name: 'DELETE', operation: deleteThing, attempts: 3 },
    { name: 'POST marked x-idempotent', operation: searchThings, attempts: 3 },
    { name: 'POST', operation: createThing, attempts: 1 },
    { name: 'PATCH', operation: patchThing, attempts: 1 },
  ])('$name on HTTP 500: $attempts attempt(s)', async ({ operation, attempts }) => {
    const { fetch, call } = setup([{ status: 500 }]);
    const body = operation.method === 'get' || operation.method === 'delete' ? {} : { body: { a: 1 } };
    const result = (await call(operation, { ...id, ...body })) as { error: unknown; response: Response };
    expect(result.response.status).toBe(500);
    expect(fetch.requests).toHaveLength(attempts);
  });

  it('never retries an unsafe POST after a 5xx or a reset connection', async () => {
    const server = setup([unavailable, ok]);
    const error = await failure<ServerError>(server.callOrThrow(createThing, { body: { name: 'n' } }));
    expect(error.attempts).toBe(1);
    expect(server.fetch.requests).toHaveLength(1);

    const reset = setup([{ fail: 'reset' }, ok]);
    const dropped = await failure<ConnectionError>(reset.callOrThrow(createThing, { body: { name: 'n' } }));
    expect(dropped).toBeInstanceOf(ConnectionError);
    expect(dropped.message).toBe('Acme createThing could not reach api.acme.test: fetch failed: read ECONNRESET');
    expect(reset.fetch.requests).toHaveLength(1);
  });

  it('retries a POST that carries an idempotency key', async () => {
    const { fetch, callOrThrow } = setup([unavailable, ok]);
    await callOrThrow(createThing, { body: { name: 'n' }, headers: { 'Idempotency-Key': 'k-1' } });
    expect(fetch.requests).toHaveLength(2);
  });

  it('retries a POST whose connection was refused (nothing reached the server)', async () => {
    const { fetch, callOrThrow, clock } = setup([{ fail: 'refused' }, ok]);
    await callOrThrow(createThing, { body: { name: 'n' } });
    expect(fetch.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([438]);
  });

  it('honours Retry-After in seconds', async () => {
    const { clock, callOrThrow } = setup([{ status: 429, headers: { 'retry-after': '3' } }, ok]);
    await callOrThrow(getThing, id);
    expect(clock.sleeps).toEqual([3000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const { clock, callOrThrow } = setup([{ status: 503, headers: { 'retry-after': 'Mon, 23 Nov 2026 10:00:07 GMT' } }, ok]);
    await callOrThrow(getThing, id);
    expect(clock.sleeps).toEqual([7000]);
  });

  it('honours retry-after-ms, and retries a non-idempotent POST the server refused with 429 + Retry-After', async () => {
    const { clock, fetch, callOrThrow } = setup([{ status: 429, headers: { 'retry-after-ms': '15' } }, ok]);
    await callOrThrow(createThing, { body: { name: 'n' } });
    expect(fetch.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([15]);
  });

  it('does not retry when Retry-After is longer than maxRetryAfterMs; the error says how long to wait', async () => {
    const { fetch, callOrThrow } = setup([{ status: 429, headers: { 'retry-after': '3600' }, body: { message: 'Too Many Requests' } }]);
    const error = await failure<RateLimitError>(callOrThrow(getThing, id));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(error.message).toBe('Acme getThing failed with HTTP 429: Too Many Requests');
    expect(fetch.requests).toHaveLength(1);
  });

  it('does not start a retry whose wait would pass the deadline', async () => {
    const { fetch, callOrThrow } = setup([{ status: 503, headers: { 'retry-after': '2' } }, ok], { deadlineMs: 1500 });
    const error = await failure<ServerError>(callOrThrow(getThing, id));
    expect(error.message).toBe('Acme getThing failed with HTTP 503');
    expect(fetch.requests).toHaveLength(1);
  });

  it('times out a hanging attempt and retries it', async () => {
    const { fetch, callOrThrow, journal } = setup([{ hang: true }, { hang: true }, ok], { timeoutMs: 20 });
    const result = await callOrThrow(getThing, id);
    expect(result.data).toEqual({ id: 1 });
    expect(fetch.requests).toHaveLength(3);
    expect(fetch.requests[0]?.signal.aborted).toBe(true);
    expect(journal.entries.map((entry) => [entry.outcome, entry.error?.message])).toEqual([
      ['timeout', 'Acme getThing got no complete response within 20 ms'],
      ['timeout', 'Acme getThing got no complete response within 20 ms (after 2 attempts)'],
    ]);
  });

  it('ends the whole call at the deadline, across attempts', async () => {
    const { fetch, callOrThrow } = setup([{ hang: true }], { timeoutMs: 0, deadlineMs: 40 });
    const started = Date.now();
    const error = await failure<TimeoutError>(callOrThrow(getThing, id));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.scope).toBe('deadline');
    expect(error.message).toBe('Acme getThing did not complete within its deadline of 40 ms');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fetch.requests).toHaveLength(1);
  });

  it('stops at once when the caller aborts, mid-request or mid-wait, and never retries', async () => {
    const controller = new AbortController();
    const { fetch, callOrThrow } = setup([{ hang: true }]);
    const pending = callOrThrow(getThing, { ...id, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await failure<AbortedError>(pending);
    expect(error).toBeInstanceOf(AbortedError);
    expect(error.message).toBe('Acme getThing was aborted by the caller');
    expect(error.retryable).toBe(false);
    expect(fetch.requests).toHaveLength(1);

    const waiting = new AbortController();
    const second = setup([
      () => {
        queueMicrotask(() => waiting.abort());
        return unavailable;
      },
      ok,
    ]);
    const midWait = await failure<AbortedError>(second.callOrThrow(getThing, { ...id, signal: waiting.signal }));
    expect(midWait).toBeInstanceOf(AbortedError);
    expect(second.fetch.requests).toHaveLength(1);
  });

  it('reports a caller signal that timed out (AbortSignal.timeout) as a timeout', async () => {
    const { callOrThrow } = setup([{ hang: true }]);
    const error = await failure<TimeoutError>(callOrThrow(getThing, { ...id, signal: AbortSignal.timeout(10) }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/^Acme getThing timed out: the caller's signal fired after \d+ ms$/);
  });

  it('never replays a streamed request body', async () => {
    const { fetch, call } = setup([unavailable, ok]);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"q":1}'));
        controller.close();
      },
    });
    const result = (await call(searchThings, { body: {}, bodySerializer: () => stream, duplex: 'half' })) as { response: Response };
    expect(result.response.status).toBe(503);
    expect(fetch.requests).toHaveLength(1);
  });

  it('is configurable: statuses, maxRetries 0', async () => {
    const narrow = setup([{ status: 500 }, ok], { retry: { statuses: [503] } });
    await narrow.call(getThing, id);
    expect(narrow.fetch.requests).toHaveLength(1);
    const off = setup([unavailable, ok], { retry: { maxRetries: 0 } });
    await off.call(getThing, id);
    expect(off.fetch.requests).toHaveLength(1);
  });
});
